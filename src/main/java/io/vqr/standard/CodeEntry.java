package io.vqr.standard;

import java.util.List;
import java.util.Map;

/**
 * One value of a code list: its code (stored in the warehouse), its name (printed), the
 * other spellings a school may write, and attributes some lists carry (办学类型 → system and
 * level).
 */
public record CodeEntry(String code, String name, List<String> aliases, Map<String, String> attributes) {

	public CodeEntry {
		aliases = List.copyOf(aliases);
		attributes = Map.copyOf(attributes);
	}

	public static CodeEntry of(String code, String name, String... aliases) {
		return new CodeEntry(code, name, List.of(aliases), Map.of());
	}

	public CodeEntry with(String attribute, String value) {
		Map<String, String> copy = new java.util.LinkedHashMap<>(this.attributes);
		copy.put(attribute, value);
		return new CodeEntry(this.code, this.name, this.aliases, copy);
	}

	public String attribute(String key) {
		return this.attributes.get(key);
	}

	/**
	 * What a school sees in a drop-down and the docs: {@code 10 签订就业协议/劳动合同}, or the name
	 * alone.
	 */
	public String display() {
		return this.code.equals(this.name) ? this.name : this.code + " " + this.name;
	}

}
