package io.vqr.ops.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A mapping of a job file with its place (file, key path), so that every complaint names
 * the file, the line and the key.
 */
final class YamlSection {

	private final String file;

	private final String path;

	private final MappingNode node;

	YamlSection(String file, String path, MappingNode node) {
		this.file = file;
		this.path = path;
		this.node = node;
	}

	String file() {
		return this.file;
	}

	/** Refuses keys this section does not know (a typo would otherwise be ignored). */
	void allowOnly(Set<String> keys) {
		for (NodeTuple tuple : this.node.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "?";
			if (!keys.contains(key)) {
				throw error(tuple.getKeyNode(), key, "unknown key; the keys here are " + String.join(", ", keys));
			}
		}
	}

	Optional<Node> value(String key) {
		for (NodeTuple tuple : this.node.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
				Node value = tuple.getValueNode();
				if (value instanceof ScalarNode scalarValue && scalarValue.getValue().isBlank()) {
					return Optional.empty();
				}
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	Optional<String> text(String key) {
		return value(key).map((value) -> scalar(value, key));
	}

	String requiredText(String key, String hint) {
		return text(key).orElseThrow(() -> missing(key, hint));
	}

	Optional<YamlSection> section(String key) {
		return value(key).map((value) -> {
			if (value instanceof MappingNode mapping) {
				return new YamlSection(this.file, qualified(key), mapping);
			}
			throw error(value, key, "expected keys indented under " + key + ":");
		});
	}

	YamlSection requiredSection(String key, String hint) {
		return section(key).orElseThrow(() -> missing(key, hint));
	}

	/** A list of scalars; a single scalar counts as a list of one. */
	List<String> texts(String key) {
		Optional<Node> value = value(key);
		if (value.isEmpty()) {
			return List.of();
		}
		if (value.get() instanceof ScalarNode scalar) {
			return List.of(scalar.getValue().trim());
		}
		if (!(value.get() instanceof SequenceNode sequence)) {
			throw error(value.get(), key, "expected a list, e.g. [a, b]");
		}
		List<String> texts = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			texts.add(scalar(item, key).trim());
		}
		return texts;
	}

	/** The mappings of a list of mappings (recipients). */
	List<YamlSection> sections(String key) {
		Optional<Node> value = value(key);
		if (value.isEmpty()) {
			return List.of();
		}
		if (!(value.get() instanceof SequenceNode sequence)) {
			throw error(value.get(), key, "expected a list of entries, each starting with '- '");
		}
		List<YamlSection> sections = new ArrayList<>();
		int index = 0;
		for (Node item : sequence.getValue()) {
			if (!(item instanceof MappingNode mapping)) {
				throw error(item, key + "[" + index + "]", "expected keys (name:, outbox:, ...) in this entry");
			}
			sections.add(new YamlSection(this.file, qualified(key) + "[" + index + "]", mapping));
			index++;
		}
		return sections;
	}

	int line(String key) {
		return value(key).map(YamlSection::line).orElse(line(this.node));
	}

	JobDefinitionException error(String key, String problem) {
		return new JobDefinitionException(this.file + ":" + line(key) + ": " + qualified(key) + ": " + problem);
	}

	private JobDefinitionException missing(String key, String hint) {
		return new JobDefinitionException(this.file + ":" + line(this.node) + ": " + qualified(key)
				+ ": missing; add it" + (this.path.isEmpty() ? "" : " under " + this.path) + " (" + hint + ")");
	}

	private JobDefinitionException error(Node node, String key, String problem) {
		return new JobDefinitionException(this.file + ":" + line(node) + ": " + qualified(key) + ": " + problem);
	}

	private String scalar(Node value, String key) {
		if (value instanceof ScalarNode scalar) {
			return scalar.getValue().trim();
		}
		throw error(value, key, "expected a single value");
	}

	private String qualified(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
