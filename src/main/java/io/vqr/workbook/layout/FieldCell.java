package io.vqr.workbook.layout;

import java.util.Objects;
import java.util.Optional;

import io.vqr.normalize.ParsedValue;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/**
 * One field's cell in a record, with what a finding about it needs: row, column letter,
 * header as written.
 *
 * @param binding the column (or form label) the cell belongs to
 * @param excelRow the 1-based Excel row of the cell
 * @param raw the cell as read, or null when it is empty
 */
public record FieldCell(ColumnBinding binding, int excelRow, RawCell raw) {

	public FieldCell {
		Objects.requireNonNull(binding, "binding");
		if (raw != null && TextNormalizer.isBlank(raw.text()) && !raw.formulaWithoutValue()) {
			raw = null;
		}
	}

	public boolean isEmpty() {
		return this.raw == null;
	}

	public Optional<RawCell> cell() {
		return Optional.ofNullable(this.raw);
	}

	public String columnLetter() {
		return this.binding.columnLetter();
	}

	public String header() {
		return this.binding.headerAsWritten();
	}

	/** The value as a finding shows it: as written, ID numbers masked. */
	public String shownValue() {
		return (this.raw != null) ? ValueParser.shownValue(this.binding.field(), this.raw.text()) : "";
	}

	/** The cell read as its field's type, converted from the header's unit. */
	public ParsedValue parse(ValueParser parser, SchoolContext school) {
		return parser.parse(this.binding.field(), this.raw, this.binding.unit(), school);
	}

}
