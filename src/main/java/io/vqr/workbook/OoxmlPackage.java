package io.vqr.workbook;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
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
 * library sees it: it must be an intact zip whose main document is a spreadsheet, every
 * part must pass the zip-bomb guard, and no XML part may carry a document type
 * declaration. Worksheet parts are only checked when a sheet is read
 * ({@link #openGuarded}), so each is inflated once by the guard; the shared-strings part
 * is counted as it is checked, so that no cell can ask fastexcel for a string it does not
 * hold ({@link SharedStringIndexCheck}).
 */
final class OoxmlPackage implements AutoCloseable {

	private static final String RELATIONSHIPS_NS_SUFFIX = "/officeDocument";

	private static final String CONTENT_TYPE_XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

	/** The content types fastexcel finds its shared strings and styles by. */
	private static final String CONTENT_TYPE_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private static final String CONTENT_TYPE_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final String CONTENT_TYPE_WORKBOOK_WITH_MACROS = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

	private static final String DEFAULT_WORKBOOK_PART = "xl/workbook.xml";

	private static final String CONTENT_TYPE_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

	private final ZipFile zip;

	private final PackageParts parts;

	private final ZipEntryGuard guard;

	private final Map<String, Relationship> workbookRelationships;

	private final boolean hasStyles;

	private final int sharedStrings;

	private OoxmlPackage(ZipFile zip, PackageParts parts, ZipEntryGuard guard,
			Map<String, Relationship> workbookRelationships, boolean hasStyles, int sharedStrings) {
		this.zip = zip;
		this.parts = parts;
		this.guard = guard;
		this.workbookRelationships = workbookRelationships;
		this.hasStyles = hasStyles;
		this.sharedStrings = sharedStrings;
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
			PackageParts parts = PackageParts.of(zip);
			for (ZipEntry entry : parts.all()) {
				guard.checkDeclared(entry);
			}
			ContentTypes contentTypes = ContentTypes.read(zip, parts, guard);
			String workbookPart = workbookPart(zip, parts, guard, contentTypes);
			Map<String, Relationship> relationships = relationshipsById(zip, parts, guard,
					relationshipsPartOf(workbookPart));
			Set<String> worksheetParts = new HashSet<>();
			relationships.values()
				.stream()
				.filter(Relationship::isWorksheet)
				.forEach((relationship) -> worksheetParts.add(key(relationship.target())));
			String sharedStringsPart = contentTypes.onlyPartOf(CONTENT_TYPE_SHARED_STRINGS, parts);
			String stylesPart = contentTypes.onlyPartOf(CONTENT_TYPE_STYLES, parts);
			int sharedStrings = -1;
			for (ZipEntry entry : parts.all()) {
				String name = PackageParts.partName(entry.getName());
				if (worksheetParts.contains(key(name))) {
					continue;
				}
				try (InputStream in = open(zip, guard, entry)) {
					if (sharedStringsPart != null && key(name).equals(key(sharedStringsPart))) {
						sharedStrings = SharedStringCount.of(in);
					}
					else {
						in.transferTo(java.io.OutputStream.nullOutputStream());
					}
				}
			}
			return new OoxmlPackage(zip, parts, guard, relationships, stylesPart != null, sharedStrings);
		}
		catch (WorkbookException | IOException | RuntimeException ex) {
			zip.close();
			WorkbookException refused = RefusedContentException.find(ex);
			if (refused != null) {
				throw refused;
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
		if (relationship == null || this.parts.get(relationship.target()) == null) {
			throw new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整（缺少工作表 " + relationId + "）");
		}
		return relationship.isWorksheet() ? Optional.of(relationship.target()) : Optional.empty();
	}

	/** A part's content through the zip-bomb guard and the prolog check. */
	InputStream openGuarded(String part) throws IOException {
		return open(this.zip, this.guard, this.parts.get(part));
	}

	/** The uncompressed size a part's entry declares (checked by the guard), or -1. */
	long declaredSize(String part) {
		return this.parts.get(part).getSize();
	}

	/** Whether the package has a styles part (fastexcel needs one to read formats). */
	boolean hasStyles() {
		return this.hasStyles;
	}

	/** How many strings the shared-strings part holds, or -1 when there is none. */
	int sharedStrings() {
		return this.sharedStrings;
	}

	/** Whether readers that look entries up by name need {@link #renamedCopy}. */
	boolean needsRenamedCopy() {
		return this.parts.needsRenamedCopy();
	}

	byte[] renamedCopy(Path file) throws IOException {
		return this.parts.renamedCopy(file);
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private static InputStream open(ZipFile zip, ZipEntryGuard guard, ZipEntry entry) throws IOException {
		return XmlPrologCheck.wrap(guard.open(zip, entry), PackageParts.partName(entry.getName()));
	}

	private static String key(String part) {
		return part.toLowerCase(Locale.ROOT);
	}

	private static String workbookPart(ZipFile zip, PackageParts parts, ZipEntryGuard guard, ContentTypes contentTypes)
			throws WorkbookException, IOException {
		String part = null;
		Map<String, String> rootRelationships = relationshipsByType(zip, parts, guard, "_rels/.rels");
		for (Map.Entry<String, String> relationship : rootRelationships.entrySet()) {
			if (relationship.getKey().endsWith(RELATIONSHIPS_NS_SUFFIX)) {
				part = relationship.getValue();
			}
		}
		if (part == null || parts.get(part) == null) {
			throw notAWorkbook();
		}
		String contentType = contentTypes.of(part);
		// fastexcel finds the workbook by its content type instead (xl/workbook.xml
		// without one): a package naming two would have it read sheets nobody checked.
		Set<String> declared = new HashSet<>(contentTypes.partsOf(CONTENT_TYPE_WORKBOOK));
		declared.addAll(contentTypes.partsOf(CONTENT_TYPE_WORKBOOK_WITH_MACROS));
		if (!(declared.isEmpty() ? Set.of(DEFAULT_WORKBOOK_PART) : declared).equals(Set.of(key(part)))) {
			throw new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整（工作簿部件的声明不一致）");
		}
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
	private static Map<String, String> relationshipsByType(ZipFile zip, PackageParts parts, ZipEntryGuard guard,
			String relsPart) throws WorkbookException, IOException {
		Map<String, String> byType = new HashMap<>();
		readRelationships(zip, parts, guard, relsPart, (id, type, target) -> byType.put(type, target));
		return byType;
	}

	private static Map<String, Relationship> relationshipsById(ZipFile zip, PackageParts parts, ZipEntryGuard guard,
			String relsPart) throws WorkbookException, IOException {
		Map<String, Relationship> byId = new HashMap<>();
		readRelationships(zip, parts, guard, relsPart,
				(id, type, target) -> byId.put(id, new Relationship(type, target)));
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

	private static void readRelationships(ZipFile zip, PackageParts parts, ZipEntryGuard guard, String relsPart,
			RelationshipSink sink) throws WorkbookException, IOException {
		ZipEntry entry = parts.get(relsPart);
		if (entry == null) {
			throw notAWorkbook();
		}
		String sourceFolder = sourceFolderOf(relsPart);
		try (InputStream in = open(zip, guard, entry)) {
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

	/**
	 * What {@code [Content_Types].xml} says: the overrides by part, the defaults by
	 * extension.
	 */
	private record ContentTypes(Map<String, String> overrides, Map<String, Set<String>> partsByType,
			Map<String, String> defaults) {

		static ContentTypes read(ZipFile zip, PackageParts parts, ZipEntryGuard guard)
				throws WorkbookException, IOException {
			ZipEntry entry = parts.get(PackageParts.CONTENT_TYPES);
			if (entry == null) {
				throw notAWorkbook();
			}
			Map<String, String> overrides = new HashMap<>();
			Map<String, Set<String>> partsByType = new HashMap<>();
			Map<String, String> defaults = new HashMap<>();
			try (InputStream in = open(zip, guard, entry)) {
				XMLStreamReader xml = XmlParsing.reader(in);
				try {
					while (xml.hasNext()) {
						if (xml.next() != XMLStreamConstants.START_ELEMENT) {
							continue;
						}
						String type = xml.getAttributeValue(null, "ContentType");
						if (type == null) {
							continue;
						}
						if ("Override".equals(xml.getLocalName())) {
							String part = xml.getAttributeValue(null, "PartName");
							if (part != null) {
								String name = PackageParts.partName(part);
								overrides.putIfAbsent(key(name), type);
								partsByType.computeIfAbsent(type, (t) -> new LinkedHashSet<>()).add(key(name));
							}
						}
						else if ("Default".equals(xml.getLocalName())) {
							String extension = xml.getAttributeValue(null, "Extension");
							if (extension != null) {
								defaults.putIfAbsent(extension.toLowerCase(Locale.ROOT), type);
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
			return new ContentTypes(overrides, partsByType, defaults);
		}

		/** The parts declared with a content type (lower case). */
		Set<String> partsOf(String type) {
			return this.partsByType.getOrDefault(type, Set.of());
		}

		String of(String part) {
			String override = this.overrides.get(key(part));
			if (override != null) {
				return override;
			}
			return this.defaults.get(part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
		}

		/**
		 * The one part the package declares of a type, if it is there; refused when it
		 * declares several, which readers would choose between differently.
		 */
		String onlyPartOf(String type, PackageParts parts) throws WorkbookException {
			Set<String> declared = this.partsByType.getOrDefault(type, Set.of());
			if (declared.size() > 1) {
				throw new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整（同一类部件声明了多个：" + declared + "）");
			}
			return declared.stream().filter((part) -> parts.get(part) != null).findFirst().orElse(null);
		}

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

	/** Resolves a relationship target to a part name (no leading slash, no dots). */
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
