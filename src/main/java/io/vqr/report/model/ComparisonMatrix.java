package io.vqr.report.model;

import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;

/**
 * Groups side by side: one row per indicator, one column per group (city or 办学类型) and the
 * province last, with the province's change on last year: what an official reads to
 * compare cities, instead of one table per city.
 *
 * @param columns group names, in order
 * @param schools schools with data per column
 * @param rows one per indicator, in catalogue order
 */
public record ComparisonMatrix(List<String> columns, List<Integer> schools, List<Row> rows) {

	public ComparisonMatrix {
		columns = List.copyOf(columns);
		schools = List.copyOf(schools);
		rows = List.copyOf(rows);
	}

	/**
	 * One indicator across the groups.
	 *
	 * @param name indicator name
	 * @param unit its unit
	 * @param cells the groups' values in Y as printed
	 * @param provinceText the province's value in Y
	 * @param provinceChangeText the province's change on Y-1
	 */
	public record Row(String name, String unit, List<String> cells, String provinceText, String provinceChangeText) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * The groups in tables of at most {@code maxColumns} groups, each with the province.
	 */
	public static List<ComparisonMatrix> of(List<GroupIndicators> groups, GroupIndicators province, int maxColumns) {
		List<ComparisonMatrix> tables = new ArrayList<>();
		int count = groups.size();
		int tablesNeeded = Math.max(1, (count + maxColumns - 1) / maxColumns);
		// even tables: 14 cities as 7 + 7, not 7 + 7 + 0 or 8 + 6
		int perTable = (count + tablesNeeded - 1) / tablesNeeded;
		for (int from = 0; from < count || tables.isEmpty(); from += Math.max(perTable, 1)) {
			tables.add(table(groups.subList(Math.min(from, count), Math.min(from + perTable, count)), province));
			if (count == 0) {
				break;
			}
		}
		return tables;
	}

	private static ComparisonMatrix table(List<GroupIndicators> groups, GroupIndicators province) {
		List<Row> rows = new ArrayList<>();
		for (Indicator indicator : IndicatorCatalog.all()) {
			if (province.indicator(indicator) == null
					&& groups.stream().allMatch((group) -> group.indicator(indicator) == null)) {
				// not an indicator of the year (a v2 one in a v1 year): no row at all
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (GroupIndicators group : groups) {
				IndicatorComparison comparison = group.indicator(indicator);
				cells.add((comparison != null) ? comparison.currentText() : ReportFormats.EMPTY);
			}
			IndicatorComparison whole = province.indicator(indicator);
			rows.add(new Row(indicator.title(), indicator.unit(), cells,
					(whole != null) ? whole.currentText() : ReportFormats.EMPTY,
					(whole != null) ? whole.changeText() : ReportFormats.EMPTY));
		}
		return new ComparisonMatrix(groups.stream().map(GroupIndicators::name).toList(),
				groups.stream().map(GroupIndicators::schools).toList(), rows);
	}

}
