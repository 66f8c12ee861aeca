package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, case 13: packages written by other tools than Excel that POI reads, and so
 * must we: content types under a lower-case name with {@code \} in the entry names (zip
 * tools on Windows), no styles part, and neither styles nor shared strings.
 */
class UnusualPackagesTest {

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

	@TempDir
	Path dir;

	@Test
	void lowerCaseContentTypesAndBackslashesInEntryNames() throws Exception {
		Path file = write("backslash.xlsx", parts(true, true), true);

		assertReadAlikeByPoiAndUs(file);
	}

	@Test
	void noStyles() throws Exception {
		Path file = write("nostyles.xlsx", parts(false, true), false);

		assertReadAlikeByPoiAndUs(file);
	}

	@Test
	void neitherStylesNorSharedStrings() throws Exception {
		Path file = write("bare.xlsx", parts(false, false), false);

		assertReadAlikeByPoiAndUs(file);
	}

	private void assertReadAlikeByPoiAndUs(Path file) throws Exception {
		// From a stream: opened from its file, POI would write the file back on close.
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook poi = new XSSFWorkbook(in)) {
			DataFormatter formatter = new DataFormatter();
			assertThat(formatter.formatCellValue(poi.getSheet("基本信息").getRow(0).getCell(1))).isEqualTo("4401012345");
			assertThat(formatter.formatCellValue(poi.getSheet("基本信息").getRow(1).getCell(1))).isEqualTo("某某职业学校");
		}

		List<RawRow> rows = WorkbookFixtures.readAll(file, ReadLimits.defaults()).get("基本信息");

		assertThat(WorkbookFixtures.cell(rows, 1, 0).text()).isEqualTo("学校代码");
		assertThat(WorkbookFixtures.cell(rows, 1, 1).text()).isEqualTo("4401012345");
		assertThat(WorkbookFixtures.cell(rows, 2, 1).text()).isEqualTo("某某职业学校");
		assertThat(WorkbookFixtures.cell(rows, 3, 1).text()).isEqualTo("120");
	}

	/** Part name → content, as a minimal SpreadsheetML writer lays them out. */
	private static Map<String, String> parts(boolean styles, boolean sharedStrings) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ (styles
						? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
						: "")
				+ (sharedStrings
						? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
						: "")
				+ "</Types>");
		parts.put("_rels/.rels",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PACKAGE_REL_NS
						+ "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
						+ "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		parts.put("xl/workbook.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
						+ "\"><sheets><sheet name=\"基本信息\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
				+ PACKAGE_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
				+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ (styles ? "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>" : "")
				+ (sharedStrings ? "<Relationship Id=\"rId3\" Type=\"" + REL_NS
						+ "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
				+ "</Relationships>");
		String code = sharedStrings ? "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
				: "<c r=\"A1\" t=\"inlineStr\"><is><t>学校代码</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>4401012345</t></is></c>";
		String style = styles ? " s=\"1\"" : "";
		parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS
				+ "\"><sheetData><row r=\"1\">" + code + "</row><row r=\"2\">"
				+ "<c r=\"A2\" t=\"inlineStr\"><is><t>学校名称</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>某某职业学校</t></is></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>专任教师</t></is></c><c r=\"B3\"" + style
				+ "><v>120</v></c></row></sheetData></worksheet>");
		if (styles) {
			parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS
					+ "\">" + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
					+ "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
					+ "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
					+ "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"1\" applyNumberFormat=\"1\"/></cellXfs>"
					+ "</styleSheet>");
		}
		if (sharedStrings) {
			parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS
					+ "\" count=\"2\" uniqueCount=\"2\"><si><t>学校代码</t></si><si><t>4401012345</t></si></sst>");
		}
		return parts;
	}

	/**
	 * Zips the parts; {@code windowsNames}: the entry names use {@code \} and the content
	 * types are stored as {@code [content_types].xml}.
	 */
	private Path write(String name, Map<String, String> parts, boolean windowsNames) throws IOException {
		Path file = this.dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				String entryName = windowsNames ? part.getKey().replace('/', '\\') : part.getKey();
				if (windowsNames && entryName.equals("[Content_Types].xml")) {
					entryName = "[content_types].xml";
				}
				zip.putNextEntry(new ZipEntry(entryName));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

}
