package io.vqr.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.TemplateFileException;
import io.vqr.report.model.CityIndicatorRow;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.CitySchoolRow;
import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.NotAcceptedSchool;
import io.vqr.report.model.SchoolStatus;
import io.vqr.report.model.WarningEntry;

/**
 * The tables of a city report's workbook (中职地市级年报), one per sheet of the template's
 * {@code city.sheets}, in the template's order. The sheet of schools has every indicator
 * of the catalogue as a column, so indicators added to the catalogue appear in it.
 */
final class CitySheets {

	/** The sheet keys the template may list under {@code city.sheets}. */
	static final Set<String> KEYS = Set.of("status", "not_accepted", "indicators", "schools", "warnings");

	/** The sheets a city without any approved figures keeps: its status. */
	static final Set<String> STATUS_KEYS = Set.of("status", "not_accepted");

	private final WorkbookTemplate template;

	private final CityReport report;

	private final Tables tables;

	CitySheets(WorkbookTemplate template, CityReport report) {
		this.template = template;
		this.report = report;
		String province = (report.provinceName() != null) ? report.provinceName() : "";
		this.tables = new Tables(template,
				Placeholders.of(Map.of("city", report.cityName(), "school", report.cityName(), "province", province,
						"year", Integer.toString(report.year()), "prev", Integer.toString(report.previousYear()))));
	}

	CoverSheet cover() {
		SheetText text = this.template.city().cover();
		Placeholders values = this.tables.values();
		List<String[]> facts = List.of(
				new String[] { text.label("province", values),
						(this.report.provinceName() != null) ? this.report.provinceName() : "" },
				new String[] { text.label("generated", values), this.report.generatedOnText() },
				new String[] { text.label("data_as_of", values), this.report.dataAsOfText() },
				new String[] { text.label("schools", values), Integer.toString(this.report.city().schools()) });
		return new CoverSheet(text.name(values), text.title(values), facts, this.template.coverColumns());
	}

	List<SheetTable> tables() {
		List<SheetTable> tables = new ArrayList<>();
		for (SheetText sheet : this.template.city().sheets()) {
			if (this.report.figuresAvailable() || STATUS_KEYS.contains(sheet.key())) {
				tables.add(table(sheet));
			}
		}
		return tables;
	}

	private SheetTable table(SheetText text) {
		return switch (text.key()) {
			case "status" -> status(text);
			case "not_accepted" -> notAccepted(text);
			case "indicators" -> indicators(text);
			case "schools" -> schools(text);
			case "warnings" -> warnings(text);
			default -> throw new TemplateFileException(text.source() + "：" + text.path() + " 的 key 不是程序认识的工作表代号");
		};
	}

	private SheetTable status(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text, List.of(t.textColumn(text, "code"), t.textColumn(text, "name"),
				t.textColumn(text, "state"), t.textColumn(text, "review")));
		for (SchoolStatus school : this.report.submissions().schools()) {
			table.row(Entry.text(school.schoolCode()), Entry.text(school.schoolName()), Entry.text(school.stateText()),
					Entry.text(school.reviewStateText()));
		}
		return table.filtered();
	}

	private SheetTable notAccepted(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text, List.of(t.textColumn(text, "code"), t.textColumn(text, "name"),
				t.textColumn(text, "state"), t.textColumn(text, "reason")));
		List<NotAcceptedSchool> schools = this.report.submissions().notAccepted();
		for (NotAcceptedSchool school : schools) {
			table.row(Entry.text(school.schoolCode()), Entry.text(school.schoolName()),
					Entry.text(school.state().label()), Entry.text(school.reason()));
		}
		if (schools.isEmpty()) {
			table.note(text.label("none", t.values()));
		}
		return table;
	}

	/**
	 * {@code 指标 | 单位 | Y-1 | Y | 变化 | 全省中职 | 与全省比较}; when the city's schools differ
	 * between the years the change is over the schools present in both (a value, said in
	 * a note), as in the provincial workbook.
	 */
	private SheetTable indicators(SheetText text) {
		Tables t = this.tables;
		List<Column> columns = new ArrayList<>(t.indicatorColumns());
		columns.add(t.column(text, "province", ValueFormat.DECIMAL));
		columns.add(t.textColumn(text, "gap"));
		SheetTable table = t.table(text, columns);
		boolean sameSchools = this.report.city().sameSchools() == null;
		for (CityIndicatorRow row : this.report.rows()) {
			List<Entry> entries = new ArrayList<>(t.indicatorRow(row.city()));
			if (!sameSchools) {
				entries.set(4, ProvinceSheets.sameSchoolsChange(row.city()));
			}
			entries.add(Entry.number(row.province().current().value(), Tables.format(row.indicator())));
			entries.add(Entry.text(row.gapText()));
			table.row(entries);
		}
		table.note(text.label("note", t.values()));
		if (!sameSchools) {
			table.note(this.report.city().yearOverYearNote());
		}
		return table.note(this.report.city().incomeNote());
	}

	/** One row per school, every indicator of the year's catalogue a column. */
	private SheetTable schools(SheetText text) {
		Tables t = this.tables;
		List<Column> columns = new ArrayList<>(List.of(t.textColumn(text, "code"), t.textColumn(text, "name"),
				t.textColumn(text, "ownership"), t.textColumn(text, "review")));
		List<Indicator> indicators = IndicatorCatalog.forYear(this.report.year());
		for (Indicator indicator : indicators) {
			String header = indicator.title() + (indicator.isRate() ? "" : "（" + indicator.unit() + "）");
			columns.add(new Column(header, Tables.format(indicator)));
		}
		columns.add(t.column(text, "warnings", ValueFormat.COUNT));
		SheetTable table = t.table(text, columns);
		for (CitySchoolRow school : this.report.schools()) {
			List<Entry> entries = new ArrayList<>(List.of(Entry.text(school.schoolCode()),
					Entry.text(school.schoolName()), Entry.text((school.ownership() != null) ? school.ownership() : ""),
					Entry.text(school.reviewState().label())));
			for (IndicatorValue value : school.allValues()) {
				entries.add(Entry.number(value.value(), Tables.format(value.indicator())));
			}
			entries.add(Entry.number(school.warnings()));
			table.row(entries);
		}
		return table.filtered();
	}

	private SheetTable warnings(SheetText text) {
		Tables t = this.tables;
		SheetTable table = t.table(text,
				List.of(t.textColumn(text, "code"), t.textColumn(text, "name"), t.textColumn(text, "indicator"),
						t.column(text, "value", ValueFormat.DECIMAL), t.textColumn(text, "threshold")));
		for (WarningEntry warning : this.report.warnings()) {
			table.row(Entry.text(warning.schoolCode()), Entry.text(warning.schoolName()),
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
