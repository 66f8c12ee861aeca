package io.vqr.indicators;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.vqr.report.TemplateFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdsTest {

	private static final Thresholds DEFAULTS = Thresholds.load(new TemplateFiles(null, Path.of("does-not-exist")));

	@Test
	void theShippedDefaultsAreThoseOfIndicatorsMd() {
		// indicators.md's 14, and standard v2's 生均教学行政用房面积 for both groups
		assertThat(DEFAULTS.all()).hasSize(16);
		assertThat(limit("中等职业学校", "民办", Indicator.AREA_PER_STUDENT).limit()).isEqualTo(20);
		assertThat(limit("高职专科", "民办", Indicator.AREA_PER_STUDENT).limit()).isEqualTo(16);
		assertThat(limit("中等职业学校", "公办", Indicator.STUDENT_TEACHER_RATIO))
			.isEqualTo(new Threshold(Indicator.STUDENT_TEACHER_RATIO, "中职", Comparison.AT_MOST, 20, false));
		assertThat(limit("高职专科", "公办", Indicator.STUDENT_TEACHER_RATIO).limit()).isEqualTo(18);
		assertThat(limit("高职专科", "公办", Indicator.DUAL_QUALIFIED_RATE).limit()).isEqualTo(0.5);
		assertThat(limit("中等职业学校", "公办", Indicator.EQUIPMENT_PER_STUDENT).limit()).isEqualTo(3000);
		assertThat(limit("职业本科", "公办", Indicator.BOOKS_PER_STUDENT).limit()).isEqualTo(60);
	}

	@Test
	void groupsFollowTheSchoolTypesThresholdGroup() {
		// 技工学校 and 高级技工学校 are 中职; 技师学院 is 高职
		assertThat(limit("技工学校", "公办", Indicator.STUDENT_TEACHER_RATIO).limit()).isEqualTo(20);
		assertThat(limit("高级技工学校", "民办", Indicator.BOOKS_PER_STUDENT).limit()).isEqualTo(30);
		assertThat(limit("技师学院", "公办", Indicator.STUDENT_TEACHER_RATIO).limit()).isEqualTo(18);
		assertThat(codes(DEFAULTS.forSchool("中等职业学校", "公办"))).doesNotContain("postgraduate_rate",
				"funding_per_student");
		assertThat(codes(DEFAULTS.forSchool("技师学院", "公办"))).contains("postgraduate_rate", "funding_per_student");
	}

	@Test
	void fundingOnlyForPublicSchools() {
		assertThat(codes(DEFAULTS.forSchool("高职专科", "公办"))).contains("funding_per_student");
		assertThat(codes(DEFAULTS.forSchool("高职专科", "民办"))).doesNotContain("funding_per_student")
			.contains("placement_rate");
		assertThat(DEFAULTS.forSchool("不存在的类型", "公办")).isEmpty();
	}

	@Test
	void comparisonSides() {
		Threshold ratio = limit("高职专科", "公办", Indicator.STUDENT_TEACHER_RATIO);
		assertThat(ratio.metBy(18)).isTrue();
		assertThat(ratio.metBy(18.01)).isFalse();
		Threshold books = limit("高职专科", "公办", Indicator.BOOKS_PER_STUDENT);
		assertThat(books.metBy(60)).isTrue();
		assertThat(books.metBy(59.9)).isFalse();
	}

	@Test
	void anUnknownIndicatorIsReportedWithItsLine() {
		assertThatThrownBy(() -> parse("""
				thresholds:
				  - indicator: student_teacher_ratio
				    中职: "≤ 20"
				  - indicator: dual_rate
				    中职: "≥ 50%"
				""")).isInstanceOf(TemplateFileException.class).hasMessage("test.yaml 第4行：未知指标“dual_rate”");
	}

	@Test
	void malformedLimitsAreReportedWithLineAndIndicator() {
		assertThatThrownBy(() -> parse("""
				thresholds:
				  - indicator: dual_qualified_rate
				    中职: "≥ 0.5"
				""")).hasMessage("test.yaml 第3行：指标 dual_qualified_rate 是比例，合格线应写百分数，如 ≥ 50%");
		assertThatThrownBy(() -> parse("""
				thresholds:
				  - indicator: books_per_student
				    中职: "at least 30"
				""")).hasMessageStartingWith("test.yaml 第3行：合格线“at least 30”（指标 books_per_student）");
		assertThatThrownBy(() -> parse("""
				thresholds:
				  - indicator: books_per_student
				    本科: "≥ 30"
				""")).hasMessageStartingWith("test.yaml 第3行：未知分组“本科”");
		assertThatThrownBy(() -> parse("""
				thresholds:
				  - indicator: books_per_student
				    中职: "≥ 30元"
				""")).hasMessage("test.yaml 第3行：指标 books_per_student 的单位是“册”，不是“元”");
		assertThatThrownBy(() -> parse("""
				thresholds:
				  - indicator: funding_per_student
				    高职: ">= 12000"
				    ownership: 民办
				""")).hasMessageStartingWith("test.yaml 第4行：ownership 只能为“公办”");
		assertThatThrownBy(() -> parse("thresholds: [\n  {indicator: x\n")).hasMessageStartingWith("test.yaml 第")
			.hasMessageContaining("不是有效的 YAML");
	}

	@Test
	void asciiComparisonsAndUnitsAreAccepted() {
		Thresholds thresholds = parse("""
				thresholds:
				  - indicator: student_teacher_ratio
				    高职: "<= 16:1"
				  - indicator: funding_per_student
				    高职: ">= 12000元"
				    ownership: 公办
				""");
		assertThat(thresholds.all()).containsExactly(
				new Threshold(Indicator.STUDENT_TEACHER_RATIO, "高职", Comparison.AT_MOST, 16, false),
				new Threshold(Indicator.FUNDING_PER_STUDENT, "高职", Comparison.AT_LEAST, 12000, true));
	}

	private static Thresholds parse(String yaml) {
		return Thresholds.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
	}

	private static Threshold limit(String type, String ownership, Indicator indicator) {
		return DEFAULTS.forSchool(type, ownership)
			.stream()
			.filter((t) -> t.indicator() == indicator)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> codes(List<Threshold> thresholds) {
		return thresholds.stream().map((t) -> t.indicator().code()).toList();
	}

}
