package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A light first pass over a worksheet part, needed because {@code <mergeCells>} follows
 * {@code <sheetData>} in the XML while the rows must be delivered with their merged
 * values. It keeps only the merged regions, counts the rows that hold a value (to refuse
 * an oversized sheet before any row is delivered) and, by reading through the zip-bomb
 * guard, checks what the part really inflates to.
 */
final class WorksheetPrescan {

	private WorksheetPrescan() {
	}

	static List<MergedRegion> mergedRegions(InputStream worksheet, String sheetName, int maxRows)
			throws WorkbookException, IOException {
		List<MergedRegion> regions = new ArrayList<>();
		int rowsWithValues = 0;
		boolean inRow = false;
		boolean rowHasValue = false;
		try {
			XMLStreamReader xml = XmlParsing.reader(worksheet);
			try {
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if (inRow) {
							rowHasValue |= name.equals("v") || name.equals("is") || name.equals("f");
						}
						else if (name.equals("row")) {
							inRow = true;
							rowHasValue = false;
						}
						else if (name.equals("mergeCell")) {
							MergedRegion.parse(xml.getAttributeValue(null, "ref")).ifPresent(regions::add);
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT && inRow && xml.getLocalName().equals("row")) {
						inRow = false;
						if (rowHasValue && ++rowsWithValues > maxRows) {
							throw SheetRowEmitter.tooManyRows(sheetName, maxRows);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw XmlParsing.failure(ex);
		}
		return regions;
	}

}
