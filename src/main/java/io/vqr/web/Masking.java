package io.vqr.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.normalize.IdNumber;

/**
 * The last guard before a page: any ID number (15–18 characters, digits with an X check
 * character) still in a text shown is masked. Values stored for pages are masked already;
 * this catches what a message or a school's explanation might carry.
 */
public final class Masking {

	private static final Pattern EMBEDDED_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{14,17}[\\dXx](?![0-9A-Za-z])");

	private Masking() {
	}

	public static String text(String text) {
		if (text == null || text.length() < 15) {
			return text;
		}
		Matcher matcher = EMBEDDED_ID.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(IdNumber.mask(matcher.group())));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}
