package io.vqr.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vqr.report.model.ChartPoint;
import io.vqr.report.model.ChartSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * The charts of the reports, in one look: the embedded font, one palette in a fixed order
 * (so that a category keeps its colour from chart to chart), white background, no
 * gradients or shadows, values written on bars and slices. Rates are given as fractions
 * and drawn as percentages.
 */
public final class ReportCharts {

	/** Unit of rates: values are fractions, drawn as percentages. */
	public static final String RATE_UNIT = "%";

	static final Color[] PALETTE = { new Color(0x1F4E79), new Color(0x2E86AB), new Color(0xF18F01), new Color(0x3B8B5A),
			new Color(0xC73E1D), new Color(0x6C5B7B), new Color(0x5DA9E9), new Color(0xE0B04B), new Color(0x8C564B),
			new Color(0x9AA5B1) };

	private static final Color TEXT = new Color(0x333333);

	private static final Color GRID = new Color(0xD9D9D9);

	private static final float LABEL_SIZE = 8.5f;

	private final ReportFonts fonts;

	public ReportCharts(ReportFonts fonts) {
		this.fonts = fonts;
	}

	/** A model series as a pie; points with value 0 are left out. */
	public JFreeChart pie(ChartSeries series) {
		return pie(series.title(), series.unit(), values(series));
	}

	/** A model series as bars; points with value 0 are left out. */
	public JFreeChart bars(ChartSeries series, boolean horizontal) {
		return bars(series.title(), series.unit(), values(series), horizontal);
	}

	private static Map<String, Double> values(ChartSeries series) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (ChartPoint point : series.points()) {
			if (point.value() != 0) {
				values.merge(point.label(), point.value(), Double::sum);
			}
		}
		return values;
	}

	/** Shares of a whole, e.g. graduates by destination. */
	public JFreeChart pie(String title, String unit, Map<String, ? extends Number> slices) {
		DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
		slices.forEach(dataset::setValue);
		PiePlot<String> plot = new PiePlot<>(dataset);
		int i = 0;
		for (String key : slices.keySet()) {
			plot.setSectionPaint(key, PALETTE[i++ % PALETTE.length]);
		}
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setShadowPaint(null);
		plot.setDefaultSectionOutlinePaint(Color.WHITE);
		plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
		plot.setSectionOutlinesVisible(true);
		plot.setLabelFont(font(false, LABEL_SIZE));
		plot.setLabelPaint(TEXT);
		plot.setLabelBackgroundPaint(Color.WHITE);
		plot.setLabelOutlinePaint(null);
		plot.setLabelShadowPaint(null);
		plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {1}" + unitSuffix(unit) + "（{2}）",
				NumberFormat.getIntegerInstance(), new DecimalFormat("0.0%")));
		plot.setInteriorGap(0.06);
		plot.setIgnoreZeroValues(true);
		JFreeChart chart = new JFreeChart(title, font(true, 10.5f), plot, false);
		return finish(chart);
	}

	/**
	 * One bar per category, e.g. employment by industry section; horizontal when the
	 * labels are long.
	 */
	public JFreeChart bars(String title, String unit, Map<String, ? extends Number> bars, boolean horizontal) {
		boolean rate = RATE_UNIT.equals(unit);
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		bars.forEach((label, value) -> dataset.addValue(scaled(value, rate), title, label));
		NumberAxis valueAxis = valueAxis(unit, rate);
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, PALETTE[0]);
		renderer.setMaximumBarWidth(horizontal ? 0.08 : 0.09);
		renderer.setItemMargin(0);
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font(false, LABEL_SIZE));
		renderer.setDefaultItemLabelPaint(TEXT);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				rate ? new DecimalFormat("0.0'%'") : new DecimalFormat("#,##0")));
		renderer.setDefaultPositiveItemLabelPosition(
				horizontal ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
						: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(horizontal, bars.size()), valueAxis, renderer);
		plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		styleCategoryPlot(plot);
		valueAxis.setUpperMargin(0.15);
		return finish(new JFreeChart(title, font(true, 10.5f), plot, false));
	}

	/**
	 * Several series side by side per category, e.g. this year against last year, or in
	 * and out of province by city.
	 */
	public JFreeChart groupedBars(String title, String unit, List<String> seriesNames,
			Map<String, ? extends List<? extends Number>> rows) {
		boolean rate = RATE_UNIT.equals(unit);
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		rows.forEach((label, values) -> {
			for (int s = 0; s < seriesNames.size(); s++) {
				dataset.addValue(scaled((s < values.size()) ? values.get(s) : null, rate), seriesNames.get(s), label);
			}
		});
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int s = 0; s < seriesNames.size(); s++) {
			renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
		}
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(0.1);
		NumberAxis valueAxis = valueAxis(unit, rate);
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(false, rows.size()), valueAxis, renderer);
		styleCategoryPlot(plot);
		JFreeChart chart = new JFreeChart(title, font(true, 10.5f), plot, true);
		return finish(chart);
	}

	/**
	 * The spread of a rate across schools: a box from P25 to P75 with the median,
	 * whiskers to the minimum and maximum; one box per rate.
	 */
	public JFreeChart spread(String title, Map<String, Spread> spreads) {
		DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
		spreads.forEach((label, s) -> dataset.add(new BoxAndWhiskerItem(null, pct(s.median()), pct(s.p25()),
				pct(s.p75()), pct(s.min()), pct(s.max()), null, null, List.of()), "各校分布", label));
		BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
		renderer.setSeriesPaint(0, new Color(0xA9CCE3));
		renderer.setSeriesOutlinePaint(0, PALETTE[0]);
		renderer.setDefaultOutlinePaint(PALETTE[0]);
		renderer.setUseOutlinePaintForWhiskers(true);
		renderer.setMeanVisible(false);
		renderer.setMaximumBarWidth(0.12);
		renderer.setWhiskerWidth(0.6);
		NumberAxis valueAxis = valueAxis(RATE_UNIT, true);
		valueAxis.setRange(0, 105);
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(true, spreads.size()), valueAxis, renderer);
		// one row per rate, its name on one line beside the box (a long name under a
		// narrow box was cut)
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		styleCategoryPlot(plot);
		return finish(new JFreeChart(title, font(true, 10.5f), plot, false));
	}

	/**
	 * One bar per group, sorted from best to worst, with a line at the province's value:
	 * e.g. the placement rate of every city against the province's. {@code values} are in
	 * the order to draw (best first); {@code reference} is the province's value,
	 * described under the title as {@code referenceText}.
	 */
	public JFreeChart rankedBars(String title, String unit, Map<String, ? extends Number> values, Double reference,
			String referenceText) {
		boolean rate = RATE_UNIT.equals(unit);
		JFreeChart chart = bars(title, unit, values, true);
		CategoryPlot plot = chart.getCategoryPlot();
		((BarRenderer) plot.getRenderer()).setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				rate ? new DecimalFormat("0.0'%'") : new DecimalFormat("#,##0.#")));
		if (reference != null) {
			ValueMarker marker = new ValueMarker(scaled(reference, rate).doubleValue(), PALETTE[2],
					new BasicStroke(1.2f));
			plot.addRangeMarker(marker, Layer.FOREGROUND);
			TextTitle note = new TextTitle(referenceText, font(false, LABEL_SIZE));
			note.setPaint(PALETTE[2]);
			note.setPadding(new RectangleInsets(0, 0, 4, 0));
			chart.addSubtitle(note);
		}
		return chart;
	}

	/** Minimum, quartiles and maximum of a rate across schools, as fractions. */
	public record Spread(double min, double p25, double median, double p75, double max) {
	}

	private JFreeChart finish(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setBorderVisible(false);
		chart.setPadding(new RectangleInsets(4, 4, 4, 4));
		TextTitle title = chart.getTitle();
		if (title != null) {
			title.setPaint(TEXT);
			title.setPadding(new RectangleInsets(0, 0, 6, 0));
		}
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(font(false, LABEL_SIZE));
			legend.setFrame(BlockBorder.NONE);
			legend.setPosition(RectangleEdge.BOTTOM);
		}
		return chart;
	}

	private void styleCategoryPlot(CategoryPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setDomainGridlinesVisible(false);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
	}

	private CategoryAxis categoryAxis(boolean horizontal, int categories) {
		CategoryAxis axis = new CategoryAxis();
		axis.setTickLabelFont(font(false, LABEL_SIZE));
		axis.setTickLabelPaint(TEXT);
		axis.setAxisLinePaint(GRID);
		axis.setTickMarksVisible(false);
		axis.setMaximumCategoryLabelLines(2);
		axis.setCategoryMargin(0.25);
		if (!horizontal && categories > 6) {
			axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		return axis;
	}

	private NumberAxis valueAxis(String unit, boolean rate) {
		NumberAxis axis = new NumberAxis(unit);
		axis.setLabelFont(font(false, LABEL_SIZE));
		axis.setLabelPaint(TEXT);
		axis.setTickLabelFont(font(false, LABEL_SIZE));
		axis.setTickLabelPaint(TEXT);
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		axis.setNumberFormatOverride(rate ? new DecimalFormat("0'%'") : new DecimalFormat("#,##0"));
		axis.setLabel(null);
		return axis;
	}

	private Font font(boolean bold, float size) {
		return this.fonts.awtFont(bold, size);
	}

	private static String unitSuffix(String unit) {
		return (unit == null || RATE_UNIT.equals(unit)) ? "" : unit;
	}

	private static Number scaled(Number value, boolean rate) {
		if (value == null) {
			return null;
		}
		return rate ? value.doubleValue() * 100 : value;
	}

	private static double pct(double fraction) {
		return fraction * 100;
	}

}
