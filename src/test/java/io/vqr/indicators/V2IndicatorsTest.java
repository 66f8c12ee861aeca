package io.vqr.indicators;

import java.io.StringWriter;
import java.util.List;

import io.vqr.report.export.IndicatorExport;
import io.vqr.report.model.IndicatorValue;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.vqr.indicators.V2ProvinceFixture.A;
import static io.vqr.indicators.V2ProvinceFixture.B;
import static io.vqr.indicators.V2ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 13 indicators of standard v2 against hand computations from
 * {@link V2ProvinceFixture}: per school, pooled for the province (Σ numerators / Σ
 * denominators, sums for amounts), and absent — never 0 — in a year read with v1.
 */
class V2IndicatorsTest {

	private static final Offset<Double> EXACT = Offset.offset(1e-9);

	private static WarehouseFixture db;

	private static IndicatorSnapshot snapshot;

	@BeforeAll
	static void load() {
		db = V2ProvinceFixture.create("v2indicators");
		snapshot = new IndicatorRepository(db.jdbc).load(YEAR);
	}

	@Test
	void ratesOfASchoolWithEveryV2Figure() {
		rate(A, Indicator.CERTIFICATE_RATE, 2, 3);
		rate(A, Indicator.ALUMNI_SATISFACTION, 180, 200);
		rate(A, Indicator.EMPLOYER_SATISFACTION, 36, 40);
		// over the majors that give 学徒制 only: 60 of that major's 300, not of all 400
		rate(A, Indicator.APPRENTICESHIP_SHARE, 60, 300);
		rate(A, Indicator.AREA_PER_STUDENT, 8000, 400);
		assertThat(snapshot.value(A, Indicator.AREA_PER_STUDENT).value()).isCloseTo(20, EXACT);
		rate(A, Indicator.PARTTIME_HOURS_PER_TEACHER, 600, 3);
	}

	@Test
	void amountsAndCountsAsSubmitted() {
		value(A, Indicator.SERVICE_INCOME, 160);
		value(A, Indicator.TRAINING_INCOME, 30);
		value(A, Indicator.PUBLIC_TRAINING_HOURS, 1200.5);
		value(A, Indicator.PATENTS_GRANTED, 2);
		value(A, Indicator.PATENT_TRANSFER_INCOME, 5.5);
		value(A, Indicator.INTERNATIONAL_STUDENTS, 4);
		value(A, Indicator.INTERNATIONAL_STANDARDS, 3);
		// 0 given is 0, a value
		value(B, Indicator.SERVICE_INCOME, 0);
		value(B, Indicator.INTERNATIONAL_STANDARDS, 0);
	}

	@Test
	void whatAFileDoesNotGiveIsEmptyNeverZero() {
		// B's file had no 证书 column and no alumni survey
		IndicatorValue certificate = snapshot.value(B, Indicator.CERTIFICATE_RATE);
		assertThat(certificate.value()).isNull();
		assertThat(certificate.denominator()).isEqualTo(0.0);
		assertThat(snapshot.value(B, Indicator.ALUMNI_SATISFACTION).value()).isNull();
		rate(B, Indicator.EMPLOYER_SATISFACTION, 5, 10);
		rate(B, Indicator.APPRENTICESHIP_SHARE, 10, 100);
	}

	@Test
	void provinceValuesArePooled() {
		GroupValues province = snapshot.province();
		pooled(province, Indicator.CERTIFICATE_RATE, 2, 3);
		pooled(province, Indicator.ALUMNI_SATISFACTION, 180, 200);
		pooled(province, Indicator.EMPLOYER_SATISFACTION, 41, 50);
		pooled(province, Indicator.APPRENTICESHIP_SHARE, 70, 400);
		pooled(province, Indicator.AREA_PER_STUDENT, 10000, 500);
		pooled(province, Indicator.PARTTIME_HOURS_PER_TEACHER, 900, 4);
		assertThat(province.value(Indicator.SERVICE_INCOME).value()).isCloseTo(160, EXACT);
		assertThat(province.value(Indicator.INTERNATIONAL_STUDENTS).value()).isCloseTo(4, EXACT);
		assertThat(province.value(Indicator.INTERNATIONAL_STANDARDS).value()).isCloseTo(3, EXACT);
	}

	@Test
	void aV1YearHasNoV2IndicatorAtAll() {
		assertThat(IndicatorCatalog.forYear(YEAR - 1)).doesNotContain(Indicator.CERTIFICATE_RATE,
				Indicator.SERVICE_INCOME);
		assertThat(IndicatorCatalog.forYear(YEAR)).containsAll(IndicatorCatalog.all());
		// Y-1 of a v2 indicator is empty where v1 had no figure; a v1 indicator has its
		// Y-1
		assertThat(snapshot.previousValue(A, Indicator.CERTIFICATE_RATE).isEmpty()).isTrue();
		assertThat(snapshot.previousValue(A, Indicator.SERVICE_INCOME).isEmpty()).isTrue();
		assertThat(snapshot.previousValue(A, Indicator.STUDENTS).value()).isCloseTo(380, EXACT);
		assertThat(snapshot.previousSubmitted(A, "bandwidth")).isNull();
		assertThat(snapshot.submitted(A, "bandwidth")).isEqualTo(1000.0);
		IndicatorSnapshot v1Year = new IndicatorRepository(db.jdbc).load(YEAR - 1);
		assertThat(v1Year.province().values()).doesNotContainKey(Indicator.SERVICE_INCOME)
			.containsKey(Indicator.STUDENTS);
	}

	@Test
	void exportHasTheV2IndicatorsInAV2YearOnly() throws Exception {
		List<String> v2Lines = csv(YEAR);
		assertThat(v2Lines).hasSize(1 + 2 * IndicatorCatalog.all().size());
		assertThat(v2Lines)
			.anyMatch((line) -> line.startsWith(YEAR + "," + A + ",") && line.contains(",service_income,160,"));
		assertThat(v2Lines).anyMatch(
				(line) -> line.startsWith(YEAR + "," + A + ",") && line.contains(",certificate_rate,0.666667,2,3,"));
		assertThat(v2Lines)
			.anyMatch((line) -> line.startsWith(YEAR + "," + B + ",") && line.contains(",certificate_rate,,0,0,"));
		List<String> v1Lines = csv(YEAR - 1);
		assertThat(v1Lines).hasSize(1 + IndicatorCatalog.forYear(YEAR - 1).size());
		assertThat(v1Lines).noneMatch((line) -> line.contains("certificate_rate") || line.contains("service_income"));
	}

	private static List<String> csv(int year) throws Exception {
		StringWriter out = new StringWriter();
		IndicatorExport.write(new IndicatorRepository(db.jdbc).load(year), out);
		return out.toString().lines().toList();
	}

	private static void rate(String school, Indicator indicator, double numerator, double denominator) {
		IndicatorValue value = snapshot.value(school, indicator);
		assertThat(value.numerator()).as(indicator.code()).isCloseTo(numerator, EXACT);
		assertThat(value.denominator()).as(indicator.code()).isCloseTo(denominator, EXACT);
		assertThat(value.value()).as(indicator.code()).isCloseTo(numerator / denominator, EXACT);
	}

	private static void value(String school, Indicator indicator, double expected) {
		assertThat(snapshot.value(school, indicator).value()).as(indicator.code()).isCloseTo(expected, EXACT);
	}

	private static void pooled(GroupValues group, Indicator indicator, double numerator, double denominator) {
		IndicatorValue value = group.value(indicator);
		assertThat(value.numerator()).as(indicator.code()).isCloseTo(numerator, EXACT);
		assertThat(value.denominator()).as(indicator.code()).isCloseTo(denominator, EXACT);
		assertThat(value.value()).as(indicator.code()).isCloseTo(numerator / denominator, EXACT);
	}

}
