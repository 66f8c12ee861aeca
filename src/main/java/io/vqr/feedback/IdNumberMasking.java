package io.vqr.feedback;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.normalize.IdNumber;
import io.vqr.normalize.PersonalNumbers;
import io.vqr.standard.TextNormalizer;

/**
 * Feedback workbooks show ID numbers only masked (submission standard 5.3): the first 6
 * and the last 4 characters kept, the rest replaced by {@code *}, e.g.
 * {@code 440111********123X}. Used on the copied sheets, where the original cells still
 * hold the full number, and as a safety net on the text of findings.
 */
final class IdNumberMasking {

	/**
	 * A whole value that is an ID number or what Excel left of one: 15 to 18 characters,
	 * digits except an X/x check character at the end.
	 */
	private static final Pattern ID_LIKE = Pattern.compile("\\d{14,17}[\\dXx]");

	/** The same inside free text, not part of a longer run of digits or letters. */
	private static final Pattern EMBEDDED_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{14,17}[\\dXx](?![0-9A-Za-z])");

	/** The normalized headers of every ID-number field of the standard. */
	private static final Set<String> ID_HEADERS = idHeaders();

	/**
	 * The normalized headers of the free-text fields of 典型案例 (v2), whose cells may name a
	 * phone or ID number (R-CASE-PII): the copy masks those numbers.
	 */
	private static final Set<String> CASE_TEXT_HEADERS = caseTextHeaders();

	private IdNumberMasking() {
	}

	/** The masked form of a value known to be an ID number. */
	static String mask(String idNumber) {
		return IdNumber.mask(TextNormalizer.removeWhitespace(idNumber));
	}

	/**
	 * Whether a whole cell value looks like an ID number (full, or truncated by Excel).
	 */
	static boolean looksLikeIdNumber(String text) {
		// Every cell of a copied sheet passes here: reject the short ones before any
		// regex.
		if (text.length() < 15) {
			return false;
		}
		return ID_LIKE.matcher(TextNormalizer.removeWhitespace(text)).matches();
	}

	/** Free text with every embedded ID number masked; masked text passes unchanged. */
	static String maskEmbedded(String text) {
		Matcher matcher = EMBEDDED_ID.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		do {
			matcher.appendReplacement(out, Matcher.quoteReplacement(mask(matcher.group())));
		}
		while (matcher.find());
		matcher.appendTail(out);
		return out.toString();
	}

	/** Whether a header cell names a case text column (案例标题, 案例正文, ...). */
	static boolean isCaseTextHeader(String cellText) {
		return CASE_TEXT_HEADERS.contains(TextNormalizer.header(cellText).text());
	}

	/** A case text with its phone and ID numbers masked. */
	static String maskPersonalNumbers(String text) {
		return PersonalNumbers.mask(text);
	}

	/** Whether a header cell names an ID-number column (身份证号, 身份证号码, 证件号码, ...). */
	static boolean isIdHeader(String cellText) {
		return ID_HEADERS.contains(TextNormalizer.header(cellText).text());
	}

	private static Set<String> caseTextHeaders() {
		Set<String> headers = new HashSet<>();
		for (SheetDef sheet : SubmissionStandard.allSheets()) {
			if (sheet.key().equals(SubmissionStandard.CASES)) {
				for (FieldDef field : sheet.fields()) {
					if (field.type() == FieldType.TEXT || field.type() == FieldType.PARAGRAPHS) {
						field.names().forEach((name) -> headers.add(TextNormalizer.header(name).text()));
					}
				}
			}
		}
		return Set.copyOf(headers);
	}

	private static Set<String> idHeaders() {
		Set<String> headers = new HashSet<>();
		for (SheetDef sheet : SubmissionStandard.allSheets()) {
			for (FieldDef field : sheet.fields()) {
				if (field.type() == FieldType.ID_NUMBER) {
					field.names().forEach((name) -> headers.add(TextNormalizer.header(name).text()));
				}
			}
		}
		return Set.copyOf(headers);
	}

}
