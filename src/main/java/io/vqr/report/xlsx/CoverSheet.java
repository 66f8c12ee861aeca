package io.vqr.report.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * What the first sheet (目录) shows: the report title, a few facts about the report
 * (province, date, data version) and the headers of the list of sheets.
 *
 * @param sheetName the name of the cover sheet
 * @param title the title in its first row
 * @param facts label and value pairs under the title
 * @param columns the three headers of the list of sheets (number, sheet, content)
 */
record CoverSheet(String sheetName, String title, List<String[]> facts, List<String> columns) {

	CoverSheet {
		facts = List.copyOf(new ArrayList<>(facts));
		columns = List.copyOf(columns);
		if (columns.size() != 3) {
			throw new IllegalArgumentException("the list of sheets has three columns, got " + columns);
		}
	}

}
