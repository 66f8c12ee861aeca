package io.vqr.template;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import io.vqr.standard.FieldDef;
import io.vqr.standard.Requirement;

/**
 * A header or label as the template writes it: {@link FieldDef#header()}, followed by a
 * red {@code *} when the field is always required. The reader drops a trailing {@code *}.
 */
final class HeaderText {

	static final String REQUIRED_MARK = "*";

	private HeaderText() {
	}

	static boolean marked(FieldDef field) {
		return field.requirement() == Requirement.REQUIRED;
	}

	static XSSFRichTextString of(FieldDef field, TemplateStyles styles) {
		String header = field.header();
		if (!marked(field)) {
			return new XSSFRichTextString(header);
		}
		XSSFRichTextString text = new XSSFRichTextString(header + REQUIRED_MARK);
		text.applyFont(header.length(), header.length() + REQUIRED_MARK.length(), styles.requiredMark);
		return text;
	}

}
