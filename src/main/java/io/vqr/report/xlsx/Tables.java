package io.vqr.report.xlsx;

import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Indicator;
import io.vqr.report.model.ChartPoint;
import io.vqr.report.model.ChartSeries;
import io.vqr.report.model.IndicatorComparison;
import org.apache.poi.ss.util.CellReference;

/**
 * The table shapes both reports share, built from template text: the indicator table
 * ({@code 指标 | 单位 | Y-1 | Y | 变化}) and the distribution table ({@code 类别 | 人数 | 占比}, with
 * a chart).
 */
final class Tables {

	private static final int PREVIOUS_COLUMN = 2;

	private static final int CURRENT_COLUMN = 3;

	private final WorkbookTemplate template;

	private final Placeholders values;

	Tables(WorkbookTemplate template, Placeholders values) {
		this.template = template;
		this.values = values;
	}

	Placeholders values() {
		return this.values;
	}

	String totals() {
		return this.template.totalsLabel();
	}

	String missing() {
		return this.template.look().missing();
	}

	SheetTable table(SheetText text, List<Column> columns) {
		return new SheetTable(text.name(this.values), text.title(this.values), columns);
	}

	String column(SheetText text, String key) {
		return text.column(key, this.values);
	}

	Column textColumn(SheetText text, String key) {
		return Column.text(column(text, key));
	}

	Column column(SheetText text, String key, ValueFormat format) {
		return new Column(column(text, key), format);
	}

	/**
	 * {@code 指标 | 单位 | Y-1 | Y | 变化}, each value in its indicator's format; the change is
	 * a formula of the row's two values (percentage points for rates, percent otherwise),
	 * rounded as the PDF rounds it.
	 */
	SheetTable indicators(SheetText text, List<IndicatorComparison> comparisons) {
		return indicators(text, comparisons, List.of(), comparisons.stream().map((c) -> List.<Entry>of()).toList());
	}

	/**
	 * The indicator table with further columns after the change; {@code extra} gives the
	 * further entries of each row.
	 */
	SheetTable indicators(SheetText text, List<IndicatorComparison> comparisons, List<Column> extraColumns,
			List<List<Entry>> extra) {
		List<Column> columns = new ArrayList<>(indicatorColumns());
		columns.addAll(extraColumns);
		SheetTable table = table(text, columns);
		for (int i = 0; i < comparisons.size(); i++) {
			List<Entry> row = new ArrayList<>(indicatorRow(comparisons.get(i)));
			row.addAll(extra.get(i));
			table.row(row);
		}
		return table;
	}

	List<Column> indicatorColumns() {
		return List.of(Column.text(this.template.indicatorColumn("indicator", this.values)),
				Column.text(this.template.indicatorColumn("unit", this.values)),
				new Column(this.template.indicatorColumn("previous", this.values), ValueFormat.DECIMAL),
				new Column(this.template.indicatorColumn("current", this.values), ValueFormat.DECIMAL),
				new Column(this.template.indicatorColumn("change", this.values), ValueFormat.POINTS));
	}

	List<Entry> indicatorRow(IndicatorComparison comparison) {
		Indicator indicator = comparison.indicator();
		ValueFormat format = format(indicator);
		return List.of(Entry.text(indicator.title()), Entry.text(indicator.unit()),
				Entry.number(comparison.previous().value(), format), Entry.number(comparison.current().value(), format),
				change(indicator, PREVIOUS_COLUMN, CURRENT_COLUMN));
	}

	/**
	 * The change from the value in one column to the value in another of the same row,
	 * both rounded as their format shows them; the dash when either is missing (or, for
	 * percent, the earlier one is 0).
	 */
	Entry change(Indicator indicator, int previousColumn, int currentColumn) {
		String before = CellReference.convertNumToColString(previousColumn) + "#";
		String after = CellReference.convertNumToColString(currentColumn) + "#";
		String dash = quoted(missing());
		String both = "AND(ISNUMBER(" + before + "),ISNUMBER(" + after + "))";
		// from the values as shown, so that the change is their difference
		int digits = indicator.isRate() ? indicator.decimals() + 2 : indicator.decimals();
		String shownBefore = "ROUND(" + before + "," + digits + ")";
		String shownAfter = "ROUND(" + after + "," + digits + ")";
		if (indicator.kind().changesInPoints()) {
			return Entry.formula("IF(" + both + ",ROUND((" + shownAfter + "-" + shownBefore + ")*100,1)," + dash + ")",
					ValueFormat.POINTS);
		}
		return Entry.formula("IF(" + both + ",IF(" + shownBefore + "=0," + dash + ",ROUND((" + shownAfter + "-"
				+ shownBefore + ")/ABS(" + shownBefore + "),3))," + dash + ")", ValueFormat.GROWTH);
	}

	/**
	 * {@code 类别 | 人数 | 占比} from a chart series of counts, with a SUM totals row and a
	 * chart of the counts when {@code chart} is given.
	 */
	SheetTable distribution(SheetText text, ChartSeries series, ChartSpec.ChartType chart, String chartKey) {
		SheetTable table = table(text, List.of(textColumn(text, "name"), column(text, "count", ValueFormat.COUNT),
				column(text, "share", ValueFormat.RATE)));
		double total = series.total();
		for (ChartPoint point : series.points()) {
			table.row(Entry.text(point.label()), Entry.number(point.value()),
					Entry.number((total == 0) ? null : point.value() / total));
		}
		// The share total is the summed counts over themselves: 100%, or the dash when
		// empty.
		table.totals(totals(), List.of(TotalRule.sum(), TotalRule.pooledRate(1, 1)));
		if (chart != null && !series.isEmpty()) {
			table.chart(new ChartSpec(chart, text.chart(chartKey, this.values), 0, List.of(1)));
		}
		return table;
	}

	/** Text as a string literal of a formula. */
	static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** How an indicator's values are shown. */
	static ValueFormat format(Indicator indicator) {
		return switch (indicator.kind()) {
			case RATE -> ValueFormat.RATE;
			case COUNT -> ValueFormat.COUNT;
			case RATIO -> ValueFormat.RATIO;
			case AMOUNT -> switch (indicator.decimals()) {
				case 0 -> ValueFormat.WHOLE_AMOUNT;
				case 1 -> ValueFormat.DECIMAL;
				default -> ValueFormat.AMOUNT;
			};
		};
	}

}
