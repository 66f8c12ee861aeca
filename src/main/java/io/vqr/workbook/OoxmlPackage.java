package io.vqr.workbook;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.vqr.standard.Rule;

/**
 * The zip container of an {@code .xlsx}/{@code .xlsm}, checked before any workbook
 * library sees it: it must be an intact zip whose main document is a spreadsheet, and
 * every part must pass the zip-bomb guard. Worksheet parts are only checked when a sheet
 * is read ({@link #openGuarded}), so each is inflated once by the guard.
 */
final class OoxmlPackage implements AutoCloseable {

	private static final String RELATIONSHIPS_NS_SUFFIX = "/officeDocument";

	private static final String CONTENT_TYPE_XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

	private final ZipFile zip;

	private final ZipEntryGuard guard;

	private final Map<String, Relationship> workbookRelationships;

	private OoxmlPackage(ZipFile zip, ZipEntryGuard guard, Map<String, Relationship> workbookRelationships) {
		this.zip = zip;
		this.guard = guard;
		this.workbookRelationships = workbookRelationships;
	}

	static OoxmlPackage open(Path file, ReadLimits limits) throws WorkbookException, IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw WorkbookFiles.corrupt(ex);
		}
		try {
			ZipEntryGuard guard = new ZipEntryGuard(limits);
			checkEntries(zip, guard);
			String workbookPart = workbookPart(zip, guard);
			Map<String, Relationship> relationships = relationshipsById(zip, guard, relationshipsPartOf(workbookPart));
			Set<String> worksheetParts = new HashSet<>();
			relationships.values()
				.stream()
				.filter(Relationship::isWorksheet)
				.forEach((relationship) -> worksheetParts.add(relationship.target()));
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (!entry.isDirectory() && !worksheetParts.contains(entry.getName())) {
					guard.inflate(zip, entry);
				}
			}
			return new OoxmlPackage(zip, guard, relationships);
		}
		catch (WorkbookException | IOException | RuntimeException ex) {
			zip.close();
			WorkbookException broken = RefusedContentException.find(ex);
			if (broken != null) {
				throw broken;
			}
			if (ex instanceof ZipException || ex instanceof EOFException) {
				throw WorkbookFiles.corrupt(ex);
			}
			throw ex;
		}
	}

	/**
	 * The zip part of a worksheet, from its relationship id in the workbook; empty for a
	 * chart, dialog or macro sheet, which has no cells to read.
	 */
	Optional<String> worksheetPart(String relationId) throws WorkbookException {
		Relationship relationship = this.workbookRelationships.get(relationId);
		if (relationship == null || this.zip.getEntry(relationship.target()) == null) {
			throw new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整（缺少工作表 " + relationId + "）");
		}
		return relationship.isWorksheet() ? Optional.of(relationship.target()) : Optional.empty();
	}

	/** A part's content through the zip-bomb guard. */
	InputStream openGuarded(String part) throws IOException {
		return this.guard.open(this.zip, this.zip.getEntry(part));
	}

	/** The uncompressed size a part's entry declares (checked by the guard), or -1. */
	long declaredSize(String part) {
		return this.zip.getEntry(part).getSize();
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private static void checkEntries(ZipFile zip, ZipEntryGuard guard) throws WorkbookException {
		Set<String> names = new HashSet<>();
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			// Two entries of one name may be read differently by different zip readers.
			if (!names.add(entry.getName())) {
				throw new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整（压缩包中有重复的部件 " + entry.getName() + "）");
			}
			guard.checkDeclared(entry);
		}
	}

	private static String workbookPart(ZipFile zip, ZipEntryGuard guard) throws WorkbookException, IOException {
		String part = null;
		Map<String, String> rootRelationships = relationshipsByType(zip, guard, "_rels/.rels");
		for (Map.Entry<String, String> relationship : rootRelationships.entrySet()) {
			if (relationship.getKey().endsWith(RELATIONSHIPS_NS_SUFFIX)) {
				part = relationship.getValue();
			}
		}
		if (part == null || zip.getEntry(part) == null) {
			throw notAWorkbook();
		}
		String contentType = contentType(zip, guard, part);
		if (CONTENT_TYPE_XLSB.equals(contentType)) {
			throw new WorkbookException(Rule.F_UNREADABLE, "不支持 Excel 二进制工作簿（.xlsb）格式");
		}
		if (contentType == null || !contentType.contains("spreadsheetml") && !contentType.contains("ms-excel")) {
			throw notAWorkbook();
		}
		return part;
	}

	static WorkbookException notAWorkbook() {
		return new WorkbookException(Rule.F_UNREADABLE, "文件不是 Excel 工作簿");
	}

	/** Relationship type → resolved target part, for a relationships part at the root. */
	private static Map<String, String> relationshipsByType(ZipFile zip, ZipEntryGuard guard, String relsPart)
			throws WorkbookException, IOException {
		Map<String, String> byType = new HashMap<>();
		readRelationships(zip, guard, relsPart, (id, type, target) -> byType.put(type, target));
		return byType;
	}

	private static Map<String, Relationship> relationshipsById(ZipFile zip, ZipEntryGuard guard, String relsPart)
			throws WorkbookException, IOException {
		Map<String, Relationship> byId = new HashMap<>();
		readRelationships(zip, guard, relsPart, (id, type, target) -> byId.put(id, new Relationship(type, target)));
		return byId;
	}

	private record Relationship(String type, String target) {

		boolean isWorksheet() {
			return this.type.endsWith("/worksheet");
		}

	}

	private interface RelationshipSink {

		void accept(String id, String type, String target);

	}

	private static void readRelationships(ZipFile zip, ZipEntryGuard guard, String relsPart, RelationshipSink sink)
			throws WorkbookException, IOException {
		ZipEntry entry = zip.getEntry(relsPart);
		if (entry == null) {
			throw notAWorkbook();
		}
		String sourceFolder = sourceFolderOf(relsPart);
		try (InputStream in = guard.open(zip, entry)) {
			XMLStreamReader xml = XmlParsing.reader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
						String id = xml.getAttributeValue(null, "Id");
						String type = xml.getAttributeValue(null, "Type");
						String target = xml.getAttributeValue(null, "Target");
						if (id != null && type != null && target != null
								&& !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
							sink.accept(id, type, resolve(sourceFolder, target));
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
	}

	private static String contentType(ZipFile zip, ZipEntryGuard guard, String part)
			throws WorkbookException, IOException {
		ZipEntry entry = zip.getEntry("[Content_Types].xml");
		if (entry == null) {
			throw notAWorkbook();
		}
		String extension = part.substring(part.lastIndexOf('.') + 1);
		String byDefault = null;
		try (InputStream in = guard.open(zip, entry)) {
			XMLStreamReader xml = XmlParsing.reader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if ("Override".equals(xml.getLocalName())
							&& ("/" + part).equalsIgnoreCase(xml.getAttributeValue(null, "PartName"))) {
						return xml.getAttributeValue(null, "ContentType");
					}
					if ("Default".equals(xml.getLocalName())
							&& extension.equalsIgnoreCase(xml.getAttributeValue(null, "Extension"))) {
						byDefault = xml.getAttributeValue(null, "ContentType");
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
		return byDefault;
	}

	private static String relationshipsPartOf(String part) {
		int slash = part.lastIndexOf('/');
		return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
	}

	/** The folder that relative targets of a relationships part start from. */
	private static String sourceFolderOf(String relsPart) {
		int relsFolder = relsPart.lastIndexOf("_rels/");
		return relsPart.substring(0, relsFolder);
	}

	/** Resolves a relationship target to a zip entry name (no leading slash, no dots). */
	static String resolve(String sourceFolder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : sourceFolder + target;
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				segments.pollLast();
			}
			else {
				segments.addLast(segment);
			}
		}
		return String.join("/", segments);
	}

}
