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
 * @param maxEntryBytes largest uncompressed zip entry
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerSheet, double minInflateRatio,
		double minInflateRatioStylesAndMedia, long maxEntryBytes) {

	public static ReadLimits defaults() {
		return new ReadLimits(50L * 1024 * 1024, 200_000, 0.01, 0.001, 4L * 1024 * 1024 * 1024);
	}

}
