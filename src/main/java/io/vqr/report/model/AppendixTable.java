package io.vqr.report.model;

import java.util.List;

/**
 * One 附表 of a v2 school report ({@code 指标 | 单位 | Y-1 | Y}), in the PDF and as a sheet of
 * the same name in the workbook.
 *
 * @param key the table's key in the outline (scorecard, resources, international,
 * service, policy)
 * @param number its number, 1 for the first
 * @param title its title from the outline, e.g. 人才培养质量计分卡
 * @param rows its rows, as standard-v2.md lists them
 */
public record AppendixTable(String key, int number, String title, List<FigureRow> rows) {

	public AppendixTable {
		rows = List.copyOf(rows);
	}

	/** {@code 附表1 人才培养质量计分卡}. */
	public String heading() {
		return "附表" + this.number + " " + this.title;
	}

}
