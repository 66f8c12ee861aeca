package io.vqr.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.vqr.report.TemplateFiles;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Template expressions read records as OGNL itself does (components, other reader
 * methods, a bean getter before a component of the same name, nesting, a missing property
 * as an error), through the cached accessor.
 */
class RecordPropertyAccessorTest {

	@TempDir
	Path dir;

	public record Inner(String name) {
	}

	public record Outer(String name, Inner inner, int value) {

		public String label() {
			return "标签" + this.name;
		}

		public int getValue() {
			return this.value * 10;
		}

	}

	@Test
	void readsRecordsAsOgnlDoes() throws Exception {
		XhtmlTemplates templates = templates("""
				<html xmlns:th="http://www.thymeleaf.org"><body>
				<p id="name" th:text="${r.name}">x</p>
				<p id="label" th:text="${r.label}">x</p>
				<p id="value" th:text="${r.value}">x</p>
				<p id="inner" th:text="${r.inner.name}">x</p>
				<p id="again" th:text="${r.inner.name} + ${r.name}">x</p>
				</body></html>
				""");
		Document page = templates.render("t", Map.of("r", new Outer("甲", new Inner("乙"), 7)));
		assertThat(text(page, "name")).isEqualTo("甲");
		assertThat(text(page, "label")).isEqualTo("标签甲");
		assertThat(text(page, "value")).isEqualTo("70");
		assertThat(text(page, "inner")).isEqualTo("乙");
		assertThat(text(page, "again")).isEqualTo("乙甲");
		assertThat(OgnlRuntime.getPropertyAccessor(Outer.class)).isInstanceOf(RecordPropertyAccessor.class);
	}

	@Test
	void missingPropertyIsAnError() throws Exception {
		XhtmlTemplates templates = templates("""
				<html xmlns:th="http://www.thymeleaf.org"><body><p th:text="${r.nothing}">x</p></body></html>
				""");
		assertThatThrownBy(() -> templates.render("t", Map.of("r", new Inner("乙"))))
			.isInstanceOf(ReportTemplateException.class)
			.hasMessageContaining("nothing");
	}

	private XhtmlTemplates templates(String template) throws Exception {
		Files.createDirectories(this.dir.resolve("report"));
		Files.writeString(this.dir.resolve("report/t.html"), template);
		return new XhtmlTemplates(new TemplateFiles(this.dir, this.dir.resolve("none")));
	}

	private static String text(Document page, String id) {
		var paragraphs = page.getElementsByTagName("p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			var element = (org.w3c.dom.Element) paragraphs.item(i);
			if (id.equals(element.getAttribute("id"))) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("no paragraph " + id);
	}

}
