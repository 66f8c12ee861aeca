package io.vqr.standard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of values (办学类型, 毕业去向, 职称, ...). Values are recognised by code, by name,
 * by the display form of the drop-down ({@code 10 签订就业协议/劳动合同}) or by alias, all compared
 * after {@link TextNormalizer#key}.
 */
public final class CodeList {

	private final String key;

	private final String name;

	private final List<CodeEntry> entries;

	private final Map<String, CodeEntry> lookup = new HashMap<>();

	CodeList(String key, String name, List<CodeEntry> entries) {
		this.key = key;
		this.name = name;
		this.entries = List.copyOf(entries);
		for (CodeEntry entry : entries) {
			index(entry.code(), entry);
			index(entry.name(), entry);
			index(entry.display(), entry);
			entry.aliases().forEach((alias) -> index(alias, entry));
		}
	}

	private void index(String spelling, CodeEntry entry) {
		CodeEntry previous = this.lookup.putIfAbsent(TextNormalizer.key(spelling), entry);
		if (previous != null && previous != entry) {
			throw new IllegalStateException(this.key + ": '" + spelling + "' names two entries");
		}
	}

	public String key() {
		return this.key;
	}

	/** Chinese name of the list, e.g. 毕业去向. */
	public String name() {
		return this.name;
	}

	public List<CodeEntry> entries() {
		return this.entries;
	}

	/** The entry the school meant, if the text is one of the list's spellings. */
	public Optional<CodeEntry> resolve(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.lookup.get(TextNormalizer.key(text)));
	}

	public CodeEntry byCode(String code) {
		return this.entries.stream()
			.filter((entry) -> entry.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(this.key + " has no code " + code));
	}

	/** The values offered in the template's drop-down. */
	public List<String> dropDownValues() {
		return this.entries.stream().map(CodeEntry::display).toList();
	}

}
