package io.vqr.normalize;

/**
 * An industry of GB/T 4754-2017 as the school gave it.
 *
 * @param code the code as given: a section letter (C) or a 2-digit division (13); a
 * section written by name is stored as its letter
 * @param section the section letter the code belongs to
 * @param name the official name of {@code code}
 */
public record IndustryValue(String code, String section, String name) {
}
