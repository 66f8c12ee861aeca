package io.vqr.indicators;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.vqr.report.TemplateFiles;
import io.vqr.report.model.ChallengesSection;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.ThresholdCheck;
import io.vqr.report.model.ThresholdStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeWriterTest {

	private static final ChallengeWriter WRITER = ChallengeWriter.load(new TemplateFiles(null, Path.of("nowhere")));

	@Test
	void theGlossarysExampleSentence() {
		Threshold threshold = new Threshold(Indicator.DUAL_QUALIFIED_RATE, "高职", Comparison.AT_LEAST, 0.5, false);
		ThresholdCheck check = new ThresholdCheck(Indicator.DUAL_QUALIFIED_RATE,
				IndicatorValue.quotient(Indicator.DUAL_QUALIFIED_RATE, 423.0, 1000.0), threshold,
				ThresholdStatus.NOT_MET);
		assertThat(WRITER.write(List.of(check), List.of()).sentences())
			.containsExactly("双师型教师占专业课教师比例为42.3%，低于50%的合格线，需加强“双师型”教师队伍建设。");
	}

	@Test
	void theFixedSentenceWhenNothingIsWrong() {
		ChallengesSection none = WRITER.write(List.of(), List.of(comparison(Indicator.PLACEMENT_RATE, 0.95, 0.96)));
		assertThat(none.found()).isFalse();
		assertThat(none.sentences()).singleElement().asString().startsWith("本年度各项监测指标均达到合格线");
	}

	@Test
	void worseDependsOnDirectionAndIsMoreThanTheLimit() {
		// 生师比 going up by 12% is worse; going down is better
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.STUDENT_TEACHER_RATIO, 22.4, 20.0))).isTrue();
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.STUDENT_TEACHER_RATIO, 17.0, 20.0))).isFalse();
		// rates: more than 5 percentage points
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.PLACEMENT_RATE, 0.85, 0.90))).isFalse();
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.PLACEMENT_RATE, 0.849, 0.90))).isTrue();
		// amounts: more than 10%
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.BOOKS_PER_STUDENT, 45.0, 50.0))).isFalse();
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.BOOKS_PER_STUDENT, 44.0, 50.0))).isTrue();
		// no direction, no challenge
		assertThat(WRITER.isClearlyWorse(comparison(Indicator.FURTHER_STUDY_RATE, 0.1, 0.5))).isFalse();
		assertThat(
				WRITER.write(List.of(), List.of(comparison(Indicator.STUDENT_TEACHER_RATIO, 22.4, 20.0))).sentences())
			.containsExactly("生师比为22.4:1，较上年上升12.0%，需加快补充专任教师，优化师资配置。");
	}

	@Test
	void theTemplateIsValidated() {
		assertThatThrownBy(() -> parse("""
				below_threshold: "{name}为{valeu}"
				worse_than_previous_year: "{name}"
				none: "无"
				worsening: {rate_points: 5, percent: 10}
				advice: {default: "改进"}
				""")).isInstanceOf(TemplateFileException.class).hasMessageStartingWith("c.yaml 第1行：未知占位符 {valeu}");
		assertThatThrownBy(() -> parse("""
				below_threshold: "{name}"
				worse_than_previous_year: "{name}"
				none: "无"
				worsening: {rate_points: 5, percent: 10}
				advice:
				  default: "改进"
				  dual_rate: "加强"
				""")).hasMessage("c.yaml 第7行：advice 中的未知指标“dual_rate”");
	}

	private static ChallengeWriter parse(String yaml) {
		return ChallengeWriter.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "c.yaml");
	}

	private static IndicatorComparison comparison(Indicator indicator, double current, double previous) {
		return IndicatorComparison.of(IndicatorValue.of(indicator, current), IndicatorValue.of(indicator, previous));
	}

}
