package io.vqr.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an editable YAML template as a node tree, so that every complaint about it can
 * name its line.
 */
final class YamlNodes {

	private YamlNodes() {
	}

	/** The document's top-level mapping. */
	static MappingNode root(InputStream in, String source) {
		Node root;
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			throw TemplateFileException.at(source, ex.getProblemMark().getLine() + 1,
					"不是有效的 YAML（" + ex.getProblem() + "）");
		}
		catch (IOException ex) {
			throw new TemplateFileException("无法读取 " + source + "：" + ex.getMessage(), ex);
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new TemplateFileException(source + "：文件为空或格式不对");
		}
		return mapping;
	}

	/** The value of {@code key} in a mapping, or null. */
	static Node value(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

	/** The required scalar text of {@code key}. */
	static String required(MappingNode mapping, String key, String source) {
		Node node = value(mapping, key);
		if (node == null) {
			throw TemplateFileException.at(source, line(mapping), "缺少 " + key + ":");
		}
		return scalar(node, source);
	}

	static String scalar(Node node, String source) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw TemplateFileException.at(source, line(node), "此处应为单个值");
	}

	static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
