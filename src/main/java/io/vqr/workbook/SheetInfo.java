package io.vqr.workbook;

/**
 * A sheet of a workbook, in workbook order. Hidden and very hidden sheets are read like
 * visible ones.
 */
public record SheetInfo(int index, String name, boolean hidden) {
}
