package io.vqr.validation;

import io.vqr.standard.CodeEntry;

/** Who submitted, as read from 基本信息 (type may be null when it was invalid). */
public record SchoolIdentity(String code, String name, CodeEntry type, Integer year) {
}
