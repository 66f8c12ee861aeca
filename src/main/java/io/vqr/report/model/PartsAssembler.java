package io.vqr.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SubmittedFigures;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;

/**
 * The v2 parts of a school report: the outline's parts with the school's cases (numbered
 * 案例1, 案例2, … through the report), the figures v2 adds to them, and the five attached
 * tables with the rows standard-v2.md lists.
 */
final class PartsAssembler {

	private final IndicatorSnapshot snapshot;

	private final String schoolCode;

	private final Map<Indicator, IndicatorComparison> all;

	PartsAssembler(IndicatorSnapshot snapshot, String schoolCode, Map<Indicator, IndicatorComparison> all) {
		this.snapshot = snapshot;
		this.schoolCode = schoolCode;
		this.all = all;
	}

	PartsReport build(ReportOutline outline, List<CaseStudy> cases) {
		List<ReportPart> parts = new ArrayList<>();
		int caseNumber = 0;
		for (int i = 0; i < outline.parts().size(); i++) {
			ReportOutline.Entry entry = outline.parts().get(i);
			String casePart = ReportOutline.CASE_PARTS.get(entry.key());
			List<CaseStudy> own = new ArrayList<>();
			for (CaseStudy study : cases) {
				if (study.part().equals(casePart)) {
					own.add(study.numbered(++caseNumber));
				}
			}
			parts.add(new ReportPart(entry.key(), ReportOutline.numeral(i), entry.title(), own));
		}
		List<AppendixTable> appendix = new ArrayList<>();
		for (int i = 0; i < outline.appendix().size(); i++) {
			ReportOutline.Entry entry = outline.appendix().get(i);
			appendix.add(new AppendixTable(entry.key(), i + 1, entry.title(), appendixRows(entry.key())));
		}
		return new PartsReport(parts, outline.appendixTitle(), appendix,
				rows(Indicator.CERTIFICATE_RATE, Indicator.ALUMNI_SATISFACTION, Indicator.EMPLOYER_SATISFACTION),
				concat(rows(Indicator.APPRENTICESHIP_SHARE, Indicator.PARTNERSHIPS, Indicator.PARTTIME_TEACHERS,
						Indicator.PARTTIME_HOURS_PER_TEACHER), fields("parttime_hours", "enterprise_equipment_value")),
				concat(rows(Indicator.SERVICE_INCOME),
						fields("horizontal_service_income", "vertical_research_income", "technology_trade_income"),
						rows(Indicator.TRAINING_INCOME), fields("training_person_times"),
						rows(Indicator.PUBLIC_TRAINING_HOURS), fields("ip_projects"),
						rows(Indicator.PATENTS_GRANTED, Indicator.PATENT_TRANSFER_INCOME)),
				fields(SubmittedFigures.keys(SubmissionStandard.INTERNATIONAL).toArray(String[]::new)),
				concat(rows(Indicator.EQUIPMENT_PER_STUDENT, Indicator.WORKSTATIONS_PER_STUDENT,
						Indicator.BOOKS_PER_STUDENT, Indicator.AREA_PER_STUDENT), fields("bandwidth", "courses")),
				policy());
	}

	/** The rows of an attached table, as standard-v2.md lists them. */
	private List<FigureRow> appendixRows(String key) {
		return switch (key) {
			case "scorecard" -> rows(Indicator.PLACEMENT_RATE, Indicator.EMPLOYMENT_RATE,
					Indicator.MEDIAN_MONTHLY_INCOME, Indicator.MEAN_MONTHLY_INCOME, Indicator.ENTREPRENEURSHIP_RATE,
					Indicator.RELATED_EMPLOYMENT_RATE, Indicator.CERTIFICATE_RATE, Indicator.ALUMNI_SATISFACTION,
					Indicator.EMPLOYER_SATISFACTION);
			case "resources" -> concat(
					rows(Indicator.STUDENT_TEACHER_RATIO, Indicator.DUAL_QUALIFIED_RATE, Indicator.SENIOR_TITLE_RATE,
							Indicator.EQUIPMENT_PER_STUDENT, Indicator.WORKSTATIONS_PER_STUDENT,
							Indicator.BOOKS_PER_STUDENT, Indicator.AREA_PER_STUDENT),
					fields("bandwidth", "courses", "enterprise_equipment_value", "parttime_hours"));
			case "international" ->
				fields(SubmittedFigures.keys(SubmissionStandard.INTERNATIONAL).toArray(String[]::new));
			case "service" -> concat(
					rows(Indicator.GRADUATES, Indicator.IN_PROVINCE_EMPLOYMENT_RATE, Indicator.IN_CITY_EMPLOYMENT_RATE),
					fields(SubmittedFigures.keys(SubmissionStandard.SERVICE).toArray(String[]::new)));
			case "policy" -> policy();
			default -> throw new IllegalArgumentException("no attached table " + key);
		};
	}

	private List<FigureRow> policy() {
		return concat(rows(Indicator.FUNDING_PER_STUDENT), fields("special_funding_per_student", "staff_quota"),
				rows(Indicator.FULLTIME_TEACHERS), fields("parttime_hours", "parttime_pay"));
	}

	private List<FigureRow> rows(Indicator... indicators) {
		List<FigureRow> rows = new ArrayList<>();
		for (Indicator indicator : indicators) {
			IndicatorComparison comparison = this.all.get(indicator);
			rows.add(FigureRow
				.of((comparison != null) ? comparison : IndicatorComparison.of(IndicatorValue.empty(indicator), null)));
		}
		return rows;
	}

	private List<FigureRow> fields(String... keys) {
		List<FigureRow> rows = new ArrayList<>();
		for (String key : keys) {
			FieldDef field = SubmittedFigures.field(key)
				.orElseThrow(() -> new IllegalArgumentException("not a submitted figure: " + key));
			rows.add(FigureRow.submitted(field.label(), (field.unit() != null) ? field.unit().symbol() : "",
					this.snapshot.previousSubmitted(this.schoolCode, key),
					this.snapshot.submitted(this.schoolCode, key), decimals(field)));
		}
		return rows;
	}

	/** Whole numbers for counts, areas and 元; two decimals for 万元, one otherwise. */
	static int decimals(FieldDef field) {
		if (field.type() == FieldType.INTEGER) {
			return 0;
		}
		if (field.unit() == Unit.WAN_YUAN) {
			return 2;
		}
		if (field.unit() == Unit.YUAN || field.unit() == Unit.SQUARE_METRE || field.unit() == Unit.MBPS) {
			return 0;
		}
		return 1;
	}

	@SafeVarargs
	private static List<FigureRow> concat(List<FigureRow>... lists) {
		List<FigureRow> all = new ArrayList<>();
		for (List<FigureRow> list : lists) {
			all.addAll(list);
		}
		return all;
	}

}
