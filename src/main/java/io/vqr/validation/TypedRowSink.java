package io.vqr.validation;

import java.util.Map;

import io.vqr.standard.SheetDef;

/**
 * Receives each record that passed its row-level checks, typed by field key (ID numbers
 * as {@link io.vqr.normalize.IdNumber}, codes as their code). Ingest streams them into
 * the fact tables; offline validation only counts them.
 */
@FunctionalInterface
public interface TypedRowSink {

	TypedRowSink DISCARD = (sheet, excelRow, values) -> {
	};

	void row(SheetDef sheet, int excelRow, Map<String, Object> values);

}
