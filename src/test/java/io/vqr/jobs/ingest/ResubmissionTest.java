package io.vqr.jobs.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SampleSchool.MajorRow;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's submissions over a submission window: a first version, a corrected one that
 * supersedes it, the same bytes again under another name, and a broken one that must not
 * disturb the accepted data. Each arrives in its own ingest run, as it would in a daily
 * schedule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResubmissionTest {

	static final int YEAR = 2024;

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	Path inbox;

	SampleSchool first;

	SampleSchool corrected;

	@BeforeAll
	void open() throws Exception {
		this.warehouse = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("resubmission"), "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "resubmission-test-secret-0123"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		this.inbox = Files.createDirectories(dir.resolve("inbox"));
		this.first = SampleSchools.generate(11, 0, YEAR, 0.1);
		this.corrected = withFirstMajorEnrolled(this.first, this.first.majors().get(0).enrolled() + 5);
	}

	@AfterAll
	void close() throws Exception {
		this.warehouse.close();
	}

	@Test
	void laterAcceptedVersionSupersedesDuplicateIsRecognisedRejectedLeavesCurrentAlone() throws Exception {
		SubmissionWriter writer = new SubmissionWriter();
		String code = this.first.code();

		writer.write(this.first, Form.CLEAN_XLSX, this.inbox.resolve(code + "_2024.xlsx"));
		ingest();
		long v1 = current(code);
		assertThat(status(v1)).isEqualTo("ACCEPTED");
		assertThat(version(v1)).isEqualTo(1);

		writer.write(this.corrected, Form.CLEAN_XLSX, this.inbox.resolve(code + "_2024_更正.xlsx"));
		ingest();
		long v2 = current(code);
		assertThat(v2).isNotEqualTo(v1);
		assertThat(version(v2)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select superseded_by from submission where submission_id = ?", Long.class,
				v1))
			.isEqualTo(v2);
		assertThat(enrolled(v1)).as("the earlier version is kept").isEqualTo(this.first.enrolledTotal());
		assertThat(enrolled(v2)).isEqualTo(this.first.enrolledTotal() + 5);

		Files.copy(this.inbox.resolve(code + "_2024_更正.xlsx"), this.inbox.resolve("副本_" + code + ".xlsx"));
		ingest();
		assertThat(this.jdbc.queryForObject("select duplicate from received_file where file_name = ? and year = ?",
				Boolean.class, "副本_" + code + ".xlsx", YEAR))
			.isTrue();
		assertThat(current(code)).isEqualTo(v2);
		assertThat(
				this.jdbc.queryForObject("select count(*) from submission where school_code = ?", Integer.class, code))
			.as("a duplicate is not processed again")
			.isEqualTo(2);

		SampleSchool broken = withFirstGraduateId(this.corrected, "440111200603151230");
		writer.write(broken, Form.CLEAN_XLSX, this.inbox.resolve(code + "_2024_第三版.xlsx"));
		ingest();
		long v3 = this.jdbc.queryForObject("select max(submission_id) from submission where school_code = ?",
				Long.class, code);
		assertThat(status(v3)).isEqualTo("REJECTED");
		assertThat(version(v3)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from finding where submission_id = ? and rule_id = ?",
				Integer.class, v3, "R-ID-INVALID"))
			.isEqualTo(1);
		assertThat(current(code)).as("a rejected file never touches the current data").isEqualTo(v2);
		assertThat(enrolled(v2)).isEqualTo(this.first.enrolledTotal() + 5);

		ingest();
		assertThat(
				this.jdbc.queryForObject("select count(*) from submission where school_code = ?", Integer.class, code))
			.as("files already processed are not processed again")
			.isEqualTo(3);
		assertThat(Files.list(dir.resolve("feedback")).map((file) -> file.getFileName().toString()).toList())
			.contains(code + "_2024_校验结果.xlsx", code + "_2024_更正_校验结果.xlsx", code + "_2024_第三版_校验结果.xlsx");
	}

	private void ingest() throws Exception {
		var execution = this.warehouse.bean(IngestLauncher.class)
			.run(YEAR, this.inbox, dir.resolve("feedback"), null, ReviewMode.AUTO);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private long current(String code) {
		return this.jdbc.queryForObject(
				"select submission_id from current_submission where year = ? and school_code = ?", Long.class, YEAR,
				code);
	}

	private String status(long submission) {
		return this.jdbc.queryForObject("select status from submission where submission_id = ?", String.class,
				submission);
	}

	private int version(long submission) {
		return this.jdbc.queryForObject("select version from submission where submission_id = ?", Integer.class,
				submission);
	}

	private int enrolled(long submission) {
		return this.jdbc.queryForObject("select sum(enrolled) from fact_majors where submission_id = ?", Integer.class,
				submission);
	}

	private static SampleSchool withFirstMajorEnrolled(SampleSchool school, int enrolled) {
		List<MajorRow> majors = new ArrayList<>(school.majors());
		MajorRow m = majors.get(0);
		majors.set(0, new MajorRow(m.majorCode(), m.majorName(), m.duration(), m.plan(), m.admitted(), m.registered(),
				enrolled, m.throughTrack(), m.graduates()));
		return new SampleSchool(school.index(), school.year(), school.profile(), majors, school.graduates(),
				school.teachers(), school.partnerships());
	}

	private static SampleSchool withFirstGraduateId(SampleSchool school, String id) {
		List<GraduateRow> graduates = new ArrayList<>(school.graduates());
		GraduateRow g = graduates.get(0);
		graduates.set(0,
				new GraduateRow(g.studentNo(), g.name(), id, g.gender(), g.majorCode(), g.destination(), g.employer(),
						g.employerRegion(), g.employerIndustry(), g.employerKind(), g.related(), g.monthlyIncome(),
						g.furtherSchool()));
		return new SampleSchool(school.index(), school.year(), school.profile(), school.majors(), graduates,
				school.teachers(), school.partnerships());
	}

}
