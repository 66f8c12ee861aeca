package io.vqr.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.vqr.review.ReviewAction.APPROVE;
import static io.vqr.review.ReviewAction.CERTIFY;
import static io.vqr.review.ReviewAction.EXPLAIN;
import static io.vqr.review.ReviewAction.LATE_WARNING;
import static io.vqr.review.ReviewAction.REENTRY;
import static io.vqr.review.ReviewAction.RETURN;
import static io.vqr.review.ReviewAction.UNLOCK;
import static io.vqr.review.ReviewLevel.CITY;
import static io.vqr.review.ReviewLevel.PROVINCE;
import static io.vqr.review.ReviewLevel.SCHOOL;
import static io.vqr.review.ReviewLevel.SYSTEM;
import static io.vqr.review.ReviewState.APPROVED;
import static io.vqr.review.ReviewState.CERTIFIED;
import static io.vqr.review.ReviewState.CITY_APPROVED;
import static io.vqr.review.ReviewState.NOT_SUBMITTED;
import static io.vqr.review.ReviewState.RETURNED;
import static io.vqr.review.ReviewState.TO_CERTIFY;
import static io.vqr.review.ReviewState.TO_EXPLAIN;

/**
 * Every allowed transition of a school-year's review state, in one table
 * (review-workflow.md): (state, action, level, route) → next state. What is not in the
 * table is refused.
 * <p>
 * The next state can depend on one fact besides the row: whether every warned rule of the
 * file under review is explained. A row says where it goes when everything is explained
 * and where when something is not; {@code null} there means the action is refused until
 * it is (certifying with a rule unexplained).
 */
public final class ReviewTransitions {

	/** Whether a city reviews a school-year before the province. */
	public enum Route {

		/** Either way. */
		ANY,

		/** School → city → province (the 办学类型 is configured for a city level). */
		CITY,

		/** School → province. */
		DIRECT;

		boolean matches(boolean cityLevel) {
			return this == ANY || (this == CITY) == cityLevel;
		}

	}

	/**
	 * One row of the table.
	 *
	 * @param whenExplained the next state when no warned rule is left unexplained
	 * @param whenUnexplained the next state when one is, or null: refused then
	 */
	public record Transition(ReviewState from, ReviewAction action, ReviewLevel level, Route route,
			ReviewState whenExplained, ReviewState whenUnexplained) {

		public ReviewState next(boolean allExplained) {
			return allExplained ? this.whenExplained : this.whenUnexplained;
		}

	}

	private static final List<Transition> TABLE = build();

	private ReviewTransitions() {
	}

	private static List<Transition> build() {
		List<Transition> table = new ArrayList<>();
		// A new file that passed the rules: re-entry from every state but APPROVED
		// (locked).
		for (ReviewState from : List.of(NOT_SUBMITTED, TO_EXPLAIN, TO_CERTIFY, CERTIFIED, CITY_APPROVED, RETURNED)) {
			table.add(new Transition(from, REENTRY, SYSTEM, Route.ANY, TO_CERTIFY, TO_EXPLAIN));
		}
		// The school explains; explaining the last rule moves on. A returned school-year
		// stays returned while the school edits its explanations.
		table.add(new Transition(TO_EXPLAIN, EXPLAIN, SCHOOL, Route.ANY, TO_CERTIFY, TO_EXPLAIN));
		table.add(new Transition(TO_CERTIFY, EXPLAIN, SCHOOL, Route.ANY, TO_CERTIFY, TO_EXPLAIN));
		table.add(new Transition(RETURNED, EXPLAIN, SCHOOL, Route.ANY, RETURNED, RETURNED));
		// The school head certifies, never with a warned rule unexplained.
		table.add(new Transition(TO_CERTIFY, CERTIFY, SCHOOL, Route.ANY, CERTIFIED, null));
		table.add(new Transition(RETURNED, CERTIFY, SCHOOL, Route.ANY, CERTIFIED, null));
		// Review levels: the city first where it applies, then the province.
		table.add(new Transition(CERTIFIED, APPROVE, CITY, Route.CITY, CITY_APPROVED, CITY_APPROVED));
		table.add(new Transition(CERTIFIED, APPROVE, PROVINCE, Route.DIRECT, APPROVED, APPROVED));
		table.add(new Transition(CITY_APPROVED, APPROVE, PROVINCE, Route.ANY, APPROVED, APPROVED));
		table.add(new Transition(CERTIFIED, RETURN, CITY, Route.CITY, RETURNED, RETURNED));
		table.add(new Transition(CERTIFIED, RETURN, PROVINCE, Route.ANY, RETURNED, RETURNED));
		table.add(new Transition(CITY_APPROVED, RETURN, PROVINCE, Route.ANY, RETURNED, RETURNED));
		// Only the province reopens approved data.
		table.add(new Transition(APPROVED, UNLOCK, PROVINCE, Route.ANY, RETURNED, RETURNED));
		// review: auto approves a file that passed the rules at once, from every state
		// (a newer file replaces the official one, as before review existed).
		for (ReviewState from : ReviewState.values()) {
			table.add(new Transition(from, APPROVE, SYSTEM, Route.ANY, APPROVED, APPROVED));
		}
		// A warning added after the run sends a school-year back to explaining; an
		// approved one stays approved (the warning is recorded and shown).
		for (ReviewState from : List.of(TO_EXPLAIN, TO_CERTIFY, CERTIFIED, CITY_APPROVED, RETURNED)) {
			table.add(new Transition(from, LATE_WARNING, SYSTEM, Route.ANY, from, TO_EXPLAIN));
		}
		table.add(new Transition(APPROVED, LATE_WARNING, SYSTEM, Route.ANY, APPROVED, APPROVED));
		return List.copyOf(table);
	}

	/** Every row, for documentation and tests. */
	public static List<Transition> table() {
		return TABLE;
	}

	/** The transition of an action taken at a level, if the state allows it. */
	public static Optional<Transition> find(ReviewState from, ReviewAction action, ReviewLevel level,
			boolean cityLevel) {
		return TABLE.stream()
			.filter((row) -> row.from() == from && row.action() == action && row.level() == level
					&& row.route().matches(cityLevel))
			.findFirst();
	}

	/**
	 * The level a school-year waits for, or empty when it waits for no reviewer.
	 */
	public static Optional<ReviewLevel> pendingLevel(ReviewState state, boolean cityLevel) {
		return switch (state) {
			case CERTIFIED -> Optional.of(cityLevel ? CITY : PROVINCE);
			case CITY_APPROVED -> Optional.of(PROVINCE);
			default -> Optional.empty();
		};
	}

}
