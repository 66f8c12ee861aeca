package io.vqr.jobs.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.normalize.IdNumber;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;
import io.vqr.warehouse.Columns;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest job end to end on the sample corpus, through the real database: last year's
 * clean submissions, then this year's good, messy, defective and broken files in the
 * waves schools would send them. Every file must come out as the manifest says (status
 * and exactly its ERROR/WARNING rules), and every good file must load exactly the values
 * it was generated from, whatever its form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobTest {

	static final int YEAR = 2024;

	static final long SEED = 7;

	static final int SCHOOLS = 8;

	static final double SCALE = 0.25;

	static final String SECRET = "integration-test-secret-0123456789";

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	Manifest manifest;

	Map<String, Map<String, Object>> outcomes = new HashMap<>();

	@BeforeAll
	void ingestTwoYears() throws Exception {
		String url = TestDatabase.newDatabase("ingest");
		this.warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", SECRET));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		SampleCorpus corpus = new SampleCorpus();
		SampleCorpus.Options options = SampleCorpus.Options.defaults().withSizeScale(SCALE).withDefectScale(0.1);
		Path prior = dir.resolve("samples-prior");
		corpus.generate(prior, SCHOOLS, YEAR - 1, SEED, options.withDefects(false));
		Path current = dir.resolve("samples");
		this.manifest = corpus.generate(current, SCHOOLS, YEAR, SEED, options.withPriorYear(true));
		ingest(YEAR - 1, inbox("prior", prior, null));
		int wave = 0;
		for (List<String> files : this.manifest.waves()) {
			ingest(YEAR, inbox("wave" + (++wave), current, files));
		}
		this.jdbc.query("""
				select r.file_name, r.duplicate, s.status, s.submission_id,
				       coalesce(string_agg(distinct f.rule_id, ',') filter (where f.severity <> 'INFO'), '') rules,
				       coalesce(string_agg(distinct f.rule_id, ',') filter (where f.severity = 'INFO'), '') infos
				  from received_file r join submission s on s.submission_id = r.submission_id
				  left join finding f on f.submission_id = s.submission_id
				 where r.year = ? group by r.file_name, r.duplicate, s.status, s.submission_id
				""", (row) -> {
			Map<String, Object> outcome = new HashMap<>();
			outcome.put("status", row.getBoolean("duplicate") ? "DUPLICATE" : row.getString("status"));
			outcome.put("submission", row.getLong("submission_id"));
			outcome.put("rules", split(row.getString("rules")));
			outcome.put("infos", split(row.getString("infos")));
			this.outcomes.put(row.getString("file_name"), outcome);
		}, YEAR);
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void everyFileComesOutAsTheManifestSays() {
		List<String> mismatches = new ArrayList<>();
		for (Manifest.Entry entry : this.manifest.files()) {
			Map<String, Object> outcome = this.outcomes.get(entry.file());
			if (outcome == null) {
				mismatches.add(entry.file() + ": not processed");
				continue;
			}
			if (!outcome.get("status").equals(entry.expectedStatus().name())) {
				mismatches.add(entry.file() + ": " + outcome.get("status") + ", expected " + entry.expectedStatus()
						+ " (" + entry.description() + ")");
			}
			if (entry.expectedStatus() != Manifest.Status.DUPLICATE
					&& !outcome.get("rules").equals(Set.copyOf(entry.expectedRules()))) {
				mismatches
					.add(entry.file() + ": rules " + outcome.get("rules") + ", expected " + entry.expectedRules());
			}
			@SuppressWarnings("unchecked")
			Set<String> infos = (Set<String>) outcome.get("infos");
			if (entry.expectedStatus() != Manifest.Status.DUPLICATE && !infos.containsAll(entry.infoRules())) {
				mismatches.add(entry.file() + ": info " + infos + ", expected at least " + entry.infoRules());
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void everyErrorRuleOfTheCatalogueRejectsAFile() {
		Set<String> rejectedFor = new HashSet<>();
		this.manifest.files()
			.stream()
			.filter((entry) -> entry.expectedStatus() == Manifest.Status.REJECTED)
			.forEach((entry) -> {
				@SuppressWarnings("unchecked")
				Set<String> rules = (Set<String>) this.outcomes.get(entry.file()).get("rules");
				rejectedFor.addAll(rules);
			});
		for (io.vqr.standard.Rule rule : io.vqr.standard.Rule.of(SubmissionStandard.forYear(YEAR))) {
			if (rule.severity() == io.vqr.standard.Severity.ERROR) {
				assertThat(rejectedFor).as("a file rejected for " + rule.id()).contains(rule.id());
			}
		}
	}

	@Test
	void goodFilesLoadExactlyTheValuesTheyWereGeneratedFrom() {
		int compared = 0;
		for (Manifest.Entry entry : this.manifest.files()) {
			if (entry.kind() != Manifest.Kind.GOOD) {
				continue;
			}
			SampleSchool model = SampleSchools.generate(SEED, entry.schoolIndex(), YEAR, SCALE);
			long submission = (Long) this.outcomes.get(entry.file()).get("submission");
			for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
				List<Map<String, String>> loaded = warehouseRows(sheet, submission);
				List<Map<String, String>> expected = modelRows(sheet, model);
				List<Map<String, String>> unexpected = new ArrayList<>(loaded);
				expected.forEach(unexpected::remove);
				List<Map<String, String>> missing = new ArrayList<>(expected);
				loaded.forEach(missing::remove);
				String where = entry.file() + " (" + entry.form() + ") " + sheet.name();
				assertThat(missing.isEmpty() && unexpected.isEmpty())
					.as(where + ": loaded but not in the model " + unexpected + "\n in the model but not loaded "
							+ missing)
					.isTrue();
				assertThat(missing).as(where + ": in the model but not loaded").isEmpty();
			}
			compared++;
		}
		assertThat(compared).isEqualTo(SCHOOLS);
	}

	@Test
	void rejectedFilesNeverReachTheFactsAndStagingIsEmpty() {
		for (Manifest.Entry entry : this.manifest.files()) {
			if (entry.expectedStatus() == Manifest.Status.REJECTED) {
				long submission = (Long) this.outcomes.get(entry.file()).get("submission");
				for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
					assertThat(count("select count(*) from " + Columns.factTable(sheet) + " where submission_id = ?",
							submission))
						.as(entry.file())
						.isZero();
				}
			}
		}
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			// No foreign key guards this (see V6): rows of no submission, or of one
			// that was not accepted, must not exist.
			assertThat(count("select count(*) from " + Columns.factTable(sheet)
					+ " f left join submission s using (submission_id)"
					+ " where s.status is null or s.status not in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')"))
				.as("rows of a submission that is not accepted, in " + Columns.factTable(sheet))
				.isZero();
		}
	}

	@Test
	void everyFileIsArchivedUnchanged() throws IOException {
		for (Map.Entry<String, Map<String, Object>> outcome : this.outcomes.entrySet()) {
			String archived = this.jdbc.queryForObject(
					"select s.archive_path from submission s where s.submission_id = ?", String.class,
					outcome.getValue().get("submission"));
			String sha = this.jdbc.queryForObject("select sha256 from submission where submission_id = ?", String.class,
					outcome.getValue().get("submission"));
			assertThat(io.vqr.warehouse.Archive.sha256(Path.of(archived))).isEqualTo(sha);
		}
	}

	@Test
	void noRawIdNumberIsStoredAnywhere() {
		for (Manifest.Entry entry : this.manifest.files()) {
			if (entry.kind() == Manifest.Kind.GOOD) {
				SampleSchool model = SampleSchools.generate(SEED, entry.schoolIndex(), YEAR, SCALE);
				String id = model.graduates().get(0).idNumber();
				assertThat(count("select count(*) from finding where value_masked like ? or message like ?",
						"%" + id + "%", "%" + id + "%"))
					.isZero();
				assertThat(count("select count(*) from fact_graduates where name = ? and id_number_masked = ?",
						model.graduates().get(0).name(), IdNumber.mask(id)))
					.isPositive();
			}
		}
	}

	@Test
	void eachIdNumbersKeyIsItsHashsFirstSixtyFourBits() {
		for (String table : List.of("fact_graduates", "fact_teachers")) {
			assertThat(count("select count(*) from " + table)).as(table).isPositive();
			assertThat(count("select count(*) from " + table
					+ " where id_number_key <> ('x' || substr(id_number_hash, 1, 16))::bit(64)::bigint"))
				.as(table)
				.isZero();
		}
	}

	private void ingest(int year, Path inbox) throws Exception {
		var execution = this.warehouse.bean(IngestLauncher.class)
			.run(year, inbox, dir.resolve("feedback"), dir.resolve("summary.json"), ReviewMode.AUTO);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StringWriter ignored = new StringWriter();
		new PrintWriter(ignored).flush();
	}

	private Path inbox(String name, Path samples, List<String> files) throws IOException {
		Path inbox = dir.resolve("inbox-" + name);
		Files.createDirectories(inbox);
		try (var listing = Files.list(samples)) {
			for (Path file : listing.toList()) {
				String fileName = file.getFileName().toString();
				if (!fileName.equals(SampleCorpus.MANIFEST) && (files == null || files.contains(fileName))) {
					Files.copy(file, inbox.resolve(fileName), StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return inbox;
	}

	private List<Map<String, String>> warehouseRows(SheetDef sheet, long submission) {
		return this.jdbc.query("select * from " + Columns.factTable(sheet) + " where submission_id = ?", (row, i) -> {
			Map<String, String> values = new TreeMap<>();
			for (FieldDef field : sheet.fields()) {
				if (field.type() == FieldType.ID_NUMBER) {
					values.put(field.key(),
							row.getString(field.key() + "_masked") + "/" + row.getString(field.key() + "_hash"));
				}
				else {
					values.put(field.key(), canonical(row.getObject(field.key())));
				}
			}
			return values;
		}, submission);
	}

	private static List<Map<String, String>> modelRows(SheetDef sheet, SampleSchool model) {
		List<Map<String, String>> rows = new ArrayList<>();
		if (sheet.key().equals(SubmissionStandard.PROFILE)) {
			rows.add(modelRow(sheet, model.profile()::value));
			return rows;
		}
		for (var row : model.rows(sheet.key())) {
			rows.add(modelRow(sheet, row::value));
		}
		return rows;
	}

	private static Map<String, String> modelRow(SheetDef sheet, java.util.function.Function<String, Object> value) {
		Map<String, String> values = new TreeMap<>();
		for (FieldDef field : sheet.fields()) {
			Object raw = value.apply(field.key());
			if (field.type() == FieldType.ID_NUMBER) {
				String id = (String) raw;
				values.put(field.key(), IdNumber.mask(id) + "/" + hmac(id));
			}
			else if (raw == null && field.defaultValue() != null) {
				values.put(field.key(), canonical(new BigDecimal(field.defaultValue())));
			}
			else {
				values.put(field.key(), canonical(raw));
			}
		}
		return values;
	}

	private static String hmac(String id) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"HmacSHA256"));
			return java.util.HexFormat.of()
				.formatHex(mac.doFinal(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One text form for a value from the model or the database. */
	private static String canonical(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Date date) {
			return date.toLocalDate().toString();
		}
		return value.toString().trim();
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	private static Set<String> split(String list) {
		return list.isEmpty() ? Set.of() : Set.of(list.split(","));
	}

}
