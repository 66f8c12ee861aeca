package io.vqr.workbook;

/**
 * Configurable limits of submission standard section 6. Breaking one is F-TOO-LARGE.
 *
 * @param maxFileBytes largest accepted file
 * @param maxRowsPerSheet most rows read from one sheet
 * @param minInflateRatio zip-bomb guard for worksheet and other parts: the smallest
 * accepted compressed/uncompressed ratio (POI's default 0.01)
 * @param minInflateRatioStylesAndMedia the looser bound for {@code xl/styles.xml} and
 * media parts, which real school files trip
 * @param maxEntryBytes the most any part of an {@code .xlsx} may inflate to, whatever its
 * ratio; style and media parts are held to the lower of this and
 * {@link #STYLE_OR_MEDIA_ENTRY_BYTES}
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerSheet, double minInflateRatio,
		double minInflateRatioStylesAndMedia, long maxEntryBytes) {

	/**
	 * A worksheet at the row limit with long rows inflates to about 120 MB; the default
	 * cap leaves it twice that.
	 */
	static final long DEFAULT_ENTRY_BYTES = 256L * 1024 * 1024;

	/**
	 * Style and media parts may compress a thousandfold, so a small file could hold
	 * gigabytes of them: Excel's most bloated styles (64,000 cell formats) stay under 20
	 * MB and a picture is stored about as large as it is.
	 */
	static final long STYLE_OR_MEDIA_ENTRY_BYTES = 64L * 1024 * 1024;

	public static ReadLimits defaults() {
		return new ReadLimits(50L * 1024 * 1024, 200_000, 0.01, 0.001, DEFAULT_ENTRY_BYTES);
	}

	/** The cap for {@code xl/styles.xml} and media parts. */
	public long maxStyleOrMediaEntryBytes() {
		return Math.min(this.maxEntryBytes, STYLE_OR_MEDIA_ENTRY_BYTES);
	}

}
