package io.vqr.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.TemplateFileException;
import io.vqr.report.model.GroupIndicators;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.NotAcceptedSchool;
import io.vqr.report.model.ProvincialCover;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.Ranking;
import io.vqr.report.model.RankingRow;
import io.vqr.report.model.SpreadRow;
import io.vqr.report.model.StatusCount;
import io.vqr.report.model.WarningEntry;

/**
 * The tables of the provincial report's workbook, one per sheet of the template's
 * {@code province.sheets} (the {@code rankings} entry gives one sheet per ranking), in
 * the template's order.
 */
final class ProvinceSheets {

	/** The sheet keys the template may list under {@code province.sheets}. */
	static final Set<String> KEYS = Set.of("status_by_type", "status_by_city", "not_accepted", "indicators_by_type",
			"indicators_by_city", "spread", "rankings", "warnings", "industries", "regions");

	/**
	 * The sheets a year without any approved figures keeps: its submission status
	 * (review-workflow.md).
	 */
	static final Set<String> STATUS_KEYS = Set.of("status_by_type", "status_by_city", "not_accepted");

	/** Columns of the indicator table after the group columns: Y-1, Y. */
	private static final int PREVIOUS_COLUMN = 4;

	private static final int CURRENT_COLUMN = 5;

	private final WorkbookTemplate template;

	private final ProvincialReport report;

	private final Tables tables;

	ProvinceSheets(WorkbookTemplate template, ProvincialReport report) {
		this.template = template;
		this.report = report;
		ProvincialCover cover = report.cover();
		String province = (cover.provinceName() != null) ? cover.provinceName() : "";
		this.tables = new Tables(template, Placeholders.of(Map.of("school", province, "province", province, "year",
				Integer.toString(report.year()), "prev", Integer.toString(report.previousYear()))));
	}

	CoverSheet cover() {
		SheetText text = this.template.province().cover();
		Placeholders values = this.tables.values();
		ProvincialCover cover = this.report.cover();
		List<String[]> facts = List.of(new String[] { text.label("generated", values), cover.generatedOnText() },
				new String[] { text.label("data_as_of", values), cover.dataAsOfText() },
				new String[] { text.label("schools", values), Integer.toString(cover.schoolsWithData()) });
		return new CoverSheet(text.name(values), text.title(values), facts, this.template.coverColumns());
	}

	List<SheetTable> tables() {
		List<SheetTable> tables = new ArrayList<>();
		for (SheetText sheet : this.template.province().sheets()) {
			if (!this.report.figuresAvailable() && !STATUS_KEYS.contains(sheet.key())) {
				continue;
			}
			if ("rankings".equals(sheet.key())) {
				for (Ranking ranking : this.report.rankings()) {
					tables.add(ranking(sheet, ranking));
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
			case "status_by_type" -> status(text, this.report.submissions().byType());
			case "status_by_city" -> status(text, this.report.submissions().byCity());
			case "not_accepted" -> notAccepted(text);
			case "indicators_by_type" -> groups(text, this.report.byType());
			case "indicators_by_city" -> groups(text, this.report.byCity());
			case "spread" -> spread(text);
			case "warnings" -> warnings(text);
			case "industries" ->
				this.tables.distribution(text, this.report.employmentByIndustry(), ChartSpec.ChartType.BAR, "chart");
			case "regions" ->
				this.tables.distribution(text, this.report.employmentByRegion(), ChartSpec.ChartType.PIE, "chart");
			default -> throw new TemplateFileException(text.source() + "：" + text.path() + " 的 key 不是程序认识的工作表代号");
		};
	}

	/**
	 * Counts by group; the totals row sums them and its 通过率 is the summed accepted over
	 * the summed expected.
	 */
	private SheetTable status(SheetText text, List<StatusCount> counts) {
		Tables t = this.tables;
		SheetTable table = t.table(text, List.of(t.textColumn(text, "group"),
				t.column(text, "expected", ValueFormat.COUNT), t.column(text, "accepted", ValueFormat.COUNT),
				t.column(text, "warnings", ValueFormat.COUNT), t.column(text, "accepted_total", ValueFormat.COUNT),
				t.column(text, "rejected", ValueFormat.COUNT), t.column(text, "not_submitted", ValueFormat.COUNT),
				t.column(text, "accepted_share", ValueFormat.RATE)));
		for (StatusCount count : counts) {
			table.row(Entry.text(count.group()), Entry.number(count.expected()), Entry.number(count.accepted()),
					Entry.number(count.acceptedWithWarnings()), Entry.number(count.acceptedTotal()),
					Entry.number(count.rejected()), Entry.number(count.notSubmitted()),
					Entry.number(count.acceptedShare()));
		}
		return table.totals(t.totals(), List.of(TotalRule.sum(), TotalRule.sum(), TotalRule.sum(), TotalRule.sum(),
				TotalRule.sum(), TotalRule.sum(), TotalRule.pooledRate(4, 1)));
	}

	private SheetTable notAccepted(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "code"), t.textColumn(text, "name"), t.textColumn(text, "type"),
						t.textColumn(text, "city"), t.textColumn(text, "state"), t.textColumn(text, "reason")));
		List<NotAcceptedSchool> schools = this.report.submissions().notAccepted();
		for (NotAcceptedSchool school : schools) {
			table.row(Entry.text(school.schoolCode()), Entry.text(school.schoolName()), Entry.text(school.schoolType()),
					Entry.text(school.cityName()), Entry.text(school.state().label()), Entry.text(school.reason()));
		}
		if (schools.isEmpty()) {
			table.note(text.label("none", t.values()));
		}
		return table.filtered();
	}

	/**
	 * Long format, one row per group and indicator, the province first: filterable by
	 * group or by indicator, and every value keeps its own format.
	 */
	private SheetTable groups(SheetText text, List<GroupIndicators> groups) {
		Tables t = this.tables;
		List<Column> columns = new ArrayList<>();
		columns.add(t.textColumn(text, "group"));
		columns.add(t.column(text, "schools", ValueFormat.COUNT));
		columns.addAll(t.indicatorColumns());
		SheetTable table = t.table(text, columns);
		List<GroupIndicators> all = new ArrayList<>();
		all.add(this.report.province());
		all.addAll(groups);
		for (GroupIndicators group : all) {
			for (IndicatorComparison comparison : group.indicators()) {
				Indicator indicator = comparison.indicator();
				ValueFormat format = Tables.format(indicator);
				table.row(Entry.text(group.name()), Entry.number(group.schools()), Entry.text(indicator.title()),
						Entry.text(indicator.unit()), Entry.number(comparison.previous().value(), format),
						Entry.number(comparison.current().value(), format), (group.yearOverYearNote() == null)
								? t.change(indicator, PREVIOUS_COLUMN, CURRENT_COLUMN) : sameSchoolsChange(comparison));
			}
		}
		table.filtered().note(text.label("note", t.values()));
		for (GroupIndicators group : all) {
			if (group.yearOverYearNote() != null) {
				table.note(group.name() + "：" + group.yearOverYearNote());
			}
		}
		return table.note(this.report.province().incomeNote());
	}

	/**
	 * The change of a group whose schools differ between the years: over the schools
	 * present in both, so not the difference of the two columns (said in a note).
	 */
	static Entry sameSchoolsChange(IndicatorComparison comparison) {
		Double change = comparison.change();
		if (comparison.indicator().kind().changesInPoints()) {
			return Entry.number((change == null) ? null : Math.round(change * 10) / 10.0, ValueFormat.POINTS);
		}
		return Entry.number((change == null) ? null : Math.round(change * 10) / 1000.0, ValueFormat.GROWTH);
	}

	private SheetTable spread(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "indicator"), t.column(text, "schools", ValueFormat.COUNT),
						t.column(text, "min", ValueFormat.RATE), t.column(text, "p25", ValueFormat.RATE),
						t.column(text, "median", ValueFormat.RATE), t.column(text, "p75", ValueFormat.RATE),
						t.column(text, "max", ValueFormat.RATE), t.column(text, "pooled", ValueFormat.RATE)));
		for (SpreadRow row : this.report.spreads()) {
			ValueFormat format = Tables.format(row.indicator());
			table.row(Entry.text(row.indicator().title()), Entry.number(row.schools()), Entry.number(row.min(), format),
					Entry.number(row.p25(), format), Entry.number(row.median(), format),
					Entry.number(row.p75(), format), Entry.number(row.max(), format),
					Entry.number(row.pooled(), format));
		}
		if (!this.report.spreads().isEmpty()) {
			table.chart(new ChartSpec(ChartSpec.ChartType.COLUMN, text.chart("chart", t.values()), 0,
					List.of(2, 3, 4, 5, 6)));
		}
		return table;
	}

	private SheetTable ranking(SheetText text, Ranking ranking) {
		Tables t = this.tables;
		Indicator indicator = ranking.indicator();
		Placeholders values = t.values().with("indicator", indicator.title());
		SheetTable table = new SheetTable(text.name(values), text.title(values),
				List.of(new Column(text.column("rank", values), ValueFormat.COUNT),
						Column.text(text.column("code", values)), Column.text(text.column("name", values)),
						Column.text(text.column("type", values)), Column.text(text.column("city", values)),
						new Column(text.column("value", values), Tables.format(indicator))));
		for (RankingRow row : ranking.rows()) {
			table.row(Entry.number(row.rank()), Entry.text(row.schoolCode()), Entry.text(row.schoolName()),
					Entry.text(row.schoolType()), Entry.text(row.cityName()), Entry.number(row.value().value()));
		}
		return table.filtered();
	}

	private SheetTable warnings(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "code"), t.textColumn(text, "name"), t.textColumn(text, "type"),
						t.textColumn(text, "city"), t.textColumn(text, "indicator"),
						t.column(text, "value", ValueFormat.DECIMAL), t.textColumn(text, "threshold")));
		for (WarningEntry warning : this.report.warnings()) {
			table.row(Entry.text(warning.schoolCode()), Entry.text(warning.schoolName()),
					Entry.text(warning.schoolType()), Entry.text(warning.cityName()),
					Entry.text(warning.check().name()),
					Entry.number(warning.check().value().value(), Tables.format(warning.check().indicator())),
					Entry.text(warning.check().thresholdText()));
		}
		if (this.report.warnings().isEmpty()) {
			table.note(text.label("none", t.values()));
		}
		return table.filtered();
	}

}
