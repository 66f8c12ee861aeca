package io.vqr.indicators;

/**
 * One category of a breakdown.
 *
 * @param key the category's code (destination code, section letter, 单位性质, ...)
 * @param label a label from the warehouse (the section's name), or null when the code
 * lists name it
 * @param count the count (or sum, for {@link Breakdown#PARTNERSHIP_PEOPLE})
 */
public record BreakdownItem(String key, String label, long count) {

}
