package io.vqr.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.review.ReviewTransitions.Transition;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.warehouse.Publisher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review actions on a school-year (review-workflow.md). Each runs in one transaction:
 * it reads the school-year, checks the action against {@link ReviewTransitions} and the
 * person's level, moves the state on only if nobody changed the school-year since it was
 * read ({@code update … where version = ?}), and writes exactly one audit row. Of two
 * people acting at once exactly one wins; the other gets a {@link ReviewException} that
 * says what happened. Approving at the last level makes the file under review official
 * ({@link Publisher#publish}).
 */
@Service
public class ReviewService {

	private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

	/** Who the audit names for what the system did. */
	public static final String SYSTEM_ACTOR = "system";

	/** The outcome note of a file that arrives for an approved school-year. */
	public static final String LOCKED_NOTE = "已锁定：省级解锁后方可替换";

	/** The shortest explanation, reason or return note accepted (characters). */
	public static final int MIN_TEXT = 5;

	private final SchoolYears schoolYears;

	private final ReviewSettings settings;

	private final Publisher publisher;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public ReviewService(SchoolYears schoolYears, ReviewSettings settings, Publisher publisher, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.schoolYears = schoolYears;
		this.settings = settings;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * What an action did.
	 *
	 * @param version the school-year's version after it (what the next action names)
	 */
	public record Outcome(int year, String schoolCode, ReviewAction action, ReviewLevel level, ReviewState from,
			ReviewState to, int version, Long submissionId) {
	}

	/**
	 * The school-year as stored, or {@code NOT_SUBMITTED} when nothing passed the rules.
	 */
	public SchoolYear schoolYear(int year, String schoolCode) {
		return this.schoolYears.find(year, schoolCode).orElse(SchoolYear.notSubmitted(year, schoolCode));
	}

	/**
	 * The school explains a warned rule of the file under review (all its findings), or
	 * one finding of it ({@code at} = sheet and row). Explaining the last unexplained
	 * rule moves {@code TO_EXPLAIN} on to {@code TO_CERTIFY}. An explanation given again
	 * replaces the earlier one.
	 * @param at the finding, or null for the whole rule
	 * @param expectedVersion the version the person saw, or null for the one read now
	 */
	public Outcome explain(int year, String schoolCode, String ruleId, FindingRef at, String text, Reviewer by,
			Integer expectedVersion) {
		String explanation = checkedText(text, "说明");
		return act(year, schoolCode, ReviewAction.EXPLAIN, ReviewLevel.SCHOOL, by, expectedVersion, (seen) -> {
			Rule rule = Rule.byId(ruleId.strip().toUpperCase(java.util.Locale.ROOT))
				.filter((found) -> found.severity() == Severity.WARNING)
				.orElseThrow(() -> new ReviewException("“" + ruleId + "”不是警告规则的编号；只有警告需要说明，如 W-INCOME-RANGE"));
			if (this.schoolYears.warnings(seen.reviewSubmissionId(), rule.id(), null) == 0) {
				throw new ReviewException("该校" + year + "年度审核中的文件没有 " + rule.id() + " 警告，无需说明");
			}
			if (at != null && this.schoolYears.warnings(seen.reviewSubmissionId(), rule.id(), at) == 0) {
				throw new ReviewException("该校" + year + "年度审核中的文件在“" + at.sheet() + "”第" + at.row() + "行没有 " + rule.id()
						+ " 警告；请按校验结果中的工作表和行号填写，或不写行号说明整条规则");
			}
			this.schoolYears.explain(seen.reviewSubmissionId(), rule.id(), at, explanation, by.name());
			return "[" + rule.id() + ((at != null) ? " " + at.sheet() + "第" + at.row() + "行" : "") + "] " + explanation;
		});
	}

	/**
	 * The school head certifies the data; refused while a warned rule is unexplained.
	 */
	public Outcome certify(int year, String schoolCode, Reviewer by, Integer expectedVersion) {
		return act(year, schoolCode, ReviewAction.CERTIFY, ReviewLevel.SCHOOL, by, expectedVersion, (seen) -> null);
	}

	/**
	 * A reviewer approves at a level: the city's approval waits for the province; the
	 * last level makes the file under review official.
	 * @param level the level acted at, or null for the level the school-year waits for
	 */
	public Outcome approve(int year, String schoolCode, ReviewLevel level, Reviewer by, Integer expectedVersion) {
		return act(year, schoolCode, ReviewAction.APPROVE, level, by, expectedVersion, (seen) -> null);
	}

	/** Approved and refused school-years of {@link #approveAllCertified}. */
	public record BatchOutcome(List<Outcome> approved, Map<String, String> refused) {
	}

	/**
	 * Approves every school-year of the year that waits for this level (each in its own
	 * transaction: one refused or lost to another person does not undo the others).
	 * @param level the level acted at, or null: the reviewer's own level
	 */
	public BatchOutcome approveAllCertified(int year, ReviewLevel level, Reviewer by) {
		ReviewLevel acting = (level != null) ? level : by.role();
		List<String> waiting = this.jdbc.query("""
				select trim(school_code) from school_year
				 where year = ? and ((state = 'CERTIFIED' and city_level = ?) or (state = 'CITY_APPROVED' and ?))
				 order by school_code
				""", (row, index) -> row.getString(1), year, acting == ReviewLevel.CITY,
				acting == ReviewLevel.PROVINCE);
		List<Outcome> approved = new ArrayList<>();
		Map<String, String> refused = new java.util.LinkedHashMap<>();
		for (String school : waiting) {
			if (by.role() == ReviewLevel.CITY && !this.schoolYears.find(year, school)
				.map(SchoolYear::reviewSubmissionId)
				.flatMap(this.schoolYears::city)
				.map((city) -> city.startsWith(by.scope()))
				.orElse(false)) {
				// a city approves its own schools only; the others are not its to refuse
				continue;
			}
			try {
				approved.add(approve(year, school, acting, by, null));
			}
			catch (ReviewException ex) {
				refused.put(school, ex.getMessage());
			}
		}
		return new BatchOutcome(approved, refused);
	}

	/**
	 * A reviewer sends the school-year back to the school with a reason; the school's
	 * explanations stay and may be edited before it certifies again.
	 * @param level the level acted at, or null for the level the school-year waits for
	 */
	public Outcome returnToSchool(int year, String schoolCode, ReviewLevel level, String reason, Reviewer by,
			Integer expectedVersion) {
		String why = checkedText(reason, "退回理由");
		return act(year, schoolCode, ReviewAction.RETURN, level, by, expectedVersion, (seen) -> why);
	}

	/**
	 * The province reopens an approved school-year with a reason. The official file stays
	 * official until the next approval; the newest file that passed the rules becomes the
	 * file under review.
	 */
	public Outcome unlock(int year, String schoolCode, String reason, Reviewer by, Integer expectedVersion) {
		String why = checkedText(reason, "解锁理由");
		return act(year, schoolCode, ReviewAction.UNLOCK, ReviewLevel.PROVINCE, by, expectedVersion, (seen) -> why);
	}

	/**
	 * The note for the outcome of a file that passes the rules for this school-year, or
	 * null: {@link #LOCKED_NOTE} while it is approved.
	 */
	public String outcomeNote(int year, String schoolCode) {
		return (schoolYear(year, schoolCode).state() == ReviewState.APPROVED) ? LOCKED_NOTE : null;
	}

	/**
	 * A file passed the rules (its outcome committed): it becomes the file under review
	 * (re-entry), or with {@code autoApprove} the official file at once. A file for an
	 * approved school-year (without autoApprove) and a file older than the one under
	 * review change nothing.
	 * @return what happened, or empty when nothing changed
	 */
	public Optional<Outcome> fileAccepted(long submissionId, int year, String schoolCode, boolean autoApprove) {
		return this.transactions.execute((status) -> {
			limitLockWaits();
			SchoolYear seen = this.schoolYears.lock(year, schoolCode);
			if (seen.reviewSubmissionId() != null && submissionId <= seen.reviewSubmissionId()) {
				log.info("{} {}: file {} is not newer than the file under review ({}); review unchanged", year,
						schoolCode, submissionId, seen.reviewSubmissionId());
				return Optional.<Outcome>empty();
			}
			if (!autoApprove && seen.state() == ReviewState.APPROVED) {
				log.info("{} {}: file {} passed the rules but the school-year is approved (locked)", year, schoolCode,
						submissionId);
				return Optional.<Outcome>empty();
			}
			boolean cityLevel = this.schoolYears.cityLevel(submissionId, this.settings.get(year).cityLevelTypes());
			Map<String, Integer> unexplained = this.schoolYears.unexplained(submissionId);
			ReviewAction action = autoApprove ? ReviewAction.APPROVE : ReviewAction.REENTRY;
			Transition transition = ReviewTransitions.find(seen.state(), action, ReviewLevel.SYSTEM, cityLevel)
				.orElseThrow(() -> new IllegalStateException(action + " from " + seen.state()));
			ReviewState next = transition.next(unexplained.isEmpty());
			if (!this.schoolYears.update(seen, next, submissionId, cityLevel)) {
				throw new IllegalStateException("school-year changed while locked: " + year + " " + schoolCode);
			}
			if (next == ReviewState.APPROVED) {
				this.publisher.publish(submissionId, year, schoolCode);
			}
			String reason = autoApprove ? "自动审核（review: auto）：通过校验即生效"
					: unexplained.isEmpty() ? "新文件通过校验，待学校确认" : "新文件通过校验，待说明：" + describe(unexplained);
			this.schoolYears.audit(year, schoolCode, ReviewLevel.SYSTEM, action, seen.state(), next, SYSTEM_ACTOR,
					reason, submissionId);
			return Optional.of(new Outcome(year, schoolCode, action, ReviewLevel.SYSTEM, seen.state(), next,
					seen.version() + 1, submissionId));
		});
	}

	/**
	 * Warnings were added to a file after its run (W-CROSS-SCHOOL-ID). For the file under
	 * review: back to {@code TO_EXPLAIN} (unless every warning is explained); an approved
	 * school-year keeps its state, the warning is recorded. Other files change nothing.
	 * @return what happened, or empty when the file is not under review
	 */
	public Optional<Outcome> warningsAdded(long submissionId, int year, String schoolCode) {
		return this.transactions.execute((status) -> {
			limitLockWaits();
			SchoolYear seen = this.schoolYears.lock(year, schoolCode);
			if (seen.reviewSubmissionId() == null || seen.reviewSubmissionId() != submissionId) {
				return Optional.<Outcome>empty();
			}
			Map<String, Integer> unexplained = this.schoolYears.unexplained(submissionId);
			Transition transition = ReviewTransitions
				.find(seen.state(), ReviewAction.LATE_WARNING, ReviewLevel.SYSTEM, seen.cityLevel())
				.orElseThrow(() -> new IllegalStateException("late warning in " + seen.state()));
			ReviewState next = transition.next(unexplained.isEmpty());
			if (!this.schoolYears.update(seen, next, submissionId, seen.cityLevel())) {
				throw new IllegalStateException("school-year changed while locked: " + year + " " + schoolCode);
			}
			String reason = (next == ReviewState.APPROVED) ? "已审核数据新增警告（状态不变，供审核人员参考）：" : "审核中的文件新增警告：";
			this.schoolYears.audit(year, schoolCode, ReviewLevel.SYSTEM, ReviewAction.LATE_WARNING, seen.state(), next,
					SYSTEM_ACTOR, reason + (unexplained.isEmpty() ? "均已说明" : describe(unexplained)), submissionId);
			return Optional.of(new Outcome(year, schoolCode, ReviewAction.LATE_WARNING, ReviewLevel.SYSTEM,
					seen.state(), next, seen.version() + 1, submissionId));
		});
	}

	/** What an action does besides moving the state: returns the audit row's reason. */
	@FunctionalInterface
	private interface Step {

		String apply(SchoolYear seen);

	}

	private Outcome act(int year, String schoolCode, ReviewAction action, ReviewLevel requestedLevel, Reviewer by,
			Integer expectedVersion, Step step) {
		return this.transactions.execute((status) -> {
			limitLockWaits();
			SchoolYear seen = schoolYear(year, schoolCode);
			if (expectedVersion != null && seen.version() != expectedVersion) {
				throw raced(year, schoolCode, action);
			}
			ReviewLevel level = level(seen, action, requestedLevel, by);
			authorise(seen, action, level, by);
			Map<String, Integer> before = (seen.reviewSubmissionId() != null)
					? this.schoolYears.unexplained(seen.reviewSubmissionId()) : Map.of();
			Transition transition = ReviewTransitions.find(seen.state(), action, level, seen.cityLevel())
				.orElseThrow(() -> refusal(seen, action, level, before));
			String reason = step.apply(seen);
			Map<String, Integer> unexplained = (action == ReviewAction.EXPLAIN)
					? this.schoolYears.unexplained(seen.reviewSubmissionId()) : before;
			ReviewState next = transition.next(unexplained.isEmpty());
			if (next == null) {
				throw refusal(seen, action, level, unexplained);
			}
			Long underReview = seen.reviewSubmissionId();
			if (action == ReviewAction.UNLOCK) {
				underReview = this.schoolYears.newestAccepted(year, schoolCode).orElse(underReview);
			}
			if (!this.schoolYears.update(seen, next, underReview, seen.cityLevel())) {
				throw raced(year, schoolCode, action);
			}
			if (next == ReviewState.APPROVED) {
				this.publisher.publish(underReview, year, schoolCode);
			}
			this.schoolYears.audit(year, schoolCode, level, action, seen.state(), next, by.name(), reason, underReview);
			log.info("{} {}: {} by {} ({}): {} → {}", year, schoolCode, action, by.name(), level, seen.state(), next);
			return new Outcome(year, schoolCode, action, level, seen.state(), next, seen.version() + 1, underReview);
		});
	}

	/**
	 * The level an action is taken at: the school's own actions at the school level,
	 * unlocking at the province; approving and returning at the level asked for, or else
	 * the one the school-year waits for (a city reviewer: the city).
	 */
	private static ReviewLevel level(SchoolYear seen, ReviewAction action, ReviewLevel requested, Reviewer by) {
		if (action != ReviewAction.APPROVE && action != ReviewAction.RETURN) {
			return requested;
		}
		if (requested != null) {
			if (requested != ReviewLevel.CITY && requested != ReviewLevel.PROVINCE) {
				throw new ReviewException("审核级别只能是市级（city）或省级（province）");
			}
			return requested;
		}
		if (by.role() == ReviewLevel.CITY) {
			return ReviewLevel.CITY;
		}
		return ReviewTransitions.pendingLevel(seen.state(), seen.cityLevel()).orElse(ReviewLevel.PROVINCE);
	}

	/** Whether this person may act at this level on this school. */
	private void authorise(SchoolYear seen, ReviewAction action, ReviewLevel level, Reviewer by) {
		String what = action.label();
		if (level != ReviewLevel.SCHOOL && by.role() == ReviewLevel.SCHOOL) {
			throw new ReviewException(
					"学校人员不能" + what + "，须由" + ((action == ReviewAction.UNLOCK) ? "省级" : "市级或省级") + "审核人员操作");
		}
		switch (level) {
			case SCHOOL -> {
				if (by.role() != ReviewLevel.SCHOOL || !by.scope().equals(seen.schoolCode())) {
					throw new ReviewException("只有学校" + seen.schoolCode() + "本校人员可以" + what + "本校数据");
				}
			}
			case CITY -> {
				if (by.role() == ReviewLevel.CITY) {
					String city = (seen.reviewSubmissionId() != null)
							? this.schoolYears.city(seen.reviewSubmissionId()).orElse(null) : null;
					// Without a file there is no city to tell, and nothing to act on:
					// the state refuses it.
					if (city != null && !city.startsWith(by.scope())) {
						throw new ReviewException("该校不属于" + by.scope() + "市，市级审核人员只能" + what + "本市学校的数据");
					}
				}
			}
			case PROVINCE -> {
				if (by.role() != ReviewLevel.PROVINCE) {
					throw new ReviewException(
							(action == ReviewAction.UNLOCK) ? "只有省级审核人员可以解锁已审核的数据" : "只有省级审核人员可以在省级" + what);
				}
			}
			default -> throw new IllegalArgumentException("people do not act at " + level);
		}
	}

	/** The refusal of an action the state does not allow, saying what is needed. */
	private ReviewException refusal(SchoolYear seen, ReviewAction action, ReviewLevel level,
			Map<String, Integer> unexplained) {
		String needed;
		boolean waitingElsewhere = (action == ReviewAction.APPROVE || action == ReviewAction.RETURN)
				&& ReviewTransitions.pendingLevel(seen.state(), seen.cityLevel()).isPresent();
		if (waitingElsewhere && level == ReviewLevel.CITY && !seen.cityLevel()) {
			needed = "该校不设市级审核，由省级审核";
		}
		else if (waitingElsewhere && level == ReviewLevel.PROVINCE && seen.state() == ReviewState.CERTIFIED) {
			needed = "须先经市级审核（省级可按市级代为审核：--level city）";
		}
		else if (waitingElsewhere && level == ReviewLevel.CITY && seen.state() == ReviewState.CITY_APPROVED) {
			needed = "市级已审核，待省级审核";
		}
		else {
			needed = needed(seen, unexplained);
		}
		return new ReviewException("该校" + seen.year() + "年度数据状态为\"" + seen.state().label() + "\"：" + needed + "，不能"
				+ actionLabel(action, level));
	}

	/** What a school-year in its state needs next. */
	static String needed(SchoolYear seen, Map<String, Integer> unexplained) {
		return switch (seen.state()) {
			case NOT_SUBMITTED -> "尚无通过校验的文件";
			case TO_EXPLAIN -> String.join("、", unexplained.keySet()) + " 尚未说明";
			case TO_CERTIFY -> "待学校确认";
			case CERTIFIED -> seen.cityLevel() ? "待市级审核" : "待省级审核";
			case CITY_APPROVED -> "待省级审核";
			case RETURNED ->
				unexplained.isEmpty() ? "已退回学校，待学校修改说明后重新确认" : String.join("、", unexplained.keySet()) + " 尚未说明";
			case APPROVED -> "已审核并锁定，须省级解锁后方可变更";
		};
	}

	private static String actionLabel(ReviewAction action, ReviewLevel level) {
		return switch (action) {
			case APPROVE, RETURN -> level.label() + action.label();
			default -> action.label();
		};
	}

	/**
	 * The message for the loser of a race: who acted first, and where things stand now.
	 */
	private ReviewException raced(int year, String schoolCode, ReviewAction action) {
		SchoolYear now = this.schoolYears.find(year, schoolCode).orElse(SchoolYear.notSubmitted(year, schoolCode));
		String who = this.schoolYears.lastAudit(year, schoolCode)
			.map((entry) -> "（" + entry.actor() + " 已" + entry.action().label() + "）")
			.orElse("");
		return new ReviewException("该校" + year + "年度数据刚被他人处理" + who + "，当前状态为\"" + now.state().label() + "\"，本次"
				+ action.label() + "未执行；请刷新后按当前状态重新操作");
	}

	private static String checkedText(String text, String what) {
		String value = (text != null) ? text.strip() : "";
		if (value.codePointCount(0, value.length()) < MIN_TEXT) {
			throw new ReviewException(what + "至少" + MIN_TEXT + "个字，请写明具体情况");
		}
		return value;
	}

	private static String describe(Map<String, Integer> unexplained) {
		return unexplained.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "（" + entry.getValue() + "条）")
			.collect(Collectors.joining("、"));
	}

	/** No review action waits for a row lock without end. */
	private void limitLockWaits() {
		this.jdbc.execute("set local lock_timeout = '10s'");
	}

}
