package io.vqr.report.pdf;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.Title;

/**
 * Sizes a chart to what it shows: a horizontal bar or box chart gets a label column wide
 * enough for its longest category name (up to {@value #MAX_LABEL_CHARS} characters on a
 * line, two lines at most) and a height of one band per bar that holds its label, so that
 * labels never overlap each other or the bars. Other charts keep the default height.
 */
final class ChartFit {

	/** Characters of a category label on one line before it wraps. */
	static final int MAX_LABEL_CHARS = 16;

	/** Width of one CJK character of the 8.5pt tick labels, in points. */
	private static final double CHAR_WIDTH = 8.8;

	/** Height of one line of tick label, in points. */
	private static final double LINE_HEIGHT = 11;

	/** Title, value axis, padding and legend or subtitle, in points. */
	private static final double FRAME_HEIGHT = 52;

	private static final double TITLE_HEIGHT = 14;

	private static final double MIN_HEIGHT = 110;

	private ChartFit() {
	}

	/**
	 * Fits the chart's category labels to {@code widthPoints} and returns the height in
	 * points it needs, or {@code defaultHeight} when its height does not depend on its
	 * content (vertical bars, pies).
	 */
	static double fit(JFreeChart chart, double widthPoints, double defaultHeight) {
		if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getOrientation() != PlotOrientation.HORIZONTAL) {
			return defaultHeight;
		}
		int bars = plot.getDataset().getColumnCount();
		int longest = 0;
		for (Object key : plot.getDataset().getColumnKeys()) {
			longest = Math.max(longest, key.toString().length());
		}
		int lines = (longest > MAX_LABEL_CHARS) ? 2 : 1;
		double labelWidth = Math.min(longest, MAX_LABEL_CHARS) * CHAR_WIDTH + 6;
		CategoryAxis axis = plot.getDomainAxis();
		// the ratio is taken of the data area, which is what is left beside the labels
		double dataWidth = Math.max(widthPoints - labelWidth - 24, 60);
		axis.setMaximumCategoryLabelWidthRatio((float) (labelWidth / dataWidth));
		axis.setMaximumCategoryLabelLines(2);
		double band = lines * LINE_HEIGHT + 5;
		double margins = 1 - axis.getLowerMargin() - axis.getUpperMargin();
		double height = FRAME_HEIGHT + bars * band / margins;
		for (int i = 0; i < chart.getSubtitleCount(); i++) {
			Title subtitle = chart.getSubtitle(i);
			if (subtitle.isVisible()) {
				height += TITLE_HEIGHT;
			}
		}
		return Math.max(MIN_HEIGHT, height);
	}

}
