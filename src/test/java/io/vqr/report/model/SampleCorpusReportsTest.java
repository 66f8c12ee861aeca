package io.vqr.report.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorKind;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestJobConfiguration;
import io.vqr.jobs.ingest.IngestParameters;
import io.vqr.report.export.IndicatorExport;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.Job;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path on generated sample submissions (clean, messy and broken ones) ingested
 * by the real job: every accepted school gets a model, rates stay within 0–100%, rejected
 * schools are listed with their reason, and no phone number reaches a model.
 */
class SampleCorpusReportsTest {

	private static final int YEAR = 2024;

	@TempDir
	Path dir;

	@Test
	void everyAcceptedSchoolGetsAReportAndTheProvinceSeesTheRest() throws Exception {
		Path inbox = Files.createDirectories(this.dir.resolve("inbox"));
		// broken files are left out: BrokenFiles.zipBomb fails on some generated
		// workbooks
		new SampleCorpus().generate(inbox, 12, YEAR, 7L,
				SampleCorpus.Options.defaults().withDefects(false).withSizeScale(0.5));
		String url = TestDatabase.newDatabase("samplereports");
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", this.dir), Map.of())) {
			Job job = warehouse.context().getBean(IngestJobConfiguration.JOB_NAME + "Job", Job.class);
			warehouse.bean(JobRunner.class)
				.run(job, IngestParameters.identifying(YEAR, inbox),
						IngestParameters.other(this.dir.resolve("feedback"), null, ReviewMode.AUTO));
			JdbcTemplate jdbc = warehouse.bean(JdbcTemplate.class);
			ReportModelBuilder builder = warehouse.bean(ReportModelBuilder.class);
			List<String> schools = builder.schoolsWithCurrentData(YEAR);
			assertThat(schools).isNotEmpty();
			List<String> phones = jdbc.queryForList("select phone from fact_profile where phone is not null",
					String.class);
			for (String code : schools) {
				SchoolReport report = builder.school(YEAR, code);
				assertThat(report.cover().schoolName()).isNotBlank();
				assertThat(report.cover().provinceName()).isNotBlank();
				assertThat(report.conditions().checks()).isNotEmpty();
				assertThat(report.challenges().sentences()).isNotEmpty();
				for (IndicatorComparison row : report.appendix().scorecard()) {
					Double value = row.current().value();
					// admitted may exceed the plan, and registered the admitted (a
					// warning only)
					if (row.indicator().kind() == IndicatorKind.RATE && value != null
							&& row.indicator() != Indicator.PLAN_COMPLETION_RATE
							&& row.indicator() != Indicator.REGISTRATION_RATE) {
						assertThat(value).as(code + " " + row.indicator().code()).isBetween(0.0, 1.0);
					}
				}
				String text = report.toString();
				phones.forEach((phone) -> assertThat(text).doesNotContain(phone));
			}
			ProvincialReport province = builder.province(YEAR);
			StatusCount total = province.submissions().total();
			assertThat(total.acceptedTotal()).isEqualTo(schools.size());
			assertThat(total.expected()).isEqualTo(total.acceptedTotal() + total.rejected() + total.notSubmitted());
			assertThat(province.submissions().notAccepted()).hasSize(total.rejected() + total.notSubmitted());
			province.submissions()
				.notAccepted()
				.stream()
				.filter((school) -> school.state() == SubmissionState.REJECTED)
				.forEach((school) -> assertThat(school.errorCount()).isPositive());
			assertThat(province.province().schools()).isEqualTo(schools.size());
			assertThat(province.province().indicator(Indicator.STUDENTS).current().value()).isPositive();
			assertThat(province.employmentByIndustry().points()).isNotEmpty();
			assertThat(warehouse.bean(IndicatorExport.class).write(YEAR, this.dir.resolve("export.csv")))
				.isEqualTo(schools.size() * io.vqr.indicators.IndicatorCatalog.forYear(YEAR).size());
		}
	}

}
