package io.vqr.review;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.jobs.ingest.IngestLauncher;
import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SubmissionWriter;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse on a fresh test database where schools' files arrive through the real
 * ingest job, which hands each file that passed the rules to review.
 */
public final class ReviewWarehouse implements AutoCloseable {

	public final Warehouse warehouse;

	public final JdbcTemplate jdbc;

	/** The test database's JDBC URL (user postgres, no password). */
	public final String url;

	public final ReviewService review;

	public final ReviewQueries queries;

	private final Path dir;

	private final AtomicInteger runs = new AtomicInteger();

	public ReviewWarehouse(Path dir, String name) throws IOException {
		this.dir = dir;
		this.url = TestDatabase.newDatabase(name);
		this.warehouse = Warehouse.open(DatabaseOptions.external(this.url, "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "review-test-secret-0123456789"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		this.review = this.warehouse.bean(ReviewService.class);
		this.queries = this.warehouse.bean(ReviewQueries.class);
	}

	/**
	 * Ingests one school's workbook in a run of its own (review required); returns its
	 * submission id.
	 */
	public long ingest(int year, SampleSchool school, String fileName) throws Exception {
		return ingest(year, school, fileName, ReviewMode.REQUIRED);
	}

	/** Ingests a file; the ingest hands it to review when it passed the rules. */
	public long submit(int year, SampleSchool school, String fileName, boolean autoApprove) throws Exception {
		return ingest(year, school, fileName, autoApprove ? ReviewMode.AUTO : ReviewMode.REQUIRED);
	}

	private long ingest(int year, SampleSchool school, String fileName, ReviewMode mode) throws Exception {
		Path inbox = Files.createDirectories(this.dir.resolve("inbox-" + this.runs.incrementAndGet()));
		new SubmissionWriter().write(school, Form.CLEAN_XLSX, inbox.resolve(fileName));
		var execution = this.warehouse.bean(IngestLauncher.class)
			.run(year, inbox, this.dir.resolve("feedback"), null, mode);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return this.jdbc.queryForObject("select max(submission_id) from submission where year = ? and school_code = ?",
				Long.class, year, school.code());
	}

	public Long official(int year, String schoolCode) {
		return this.jdbc
			.query("select submission_id from current_submission where year = ? and school_code = ?",
					(row, index) -> row.getLong(1), year, schoolCode)
			.stream()
			.findFirst()
			.orElse(null);
	}

	public ReviewState state(int year, String schoolCode) {
		return this.review.schoolYear(year, schoolCode).state();
	}

	int auditRows(int year, String schoolCode) {
		return this.jdbc.queryForObject("select count(*) from review_audit where year = ? and school_code = ?",
				Integer.class, year, schoolCode);
	}

	List<String> rules(long submissionId) {
		return this.jdbc.queryForList(
				"select distinct rule_id from finding where submission_id = ? and severity = 'WARNING' order by 1",
				String.class, submissionId);
	}

	/**
	 * The school with the monthly income of its first {@code count} employed graduates
	 * set to {@code income} (W-INCOME-RANGE above 100,000).
	 */
	public static SampleSchool withIncome(SampleSchool school, int count, int income) {
		List<GraduateRow> graduates = new ArrayList<>(school.graduates());
		int changed = 0;
		for (int i = 0; i < graduates.size() && changed < count; i++) {
			GraduateRow g = graduates.get(i);
			if (g.monthlyIncome() != null) {
				graduates.set(i,
						new GraduateRow(g.studentNo(), g.name(), g.idNumber(), g.gender(), g.majorCode(),
								g.destination(), g.employer(), g.employerRegion(), g.employerIndustry(),
								g.employerKind(), g.related(), BigDecimal.valueOf(income), g.furtherSchool()));
				changed++;
			}
		}
		assertThat(changed).as("employed graduates with an income").isEqualTo(count);
		return new SampleSchool(school.index(), school.year(), school.profile(), school.majors(), graduates,
				school.teachers(), school.partnerships());
	}

	/**
	 * The school with its first graduate's ID number replaced (to match another
	 * school's).
	 */
	public static SampleSchool withGraduateId(SampleSchool school, int index, String idNumber) {
		List<GraduateRow> graduates = new ArrayList<>(school.graduates());
		GraduateRow g = graduates.get(index);
		graduates.set(index,
				new GraduateRow(g.studentNo(), g.name(), idNumber, g.gender(), g.majorCode(), g.destination(),
						g.employer(), g.employerRegion(), g.employerIndustry(), g.employerKind(), g.related(),
						g.monthlyIncome(), g.furtherSchool()));
		return new SampleSchool(school.index(), school.year(), school.profile(), school.majors(), graduates,
				school.teachers(), school.partnerships());
	}

	@Override
	public void close() throws IOException {
		this.warehouse.close();
	}

}
