package io.vqr.report.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vqr.indicators.TemplateFileException;
import io.vqr.report.model.AppendixTable;
import io.vqr.report.model.CaseStudy;
import io.vqr.report.model.ChartSeries;
import io.vqr.report.model.FigureRow;
import io.vqr.report.model.DestinationRow;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.Intake;
import io.vqr.report.model.MajorDivisionRow;
import io.vqr.report.model.MajorOutcomeRow;
import io.vqr.report.model.MajorRow;
import io.vqr.report.model.PartsReport;
import io.vqr.report.model.ReportPart;
import io.vqr.report.model.ResourceRow;
import io.vqr.report.model.SchoolCover;
import io.vqr.report.model.SchoolOverview;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.model.ServiceContribution;
import io.vqr.report.model.ThresholdCheck;
import io.vqr.report.model.ThresholdStatus;

/**
 * The tables of the school report's workbook, one per sheet of the template's
 * {@code school.sheets}, in the template's order.
 */
final class SchoolSheets {

	/** The sheet keys the template may list under {@code school.sheets}. */
	static final Set<String> KEYS = Set.of("profile", "resources", "intake", "destinations", "outcomes", "by_major",
			"income", "industries", "employer_kinds", "divisions", "majors", "teachers", "teacher_titles",
			"teacher_education", "dual_qualified", "service", "regions", "partnerships", "conditions", "challenges",
			"scorecard", "teaching_resources", "integration", "cases", "appendix");

	private final WorkbookTemplate template;

	private final SchoolReport report;

	private final Tables tables;

	SchoolSheets(WorkbookTemplate template, SchoolReport report) {
		this.template = template;
		this.report = report;
		SchoolCover cover = report.cover();
		Placeholders values = Placeholders
			.of(Map.of("school", nonNull(cover.schoolName()), "province", nonNull(cover.provinceName()), "year",
					Integer.toString(report.year()), "prev", Integer.toString(report.previousYear())));
		if (report.hasParts()) {
			// {part_talent} is 二、人才培养, or wherever the outline puts that part
			for (ReportPart part : report.parts().parts()) {
				values = values.with("part_" + part.key(), part.heading());
			}
		}
		this.tables = new Tables(template, values);
	}

	CoverSheet cover() {
		SheetText text = this.template.school().cover();
		Placeholders values = this.tables.values();
		SchoolCover cover = this.report.cover();
		List<String[]> facts = List.of(new String[] { text.label("school_code", values), cover.schoolCode() },
				new String[] { text.label("province", values), nonNull(cover.provinceName()) },
				new String[] { text.label("generated", values), cover.generatedOnText() },
				new String[] { text.label("version", values), cover.dataVersionText() });
		return new CoverSheet(text.name(values), text.title(values), facts, this.template.coverColumns());
	}

	List<SheetTable> tables() {
		List<SheetTable> tables = new ArrayList<>();
		ReportText text = this.report.hasParts() ? this.template.schoolParts() : this.template.school();
		for (SheetText sheet : text.sheets()) {
			if (sheet.key().equals("appendix")) {
				// one sheet per attached table, named as the PDF's table
				for (AppendixTable table : parts(sheet).appendix()) {
					tables.add(figures(sheet, table.title(), table.heading(), table.rows()));
				}
			}
			else {
				tables.add(table(sheet));
			}
		}
		return tables;
	}

	private SheetTable table(SheetText text) {
		return switch (text.key()) {
			case "profile" -> profile(text);
			case "resources" -> resources(text);
			case "intake" -> intake(text);
			case "destinations" -> destinations(text);
			case "outcomes" -> this.tables.indicators(text,
					concat(this.report.students().outcomes(), this.report.students().mobility()));
			case "by_major" -> byMajor(text);
			case "income" -> income(text);
			case "industries" -> this.tables.distribution(text, this.report.students().employmentByIndustry(),
					ChartSpec.ChartType.BAR, "industries");
			case "employer_kinds" ->
				this.tables.distribution(text, this.report.students().employmentByKind(), null, null);
			case "divisions" -> divisions(text);
			case "majors" -> majors(text);
			case "teachers" -> this.tables.indicators(text, this.report.teaching().teacherIndicators());
			case "teacher_titles" ->
				this.tables.distribution(text, this.report.teaching().byTitle(), ChartSpec.ChartType.BAR, "chart");
			case "teacher_education" ->
				this.tables.distribution(text, this.report.teaching().byEducation(), ChartSpec.ChartType.BAR, "chart");
			case "dual_qualified" -> this.tables.distribution(text, this.report.teaching().dualQualified(),
					ChartSpec.ChartType.PIE, "chart");
			case "service" -> service(text);
			case "regions" -> this.tables.distribution(text, this.report.service().employmentByRegion(),
					ChartSpec.ChartType.BAR, "chart");
			case "partnerships" -> partnerships(text);
			case "conditions" -> conditions(text);
			case "challenges" -> challenges(text);
			case "scorecard" -> this.tables.indicators(text, this.report.appendix().scorecard());
			case "teaching_resources" -> this.tables.indicators(text, this.report.appendix().resources());
			case "integration" -> figures(text, text.name(this.tables.values()), text.title(this.tables.values()),
					parts(text).integration());
			case "cases" -> cases(text);
			default -> throw new TemplateFileException(text.source() + "：" + text.path() + " 的 key 不是程序认识的工作表代号");
		};
	}

	private SheetTable profile(SheetText text) {
		Placeholders values = this.tables.values();
		SchoolOverview overview = this.report.overview();
		SheetTable table = this.tables.table(text,
				List.of(this.tables.textColumn(text, "item"), this.tables.textColumn(text, "value")));
		table.row(Entry.text(text.label("school_name", values)), Entry.text(overview.schoolName()));
		table.row(Entry.text(text.label("school_code", values)), Entry.text(overview.schoolCode()));
		table.row(Entry.text(text.label("school_type", values)), Entry.text(overview.schoolType()));
		table.row(Entry.text(text.label("level", values)), Entry.text(overview.level()));
		table.row(Entry.text(text.label("ownership", values)), Entry.text(overview.ownership()));
		table.row(Entry.text(text.label("region", values)), Entry.text(overview.fullRegionName()));
		table.row(Entry.text(text.label("students", values)), Entry.number(overview.students(), ValueFormat.COUNT));
		return table;
	}

	private SheetTable resources(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "resource"), t.textColumn(text, "unit"),
						t.column(text, "total", ValueFormat.COUNT), t.textColumn(text, "indicator"),
						t.textColumn(text, "indicator_unit"), t.column(text, "previous", ValueFormat.DECIMAL),
						t.column(text, "current", ValueFormat.DECIMAL), t.column(text, "change", ValueFormat.POINTS)));
		for (ResourceRow resource : this.report.overview().resources()) {
			Double total = resource.total();
			ValueFormat totalFormat = (total != null && total != Math.rint(total)) ? ValueFormat.AMOUNT
					: ValueFormat.COUNT;
			Entry name = Entry.text(resource.name());
			Entry unit = Entry.text(resource.unit());
			Entry amount = Entry.number(total, totalFormat);
			IndicatorComparison perStudent = resource.perStudent();
			if (perStudent == null) {
				table.row(name, unit, amount, Entry.missing(), Entry.missing(), Entry.missing(), Entry.missing(),
						Entry.missing());
				continue;
			}
			ValueFormat format = Tables.format(perStudent.indicator());
			table.row(name, unit, amount, Entry.text(perStudent.name()), Entry.text(perStudent.unit()),
					Entry.number(perStudent.previous().value(), format),
					Entry.number(perStudent.current().value(), format), t.change(perStudent.indicator(), 5, 6));
		}
		return table;
	}

	private SheetTable intake(SheetText text) {
		Intake intake = this.report.students().intake();
		SheetTable table = this.tables.indicators(text, this.report.students().intakeIndicators());
		Placeholders values = this.tables.values()
			.with("plan", Long.toString(intake.plan()))
			.with("admitted", Long.toString(intake.admitted()))
			.with("registered", Long.toString(intake.registered()))
			.with("enrolled", Long.toString(intake.enrolled()));
		return table.note(text.label("note", values));
	}

	private SheetTable destinations(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "code"), t.textColumn(text, "name"), t.textColumn(text, "group"),
						t.column(text, "count", ValueFormat.COUNT), t.column(text, "share", ValueFormat.RATE)));
		for (DestinationRow row : this.report.students().destinations()) {
			String group = text.labels().getOrDefault(row.group(), nonNull(row.group()));
			table.row(Entry.text(row.code()), Entry.text(row.name()), Entry.text(group), Entry.number(row.count()),
					Entry.number(row.share()));
		}
		table.totals(t.totals(),
				List.of(TotalRule.none(), TotalRule.none(), TotalRule.sum(), TotalRule.pooledRate(3, 3)));
		if (this.report.students().graduates() > 0) {
			table.chart(new ChartSpec(ChartSpec.ChartType.BAR, text.chart("destinations", t.values()), 1, List.of(3)));
		}
		return table;
	}

	private SheetTable byMajor(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text, List.of(t.textColumn(text, "code"), t.textColumn(text, "name"),
				t.column(text, "graduates", ValueFormat.COUNT), t.column(text, "placed", ValueFormat.COUNT),
				t.column(text, "placement_rate", ValueFormat.RATE), t.column(text, "employed", ValueFormat.COUNT),
				t.column(text, "employment_rate", ValueFormat.RATE), t.column(text, "further_study", ValueFormat.COUNT),
				t.column(text, "further_study_rate", ValueFormat.RATE), t.column(text, "match_base", ValueFormat.COUNT),
				t.column(text, "related", ValueFormat.COUNT),
				t.column(text, "related_employment_rate", ValueFormat.RATE)));
		for (MajorOutcomeRow row : this.report.students().byMajor()) {
			IndicatorValue related = row.relatedEmploymentRate();
			table.row(Entry.text(row.majorCode()), Entry.text(row.majorName()), Entry.number(row.graduates()),
					Entry.number(row.placementRate().numerator()), Entry.number(row.placementRate().value()),
					Entry.number(row.employmentRate().numerator()), Entry.number(row.employmentRate().value()),
					Entry.number(row.furtherStudyRate().numerator()), Entry.number(row.furtherStudyRate().value()),
					Entry.number(related.denominator()), Entry.number(related.numerator()),
					Entry.number(related.value()));
		}
		// Rates of the totals row: the summed numerator column over the summed base.
		table.totals(t.totals(),
				List.of(TotalRule.none(), TotalRule.sum(), TotalRule.sum(), TotalRule.pooledRate(3, 2), TotalRule.sum(),
						TotalRule.pooledRate(5, 2), TotalRule.sum(), TotalRule.pooledRate(7, 2), TotalRule.sum(),
						TotalRule.sum(), TotalRule.pooledRate(10, 9)));
		if (!this.report.students().byMajor().isEmpty()) {
			table.chart(new ChartSpec(ChartSpec.ChartType.BAR, text.chart("placement", t.values()), 1, List.of(4)));
		}
		return table;
	}

	private SheetTable income(SheetText text) {
		var income = this.report.students().income();
		List<List<Entry>> sample = List.of(List.of(Entry.number(income.n(), ValueFormat.COUNT)),
				List.of(Entry.number(income.n(), ValueFormat.COUNT)));
		return this.tables
			.indicators(text, List.of(income.median(), income.mean()),
					List.of(this.tables.column(text, "sample", ValueFormat.COUNT)), sample)
			.note(income.exclusionNote());
	}

	private SheetTable divisions(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "code"), t.textColumn(text, "name"),
						t.column(text, "majors", ValueFormat.COUNT), t.column(text, "registered", ValueFormat.COUNT),
						t.column(text, "enrolled", ValueFormat.COUNT), t.column(text, "graduates", ValueFormat.COUNT)));
		for (MajorDivisionRow row : this.report.teaching().majorsByDivision()) {
			table.row(Entry.text(row.divisionCode()), Entry.text(row.divisionName()), Entry.number(row.majors()),
					Entry.number(row.registered()), Entry.number(row.enrolled()), Entry.number(row.graduates()));
		}
		return table.totals(t.totals(),
				List.of(TotalRule.none(), TotalRule.sum(), TotalRule.sum(), TotalRule.sum(), TotalRule.sum()));
	}

	private SheetTable majors(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "code"), t.textColumn(text, "name"), t.textColumn(text, "division"),
						t.column(text, "duration", ValueFormat.COUNT), t.column(text, "plan", ValueFormat.COUNT),
						t.column(text, "admitted", ValueFormat.COUNT), t.column(text, "registered", ValueFormat.COUNT),
						t.column(text, "enrolled", ValueFormat.COUNT), t.column(text, "graduates", ValueFormat.COUNT)));
		for (MajorRow row : this.report.teaching().majors()) {
			table.row(Entry.text(row.majorCode()), Entry.text(row.majorName()), Entry.text(row.divisionName()),
					Entry.number(row.duration()), Entry.number(row.plan()), Entry.number(row.admitted()),
					Entry.number(row.registered()), Entry.number(row.enrolled()), Entry.number(row.graduates()));
		}
		return table.filtered()
			.totals(t.totals(), List.of(TotalRule.none(), TotalRule.none(), TotalRule.none(), TotalRule.sum(),
					TotalRule.sum(), TotalRule.sum(), TotalRule.sum(), TotalRule.sum()));
	}

	private SheetTable service(SheetText text) {
		ServiceContribution service = this.report.service();
		List<IndicatorComparison> rows = new ArrayList<>(service.localEmployment());
		if (service.partnerships() != null) {
			rows.add(service.partnerships());
		}
		return this.tables.indicators(text, rows);
	}

	private SheetTable partnerships(SheetText text) {
		ServiceContribution service = this.report.service();
		ChartSeries forms = service.partnershipsGiven() ? service.partnershipsByForm()
				: new ChartSeries("", "", List.of());
		SheetTable table = this.tables.distribution(text, forms, null, null);
		if (!service.partnershipsGiven()) {
			return table.note(text.label("not_given", this.tables.values()));
		}
		Placeholders values = this.tables.values()
			.with("interns", Long.toString(service.interns()))
			.with("hires", Long.toString(service.hires()))
			.with("mentors", Long.toString(service.mentors()));
		return table.note(text.label("people", values));
	}

	private SheetTable conditions(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "indicator"), t.textColumn(text, "unit"),
						t.column(text, "value", ValueFormat.DECIMAL), t.textColumn(text, "threshold"),
						t.textColumn(text, "status")));
		for (ThresholdCheck check : this.report.conditions().checks()) {
			Entry status = (check.status() == ThresholdStatus.NO_DATA) ? Entry.text(check.status().label())
					: Entry.verdict(check.status().label(), check.status() == ThresholdStatus.MET);
			table.row(Entry.text(check.name()), Entry.text(check.indicator().unit()),
					Entry.number(check.value().value(), Tables.format(check.indicator())),
					Entry.text(check.thresholdText()), status);
		}
		Placeholders values = t.values()
			.with("total", Integer.toString(this.report.conditions().checks().size()))
			.with("met", Long.toString(this.report.conditions().metCount()))
			.with("not_met", Long.toString(this.report.conditions().notMetCount()));
		return table.note(text.label("summary", values));
	}

	private SheetTable challenges(SheetText text) {
		SheetTable table = this.tables.table(text, List.of(this.tables.column(text, "number", ValueFormat.COUNT),
				this.tables.textColumn(text, "sentence")));
		int number = 1;
		for (String sentence : this.report.challenges().sentences()) {
			table.row(Entry.number(number++), Entry.text(sentence));
		}
		return table;
	}

	/**
	 * {@code 指标 | 单位 | Y-1 | Y}: indicators in their formats, submitted numbers with
	 * their decimals, the dash where a year has no value.
	 */
	private SheetTable figures(SheetText text, String name, String title, List<FigureRow> rows) {
		Placeholders values = this.tables.values();
		List<Column> columns = this.tables.indicatorColumns().subList(0, 4);
		SheetTable table = new SheetTable(name, title, columns);
		for (FigureRow row : rows) {
			ValueFormat format = (row.indicator() != null) ? Tables.format(row.indicator().indicator())
					: switch (row.decimals()) {
						case 0 -> ValueFormat.WHOLE_AMOUNT;
						case 1 -> ValueFormat.DECIMAL;
						default -> ValueFormat.AMOUNT;
					};
			table.row(Entry.text(row.name()), Entry.text(row.unit()), Entry.number(row.previous(), format),
					Entry.number(row.current(), format));
		}
		if (text.labels().containsKey("note")) {
			table.note(text.label("note", values));
		}
		return table;
	}

	/** 典型案例: 序号 | 所属部分 | 案例标题 | 案例正文, paragraphs kept as line breaks. */
	private SheetTable cases(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text, List.of(t.textColumn(text, "number"), t.textColumn(text, "part"),
				t.textColumn(text, "title"), t.textColumn(text, "body")));
		List<CaseStudy> cases = parts(text).cases();
		for (CaseStudy study : cases) {
			table.row(Entry.text(study.label()), Entry.text(study.part()), Entry.text(study.title()),
					Entry.text(String.join("\n", study.paragraphs())));
		}
		if (cases.isEmpty()) {
			table.note(text.label("none", t.values()));
		}
		return table;
	}

	private PartsReport parts(SheetText text) {
		if (!this.report.hasParts()) {
			throw new TemplateFileException(
					text.source() + "：" + text.path() + " 只能用于2025年度起的学校报告（school_v2），不能列在 school 中");
		}
		return this.report.parts();
	}

	private static List<IndicatorComparison> concat(List<IndicatorComparison> first, List<IndicatorComparison> second) {
		List<IndicatorComparison> all = new ArrayList<>(first);
		all.addAll(second);
		return Collections.unmodifiableList(all);
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
