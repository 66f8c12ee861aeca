package io.vqr.workbook;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.vqr.standard.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tag-level pre-scan of worksheet XML: it must find exactly the merged regions an XML
 * parser would, whatever the writer's spelling, and count only rows that hold a value.
 */
class WorksheetPrescanTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	@Test
	void findsMergedRegionsAfterTheRows() throws Exception {
		String xml = HEAD + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>招生情况</t></is></c></row></sheetData>"
				+ "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref='B3:B5' /></mergeCells></worksheet>";

		assertThat(scan(xml, 10)).containsExactly(new MergedRegion(1, 1, 0, 2), new MergedRegion(3, 5, 1, 1));
	}

	@Test
	void acceptsNamespacePrefixesOnElementsAndAttributes() throws Exception {
		String xml = HEAD + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></x:sheetData>"
				+ "<x:mergeCells><x:mergeCell x:ref=\"A1:A2\"></x:mergeCell></x:mergeCells></x:worksheet>";

		assertThat(scan(xml, 10)).containsExactly(new MergedRegion(1, 2, 0, 0));
	}

	@Test
	void neverTakesMarkupInCommentsCdataOrAttributeValuesForTags() throws Exception {
		String xml = HEAD + "<worksheet><!-- <mergeCell ref=\"A1:Z9\"/> -> > --><sheetData>"
				+ "<row r=\"1\" note=\"a > b <mergeCell ref='C1:C9'/>\"><c r=\"A1\"><v>1</v></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"str\"><f><![CDATA[<mergeCell ref=\"D1:D9\"/>]]></f><v>x</v></c></row>"
				+ "</sheetData><mergeCells><mergeCell ref=\"E1:F1\"/></mergeCells></worksheet>";

		assertThat(scan(xml, 10)).containsExactly(new MergedRegion(1, 1, 4, 5));
	}

	@Test
	void passesOverCommentsAndInstructionsHoweverTheyEnd() throws Exception {
		String xml = HEAD + "<worksheet><!----><!-- a - b --- c ---><?vqr <mergeCell ref=\"A1:A9\"/> ??>"
				+ "<sheetData><row/><row r=\"2\"><c r=\"A2\"><v>1</v></c></row></sheetData>"
				+ "<mergeCells><mergeCell ref=\"B2:C2\"/></mergeCells></worksheet>";

		assertThat(scan(xml, 1)).containsExactly(new MergedRegion(2, 2, 1, 2));
		assertThatThrownBy(() -> scan(xml, 0)).isInstanceOf(WorkbookException.class);
	}

	@Test
	void countsOnlyRowsWithAValueAgainstTheLimit() throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int r = 1; r <= 5; r++) {
			rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
		}
		// Formatted but empty rows, self-closing rows and style-only cells do not count.
		rows.append("<row r=\"6\" ht=\"20\" customHeight=\"1\"/><row r=\"7\"><c r=\"A7\" s=\"3\"/></row>");
		String xml = HEAD + "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";

		assertThat(scan(xml, 5)).isEmpty();
		assertThatThrownBy(() -> scan(xml, 4)).isInstanceOfSatisfying(WorkbookException.class,
				(ex) -> assertThat(ex.rule()).isEqualTo(Rule.F_TOO_LARGE));
	}

	@Test
	void findsTagsThatSpanReadBuffers() throws Exception {
		StringBuilder xml = new StringBuilder(HEAD + "<worksheet><sheetData>");
		for (int r = 1; r <= 20_000; r++) {
			xml.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"A")
				.append(r)
				.append("\" t=\"s\"><v>")
				.append(r)
				.append("</v></c></row>");
		}
		xml.append("</sheetData><mergeCells>");
		for (int r = 1; r <= 3_000; r += 3) {
			xml.append("<mergeCell ref=\"B").append(r).append(":C").append(r + 1).append("\"/>");
		}
		xml.append("</mergeCells></worksheet>");

		List<MergedRegion> regions = scanSlowly(xml.toString(), 20_000);

		assertThat(regions).hasSize(1_000);
		assertThat(regions.get(999)).isEqualTo(new MergedRegion(2998, 2999, 1, 2));
		assertThatThrownBy(() -> scanSlowly(xml.toString(), 19_999)).isInstanceOf(WorkbookException.class);
	}

	@Test
	void findsTheFirstTagStartAtEveryOffsetOfAWord() {
		for (int length = 0; length <= 20; length++) {
			for (int at = -1; at < length; at++) {
				byte[] bytes = new byte[length + 3];
				java.util.Arrays.fill(bytes, (byte) '=');
				bytes[0] = '<';
				if (at >= 0) {
					bytes[at + 1] = '<';
					bytes[Math.min(at + 2, length)] = '<';
				}
				// '<' + 1 and others that differ from it in one bit only must not count.
				bytes[length + 1] = (byte) ('<' + 1);
				bytes[length + 2] = '<';
				assertThat(WorksheetPrescan.indexOfTagStart(bytes, 1, length + 1)).as("at %d of %d", at, length)
					.isEqualTo((at >= 0) ? at + 1 : -1);
			}
		}
		byte[] highBytes = "é¼<".getBytes(StandardCharsets.UTF_8);
		assertThat(WorksheetPrescan.indexOfTagStart(highBytes, 0, highBytes.length)).isEqualTo(highBytes.length - 1);
	}

	@Test
	void aPartInMemoryIsScannedFromItsLastMergeCellsTag() throws Exception {
		String rows = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &lt;mergeCells&gt; b</t></is></c></row>"
				+ "</sheetData>";
		String xml = "\uFEFF" + HEAD + "<x:worksheet xmlns:x=\"urn:x\"><x:dimension ref=\"A1:B1\"/>" + rows
				+ "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:B1\"/></x:mergeCells>"
				+ "<x:headerFooter><x:oddHeader>mergeCells&gt;</x:oddHeader></x:headerFooter></x:worksheet>";
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

		assertThat(WorksheetPrescan.hasCommentsOrInstructions(bytes, bytes.length)).isFalse();
		assertThat(WorksheetPrescan.dimensionLastRow(bytes, bytes.length)).isEqualTo(1);
		assertThat(WorksheetPrescan.lastMergeCellsTag(bytes, bytes.length))
			.isEqualTo(xml.indexOf("<x:mergeCells") + (bytes.length - xml.length()));
		assertThat(inMemory(xml)).containsExactly(new MergedRegion(1, 1, 0, 1));
		// No merged cells: nothing to scan.
		String plain = HEAD + "<worksheet>" + rows + "</worksheet>";
		assertThat(WorksheetPrescan.lastMergeCellsTag(plain.getBytes(StandardCharsets.UTF_8), plain.length()))
			.isEqualTo(-1);
		assertThat(inMemory(plain)).isEmpty();
		// The schema puts merged cells after the rows: the search ends at </sheetData>,
		// with or without a prefix, and a tag-like name inside the rows is not taken.
		String beforeRows = HEAD
				+ "<x:worksheet xmlns:x=\"urn:x\"><x:sheetData><x:row r=\"1\"/><x:mergeCells count=\"0\"/>"
				+ "</x:sheetData ><x:pageMargins left=\"0.7\"/></x:worksheet>";
		assertThat(WorksheetPrescan.lastMergeCellsTag(beforeRows.getBytes(StandardCharsets.UTF_8), beforeRows.length()))
			.isEqualTo(-1);
	}

	@Test
	void aPartInMemoryWithCommentsOrInstructionsIsScannedWhole() throws Exception {
		// The last "<mergeCells" is in the comment and would give a region that is not
		// there; the instruction would hide the real one.
		String comment = HEAD + "<worksheet><sheetData/><mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells>"
				+ "<!-- <mergeCells><mergeCell ref=\"Z1:Z9\"/></mergeCells> --></worksheet>";
		String instruction = HEAD + "<worksheet><sheetData/><mergeCells><mergeCell ref=\"B1:B2\"/></mergeCells>"
				+ "<?vqr <mergeCells> ?></worksheet>";
		for (String xml : List.of(comment, instruction)) {
			byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
			assertThat(WorksheetPrescan.hasCommentsOrInstructions(bytes, bytes.length)).as(xml).isTrue();
			assertThat(inMemory(xml)).as(xml).isEqualTo(scan(xml, 10)).hasSize(1);
		}
		byte[] declarationOnly = (HEAD + "<worksheet>!?</worksheet>").getBytes(StandardCharsets.UTF_8);
		assertThat(WorksheetPrescan.hasCommentsOrInstructions(declarationOnly, declarationOnly.length)).isFalse();
	}

	@Test
	void aPartInMemoryIsCountedWholeUnlessItsDimensionIsWithinTheLimit() throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int r = 1; r <= 11; r++) {
			rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
		}
		String tail = "<sheetData>" + rows
				+ "</sheetData><mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>";
		byte[] over = (HEAD + "<worksheet><dimension ref=\"A1:A11\"/>" + tail).getBytes(StandardCharsets.UTF_8);
		byte[] none = (HEAD + "<worksheet>" + tail).getBytes(StandardCharsets.UTF_8);
		for (byte[] part : List.of(over, none)) {
			assertThatThrownBy(() -> WorksheetPrescan.mergedRegions(part, part.length, "Sheet1", 10))
				.isInstanceOfSatisfying(WorkbookException.class,
						(ex) -> assertThat(ex.rule()).isEqualTo(Rule.F_TOO_LARGE));
		}
		// A dimension that understates is believed here; the row emitter counts the rows
		// it delivers.
		byte[] understated = (HEAD + "<worksheet><dimension ref=\"A1:A2\"/>" + tail).getBytes(StandardCharsets.UTF_8);
		assertThat(WorksheetPrescan.mergedRegions(understated, understated.length, "Sheet1", 10))
			.containsExactly(new MergedRegion(1, 2, 0, 0));
	}

	private static List<MergedRegion> scan(String xml, int maxRows) throws Exception {
		List<MergedRegion> regions = WorksheetPrescan
			.mergedRegions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "Sheet1", maxRows);
		// The same part in memory gives the same regions (its rows are counted later).
		assertThat(inMemory(xml)).isEqualTo(regions);
		return regions;
	}

	private static List<MergedRegion> inMemory(String xml) throws Exception {
		byte[] padded = (xml + "   ").getBytes(StandardCharsets.UTF_8);
		return WorksheetPrescan.mergedRegions(padded, padded.length - 3, "Sheet1", Integer.MAX_VALUE);
	}

	/** Delivers the XML in odd-sized pieces, as an inflating stream does. */
	private static List<MergedRegion> scanSlowly(String xml, int maxRows) throws Exception {
		InputStream pieces = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 7_919));
			}
		};
		return WorksheetPrescan.mergedRegions(pieces, "Sheet1", maxRows);
	}

}
