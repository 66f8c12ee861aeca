package io.vqr.normalize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.vqr.standard.Rule;

/**
 * The outcome of reading one cell as its field's type: nothing written, a typed value, or
 * the rule it breaks with the arguments of the rule's message. Bad input is a result,
 * never an exception.
 */
public sealed interface ParsedValue {

	/** The cell is empty. Whether that is allowed is the requirement check's business. */
	ParsedValue EMPTY = new Empty();

	static ParsedValue of(Object value) {
		return new Value(value);
	}

	static Invalid invalid(Rule rule, String shownValue, Object... arguments) {
		return new Invalid(rule, shownValue, List.of(arguments).stream().map(String::valueOf).toList());
	}

	default boolean isEmpty() {
		return this instanceof Empty;
	}

	default boolean isValid() {
		return this instanceof Value;
	}

	/** The typed value if it is one of {@code type}. */
	default <T> Optional<T> as(Class<T> type) {
		if (this instanceof Value value && type.isInstance(value.value())) {
			return Optional.of(type.cast(value.value()));
		}
		return Optional.empty();
	}

	/** Nothing written in the cell. */
	record Empty() implements ParsedValue {
	}

	/**
	 * A value of the field's type: see {@link ValueParser} for the Java type per field
	 * type.
	 */
	record Value(Object value) implements ParsedValue {

		public Value {
			Objects.requireNonNull(value, "value");
		}

	}

	/**
	 * The value breaks {@code rule}.
	 *
	 * @param rule the rule to report
	 * @param shownValue the value as read, fit for a finding (ID numbers masked)
	 * @param arguments the arguments of {@link Rule#message}, in order
	 */
	record Invalid(Rule rule, String shownValue, List<String> arguments) implements ParsedValue {

		public Invalid {
			Objects.requireNonNull(rule, "rule");
			arguments = List.copyOf(arguments);
		}

		/** The Chinese message the school reads. */
		public String message() {
			return this.rule.message(this.arguments.toArray());
		}

	}

}
