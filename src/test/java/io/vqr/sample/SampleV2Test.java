package io.vqr.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.vqr.findings.Finding;
import io.vqr.normalize.PersonalNumbers;
import io.vqr.normalize.ValueParser;
import io.vqr.sample.Manifest.Entry;
import io.vqr.sample.Manifest.Kind;
import io.vqr.sample.Manifest.Status;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.Severity;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.TextNormalizer;
import io.vqr.validation.SubmissionValidator;
import io.vqr.validation.ValidationOutcome;
import io.vqr.workbook.ReadLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample generator for standard v2 (2025): its workbooks, read back by the real
 * validator, are accepted and carry every new field, sheet and case as generated; its
 * defect files break v2's rules; a v1 year is written as before.
 */
class SampleV2Test {

	private static final long SEED = 99L;

	private static final int YEAR = 2025;

	private final SubmissionWriter writer = new SubmissionWriter();

	private final SubmissionValidator validator = new SubmissionValidator(new ValueParser(), ReadLimits.defaults());

	@TempDir
	Path dir;

	static Stream<Form> forms() {
		List<Form> forms = new ArrayList<>(List.of(Form.CLEAN_XLSX, Form.CLEAN_XLS, Form.MESSY_XLSX, Form.MESSY_XLS));
		for (Quirk quirk : Quirk.values()) {
			forms.add(Form.only(quirk));
		}
		return forms.stream();
	}

	/** What the validator handed on, by sheet key. */
	private record Read(ValidationOutcome outcome, Map<String, List<Map<String, Object>>> rows) {
	}

	private Read validate(SampleSchool school, Form form) throws IOException {
		Path file = this.dir.resolve(school.code() + "_" + school.year() + form.format().extension());
		this.writer.write(school, form, file);
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		ValidationOutcome outcome = this.validator.validate(file, file.getFileName().toString(), school.year(),
				(sheet, row, values) -> rows.computeIfAbsent(sheet.key(), (key) -> new ArrayList<>())
					.add(new HashMap<>(values)));
		return new Read(outcome, rows);
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyFormOfAV2SchoolIsAcceptedWithEveryNewValue(Form form) throws IOException {
		for (int index = 0; index < 6; index++) {
			SampleSchool school = SampleSchools.generate(SEED, index, YEAR, 0.1);
			assertThat(school.v2()).isNotNull();
			Read read = validate(school, form);
			assertThat(read.outcome().standard()).isEqualTo(SubmissionStandard.v2());
			assertThat(read.outcome().findings()).as(form.name() + " " + school.type())
				.filteredOn((finding) -> finding.severity() != Severity.INFO)
				.isEmpty();
			SubmissionStandard v2 = SubmissionStandard.v2();
			for (String key : List.of(SubmissionStandard.PROFILE, SubmissionStandard.SERVICE,
					SubmissionStandard.INTERNATIONAL)) {
				Map<String, Object> loaded = read.rows().get(key).get(0);
				for (FieldDef field : v2.sheet(key).fields()) {
					assertSame(school.code() + " " + key + "." + field.key(), loaded.get(field.key()),
							school.form(key).value(field.key()));
				}
			}
			List<SampleSchool.CaseRow> cases = school.v2().cases();
			List<Map<String, Object>> loadedCases = read.rows().getOrDefault(SubmissionStandard.CASES, List.of());
			assertThat(loadedCases).hasSize(cases.size());
			for (int c = 0; c < cases.size(); c++) {
				assertThat(((CodeEntry) loadedCases.get(c).get("part")).code()).isEqualTo(cases.get(c).part());
				assertThat(loadedCases.get(c).get("title")).isEqualTo(cases.get(c).title());
				assertThat(loadedCases.get(c).get("body")).as("paragraphs kept").isEqualTo(cases.get(c).body());
			}
			List<Map<String, Object>> majors = read.rows().get(SubmissionStandard.MAJORS);
			for (int m = 0; m < school.majors().size(); m++) {
				assertSame("apprentices", majors.get(m).get("apprentices"), school.majors().get(m).apprentices());
			}
			List<Map<String, Object>> graduates = read.rows().getOrDefault(SubmissionStandard.GRADUATES, List.of());
			for (int g = 0; g < school.graduates().size(); g++) {
				assertThat(graduates.get(g).get("certificate")).isEqualTo(school.graduates().get(g).certificate());
			}
		}
	}

	private static void assertSame(String what, Object loaded, Object expected) {
		if (expected == null) {
			assertThat(loaded).as(what).isNull();
		}
		else if (expected instanceof BigDecimal decimal) {
			assertThat((BigDecimal) loaded).as(what).isEqualByComparingTo(decimal);
		}
		else if (expected instanceof Integer number) {
			assertThat(loaded).as(what).isEqualTo(number.longValue());
		}
		else if (loaded instanceof CodeEntry code) {
			assertThat(code.code()).as(what).isEqualTo(expected);
		}
		else if (loaded instanceof io.vqr.standard.ReferenceData.Region region) {
			assertThat(region.code()).as(what).isEqualTo(expected);
		}
		else if (expected instanceof String text && loaded instanceof String read) {
			assertThat(read).as(what).isEqualTo(text);
		}
		else {
			assertThat(loaded).as(what).isNotNull();
		}
	}

	@Test
	void casesAndFiguresArePlausibleAcrossSchools() {
		int withoutCases = 0;
		int withoutInternational = 0;
		int schools = 80;
		Set<String> parts = new HashSet<>();
		Set<String> titles = new HashSet<>();
		int bodies = 0;
		Set<Integer> lengths = new HashSet<>();
		for (int index = 0; index < schools; index++) {
			SampleSchool school = SampleSchools.generate(SEED, index, YEAR, 0.05);
			List<SampleSchool.CaseRow> cases = school.v2().cases();
			if (cases.isEmpty()) {
				withoutCases++;
			}
			Map<String, Integer> perPart = new LinkedHashMap<>();
			for (SampleSchool.CaseRow row : cases) {
				parts.add(row.part());
				titles.add(row.title());
				perPart.merge(row.part(), 1, Integer::sum);
				int length = TextNormalizer.removeWhitespace(row.body())
					.codePointCount(0, TextNormalizer.removeWhitespace(row.body()).length());
				assertThat(length).isBetween(RuleParameters.CASE_BODY_MIN, RuleParameters.CASE_BODY_MAX);
				assertThat(row.title().codePointCount(0, row.title().length()))
					.isLessThanOrEqualTo(RuleParameters.CASE_TITLE_MAX);
				assertThat(row.body()).contains("\n").doesNotContain("{");
				assertThat(PersonalNumbers.findAll(row.body() + row.title())).isEmpty();
				lengths.add(length / 100);
				bodies++;
			}
			assertThat(perPart.values()).allMatch((count) -> count <= RuleParameters.CASES_PER_PART);
			boolean international = school.v2()
				.international()
				.values()
				.values()
				.stream()
				.anyMatch((value) -> ((Integer) value) > 0);
			if (!international) {
				withoutInternational++;
				assertThat(cases).noneMatch((row) -> row.part().equals("国际合作"));
			}
			assertThat((BigDecimal) school.v2().service().value("training_income")).isPositive();
		}
		assertThat(withoutCases).as("schools without cases").isBetween(3, schools / 3);
		assertThat(withoutInternational).as("schools with no international figures").isGreaterThan(schools / 2);
		assertThat(parts).hasSizeGreaterThanOrEqualTo(5);
		assertThat(titles.size()).as("distinct titles").isGreaterThan(bodies / 4);
		assertThat(lengths.size()).as("body lengths in hundreds").isGreaterThan(3);
	}

	@Test
	void aV1YearIsWrittenWithV1sSheetsOnly() throws IOException {
		SampleSchool school = SampleSchools.generate(SEED, 3, 2024, 0.1);
		assertThat(school.v2()).isNull();
		assertThat(school.majors()).allMatch((major) -> major.apprentices() == null);
		assertThat(school.graduates()).allMatch((graduate) -> graduate.certificate() == null);
		Read read = validate(school, Form.CLEAN_XLSX);
		assertThat(read.outcome().standard()).isEqualTo(SubmissionStandard.v1());
		assertThat(read.outcome().findings()).isEmpty();
		assertThat(read.outcome().tallies().keySet()).doesNotContain(SubmissionStandard.SERVICE,
				SubmissionStandard.INTERNATIONAL, SubmissionStandard.CASES);
		// the same school's 2024 rows do not depend on whether v2 exists
		SampleSchool again = SampleSchools.generate(SEED, 3, 2024, 0.1);
		assertThat(this.writer.toBytes(again, Form.MESSY_XLSX)).isEqualTo(this.writer.toBytes(school, Form.MESSY_XLSX));
	}

	@Test
	void theCorpusOf2025BreaksEveryRuleOfV2() throws IOException {
		SampleCorpus.Options options = SampleCorpus.Options.defaults()
			.withSizeScale(0.05)
			.withDefectScale(0.1)
			.withRowLimit(300);
		Manifest manifest = new SampleCorpus().generate(this.dir.resolve("corpus"), 8, YEAR, SEED, options);
		Set<String> targeted = new HashSet<>();
		for (Entry entry : manifest.files()) {
			if (entry.kind() != Kind.GOOD && entry.kind() != Kind.DEFECT) {
				continue;
			}
			Path file = this.dir.resolve("corpus").resolve(entry.file());
			ValidationOutcome outcome = this.validator.validate(file, entry.file(), YEAR,
					io.vqr.validation.TypedRowSink.DISCARD);
			List<String> rules = outcome.findings()
				.stream()
				.filter((finding) -> finding.severity() != Severity.INFO)
				.map(Finding::rule)
				.map(Rule::id)
				.distinct()
				.toList();
			if (entry.kind() == Kind.GOOD) {
				assertThat(rules).as(entry.file()).isEmpty();
				continue;
			}
			targeted.add(entry.target());
			if (!entry.target().equals("W-CROSS-SCHOOL-ID")) {
				assertThat(rules).as(entry.file() + ": " + outcome.findings()).containsExactly(entry.target());
			}
			if (entry.expectedStatus() == Status.REJECTED) {
				assertThat(outcome.hasErrors()).as(entry.file()).isTrue();
			}
		}
		for (Rule rule : Rule.of(SubmissionStandard.v2())) {
			if (!rule.appliesTo(SubmissionStandard.v1())) {
				assertThat(targeted).as("a defect file for " + rule.id()).contains(rule.id());
			}
		}
		assertThat(manifest.files()).filteredOn((entry) -> "缺少服务贡献表".length() > 0 && entry.file().contains("缺少服务贡献表"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.counts()).doesNotContainKey(SubmissionStandard.SERVICE));
		List<SheetDef> sheets = SubmissionStandard.v2().sheets();
		assertThat(sheets).extracting(SheetDef::key).contains(SubmissionStandard.CASES);
	}

}
