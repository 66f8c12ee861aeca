package io.vqr.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Indicator;
import io.vqr.review.ReviewState;

/**
 * Everything a city report (中职地市级年报, standard-v2.md "City report") prints: the submission
 * and review status of the city's 中职 schools, the city's pooled 中职 indicators beside the
 * province's, a table of its schools, its 预警名单 and an overview.
 *
 * @param year the report year Y
 * @param cityCode the city's 4-digit 行政区划代码 prefix ({@code 4401})
 * @param cityName the city's name
 * @param provinceName the province's name
 * @param generatedOn date of generation
 * @param dataAsOf the latest processing date of the city's files with figures, or null
 * @param submissions status of the city's expected 中职 schools (no type or city rows)
 * @param city the city's pooled 中职 indicators with Y-1
 * @param province the province's pooled 中职 indicators with Y-1
 * @param schools the city's 中职 schools with figures, by code
 * @param warnings 预警名单 of the city's 中职 schools, by school code then threshold order
 */
public record CityReport(int year, String cityCode, String cityName, String provinceName, LocalDate generatedOn,
		LocalDate dataAsOf, SubmissionStatusSection submissions, GroupIndicators city, GroupIndicators province,
		List<CitySchoolRow> schools, List<WarningEntry> warnings) {

	/**
	 * A key indicator as a column of the table of schools, its header in two short lines
	 * that fit a narrow column.
	 *
	 * @param indicator the indicator
	 * @param header the header's first line ({@code 双师型})
	 * @param second its second line ({@code 比例}, {@code （人）}), may be empty
	 */
	public record Column(Indicator indicator, String header, String second) {

	}

	/** The key indicators the table of schools shows, one column each. */
	public static final List<Column> SCHOOL_COLUMNS = List.of(new Column(Indicator.STUDENTS, "在校生", "（人）"),
			new Column(Indicator.STUDENT_TEACHER_RATIO, "生师比", "（:1）"),
			new Column(Indicator.DUAL_QUALIFIED_RATE, "双师型", "教师比例"),
			new Column(Indicator.SENIOR_TITLE_RATE, "高级职称", "教师比例"),
			new Column(Indicator.PLACEMENT_RATE, "毕业去向", "落实率"),
			new Column(Indicator.RELATED_EMPLOYMENT_RATE, "专业对口", "就业率"),
			new Column(Indicator.EQUIPMENT_PER_STUDENT, "生均设备值", "（元）"));

	/** What the report is about: 中等职业学校 (the 中职 level). */
	public static final String SCHOOLS_WORD = "中职学校";

	public CityReport {
		schools = List.copyOf(schools);
		warnings = List.copyOf(warnings);
	}

	public int previousYear() {
		return this.year - 1;
	}

	/** {@code 广州市2024年度中等职业教育质量报告}. */
	public String title() {
		return this.cityName + this.year + "年度中等职业教育质量报告";
	}

	public String subtitle() {
		return this.year + "年度中等职业教育质量报告";
	}

	public String generatedOnText() {
		return ReportFormats.date(this.generatedOn);
	}

	public String dataAsOfText() {
		return ReportFormats.date(this.dataAsOf);
	}

	/**
	 * Whether any of the city's 中职 schools has figures (an official file, or a draft for
	 * a draft); without any the report is its submission status alone.
	 */
	public boolean figuresAvailable() {
		return this.city.schools() > 0;
	}

	/** Whether the city's figures can be compared with Y-1 at all. */
	public boolean previousYearAvailable() {
		return this.city.indicators().stream().anyMatch((c) -> !c.previous().isEmpty());
	}

	/** Every indicator of the catalogue: the city beside the province. */
	public List<CityIndicatorRow> rows() {
		List<CityIndicatorRow> rows = new ArrayList<>();
		for (IndicatorComparison comparison : this.city.indicators()) {
			IndicatorComparison whole = this.province.indicator(comparison.indicator());
			rows.add(new CityIndicatorRow(comparison, (whole != null) ? whole
					: IndicatorComparison.of(IndicatorValue.empty(comparison.indicator()), null)));
		}
		return rows;
	}

	public List<Column> schoolColumns() {
		return SCHOOL_COLUMNS;
	}

	/** Expected schools whose file is approved (official). */
	public long approved() {
		return this.submissions.schools()
			.stream()
			.filter((school) -> school.reviewState() == ReviewState.APPROVED)
			.count();
	}

	/** Schools on the 预警名单. */
	public long schoolsWithWarnings() {
		return this.warnings.stream().map(WarningEntry::schoolCode).distinct().count();
	}

	/** The opening paragraph, generated from the figures the tables print. */
	public List<String> overview() {
		return CityOverview.sentences(this);
	}

}
