package io.vqr.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SampleSchool.MajorRow;
import io.vqr.sample.SampleSchool.TeacherRow;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.Requirement;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleSchoolsTest {

	private static final long SEED = 20240901L;

	private static final int YEAR = 2024;

	/** A realistic province: 600 schools at full size. */
	private static List<SampleSchool> province;

	@BeforeAll
	static void generateProvince() {
		province = java.util.stream.IntStream.range(0, 600)
			.parallel()
			.mapToObj((index) -> SampleSchools.generate(SEED, index, YEAR))
			.toList();
	}

	@Test
	void aSchoolDependsOnlyOnSeedIndexAndYear() {
		assertThat(SampleSchools.generate(SEED, 42, YEAR)).isEqualTo(province.get(42));
		assertThat(SampleSchools.generate(SEED + 1, 42, YEAR)).isNotEqualTo(province.get(42));
		assertThat(SampleSchools.generate(SEED, 42, YEAR - 1)).isNotEqualTo(province.get(42));
	}

	@Test
	void schoolCodesAreTenDigitsAndDistinct() {
		Set<String> codes = province.stream().map(SampleSchool::code).collect(Collectors.toSet());
		assertThat(codes).hasSize(province.size()).allMatch((code) -> code.matches("41440\\d{5}"));
	}

	@Test
	void typesFollowTheProvinceShares() {
		assertThat(province.subList(0, 6).stream().map(SampleSchool::type)).containsExactlyElementsOf(
				CodeLists.get(CodeLists.SCHOOL_TYPE).entries().stream().map((e) -> e.code()).toList());
		Map<String, Long> counts = province.stream()
			.collect(Collectors.groupingBy(SampleSchool::type, Collectors.counting()));
		SampleSchools.typeShares()
			.forEach((type, share) -> assertThat(counts.getOrDefault(type, 0L) / (double) province.size()).as(type)
				.isCloseTo(share, within(0.05)));
		long vocationalMajority = counts.get("中等职业学校") + counts.get("高职专科");
		assertThat(vocationalMajority).isGreaterThan(province.size() / 2);
	}

	@Test
	void sizesAreThoseOfARealProvince() {
		double graduates = province.stream().mapToInt((s) -> s.graduates().size()).average().orElseThrow();
		double majors = province.stream().mapToInt((s) -> s.majors().size()).average().orElseThrow();
		double teachers = province.stream().mapToInt((s) -> s.teachers().size()).average().orElseThrow();
		assertThat(graduates).isBetween(1_000.0, 1_350.0);
		assertThat(majors).isBetween(13.0, 22.0);
		assertThat(teachers).isBetween(80.0, 260.0);
		assertThat(province.stream().mapToInt((s) -> s.graduates().size()).min().orElseThrow()).isLessThan(250);
		assertThat(province.stream().mapToInt((s) -> s.graduates().size()).max().orElseThrow()).isGreaterThan(4_000);
	}

	@Test
	void majorsComeFromTheCatalogAtTheSchoolsLevel() {
		ReferenceData reference = ReferenceData.get();
		for (SampleSchool school : province) {
			String level = CodeLists.get(CodeLists.SCHOOL_TYPE).byCode(school.type()).attribute(CodeLists.LEVEL);
			List<String> levels = level.equals("职业本科") ? List.of("职业本科", "高职专科") : List.of(level);
			for (MajorRow major : school.majors()) {
				if (level.equals("技工")) {
					assertThat(major.majorCode()).matches("(0[1-9]|1[0-4]|8\\d)\\d{2}");
				}
				else {
					assertThat(reference.major(major.majorCode(), levels)).as(major.majorCode()).isPresent();
				}
			}
			assertThat(school.majors().stream().map(MajorRow::majorCode).distinct().count())
				.isEqualTo(school.majors().size());
		}
	}

	@Test
	void majorsAreConsistentWithGraduates() {
		for (SampleSchool school : province) {
			Map<String, Long> rows = school.graduates()
				.stream()
				.collect(Collectors.groupingBy(GraduateRow::majorCode, Collectors.counting()));
			for (MajorRow major : school.majors()) {
				assertThat(rows.getOrDefault(major.majorCode(), 0L)).as(school.code() + " " + major.majorCode())
					.isEqualTo(major.graduates());
				assertThat(major.registered()).isLessThanOrEqualTo(major.admitted());
				assertThat((double) major.admitted()).isLessThanOrEqualTo(1.2 * major.plan());
				assertThat(major.duration()).isBetween(2, 6);
				if (major.throughTrack() != null) {
					assertThat(major.throughTrack()).isLessThanOrEqualTo(major.enrolled());
				}
			}
			assertThat(rows.keySet())
				.allMatch((code) -> school.majors().stream().anyMatch((m) -> m.majorCode().equals(code)));
			List<String> order = school.graduates().stream().map(GraduateRow::majorCode).toList();
			assertThat(order).isSorted();
		}
	}

	@Test
	void conditionalFieldsAreFilledExactlyWhenRequired() {
		SheetDef graduates = SubmissionStandard.v1().sheet(SubmissionStandard.GRADUATES);
		SheetDef teachers = SubmissionStandard.v1().sheet(SubmissionStandard.TEACHERS);
		for (SampleSchool school : province.subList(0, 120)) {
			for (GraduateRow row : school.graduates()) {
				assertConditional(graduates, row);
				boolean employed = List.of("10", "11", "12").contains(row.destination());
				if (row.monthlyIncome() != null) {
					assertThat(employed).isTrue();
					assertThat(row.monthlyIncome()).isBetween(BigDecimal.valueOf(500), BigDecimal.valueOf(100_000));
				}
				if (row.employerIndustry() != null) {
					assertThat(ReferenceData.get().industry(row.employerIndustry())).isPresent();
				}
				if (row.employerRegion() != null) {
					assertThat(ReferenceData.get().region(row.employerRegion())).isPresent();
				}
			}
			for (TeacherRow row : school.teachers()) {
				assertConditional(teachers, row);
				assertThat(row.practiceDays()).isBetween(0, 365);
				assertThat(row.trainingHours()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(2_000));
				int age = LocalDate.of(YEAR, 9, 30).getYear() - row.birthDate().getYear();
				assertThat(age).isBetween(22, 65);
			}
		}
	}

	private static void assertConditional(SheetDef sheet, SampleSchool.SampleRow row) {
		for (FieldDef field : sheet.fields()) {
			if (field.requirement() instanceof Requirement.When when) {
				String trigger = String.valueOf(row.value(when.field()));
				assertThat(row.value(field.key()) != null).as(field.key() + " when " + trigger)
					.isEqualTo(when.appliesTo(trigger));
			}
			else if (field.requirement() == Requirement.REQUIRED) {
				assertThat(row.value(field.key())).as(field.key()).isNotNull();
			}
		}
	}

	@Test
	void idNumbersAreValidUniqueAndMatchGenderAndProvince() {
		Set<String> ids = new HashSet<>();
		Set<String> counties = ReferenceData.get()
			.regions()
			.stream()
			.filter((region) -> region.code().startsWith("44"))
			.map((region) -> region.code())
			.collect(Collectors.toSet());
		for (SampleSchool school : province) {
			for (GraduateRow row : school.graduates()) {
				checkId(row.idNumber(), row.gender(), counties, ids);
			}
			for (TeacherRow row : school.teachers()) {
				checkId(row.idNumber(), row.gender(), counties, ids);
				assertThat(IdNumbers.birthDate(row.idNumber())).isEqualTo(row.birthDate());
			}
			school.partnerships()
				.forEach((p) -> assertThat(CreditCodes.isValid(p.partnerCreditCode())).as(p.partnerCreditCode())
					.isTrue());
		}
		assertThat(ids).hasSizeGreaterThan(600_000);
	}

	private static void checkId(String id, String gender, Set<String> counties, Set<String> seen) {
		assertThat(IdNumbers.isValid(id)).as(id).isTrue();
		assertThat(counties).contains(id.substring(0, 6));
		assertThat(IdNumbers.isMale(id)).isEqualTo(gender.equals("男"));
		assertThat(seen.add(id)).as("duplicate " + id).isTrue();
	}

	@Test
	void someSchoolsFallBelowThresholds() {
		Map<String, Integer> below = new HashMap<>();
		for (SampleSchool school : province) {
			double students = school.enrolledTotal();
			double equipment = school.profile().equipmentValue().doubleValue() * 10_000 / students;
			if (equipment < 3_000) {
				below.merge("equipment", 1, Integer::sum);
			}
			long placed = school.graduates().stream().filter((g) -> !g.destination().startsWith("3")).count();
			if (!school.graduates().isEmpty() && placed < 0.9 * school.graduates().size()) {
				below.merge("placement", 1, Integer::sum);
			}
			if (school.profile().ownership().equals("公办")) {
				assertThat(school.profile().fundingPerStudent()).isNotNull();
			}
		}
		assertThat(below.get("equipment")).isGreaterThan(10);
		assertThat(below.get("placement")).isGreaterThan(10);
	}

	@Test
	void thePriorYearHasTheSameSchoolsWithModerateChangesButOneJump() {
		for (int index = 0; index < 40; index++) {
			SampleSchool now = province.get(index);
			SampleSchool before = SampleSchools.generate(SEED, index, YEAR - 1);
			assertThat(before.code()).isEqualTo(now.code());
			assertThat(before.name()).isEqualTo(now.name());
			assertThat(before.majors().stream().map(MajorRow::majorCode).toList())
				.isEqualTo(now.majors().stream().map(MajorRow::majorCode).toList());
			assertThat(before.teachers().get(0).idNumber()).isEqualTo(now.teachers().get(0).idNumber());
			double change = Math.abs(now.graduates().size() - before.graduates().size())
					/ (double) before.graduates().size();
			if (index == SampleSchools.JUMP_SCHOOL_INDEX) {
				assertThat(change).isGreaterThan(0.5);
			}
			else {
				assertThat(change).as("school " + index).isLessThan(0.3);
				assertThat(Math.abs(now.fullTimeTeachers() - before.fullTimeTeachers())
						/ (double) before.fullTimeTeachers())
					.isLessThan(0.5);
			}
		}
	}

}
