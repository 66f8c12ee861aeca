package io.vqr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.ops.status.StatusTable;
import io.vqr.review.AuditEntry;
import io.vqr.review.FindingRef;
import io.vqr.review.ReviewException;
import io.vqr.review.ReviewLevel;
import io.vqr.review.ReviewQueries;
import io.vqr.review.ReviewQueries.Detail;
import io.vqr.review.ReviewQueries.Entry;
import io.vqr.review.ReviewQueries.FileEntry;
import io.vqr.review.ReviewQueries.Warning;
import io.vqr.review.ReviewQueries.WarnedRule;
import io.vqr.review.ReviewService;
import io.vqr.review.ReviewService.Outcome;
import io.vqr.review.ReviewState;
import io.vqr.review.Reviewer;
import io.vqr.standard.DisplayWidth;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code review}: the review actions of review-workflow.md on the command line, the same
 * the portal offers. A refused action (the state does not allow it, or another person
 * acted first) prints the Chinese reason and exits 2; nothing is applied then.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
		description = { "Review before figures become official (数据审核与确认): the school explains its warnings and",
				"certifies its data, the city (where the job file says so) and the province approve or return it,",
				"the province unlocks approved data. Only approved data feed official reports. See docs/review.md." },
		subcommands = { ReviewCommand.ListCommand.class, ReviewCommand.Show.class, ReviewCommand.Explain.class,
				ReviewCommand.Certify.class, ReviewCommand.Approve.class, ReviewCommand.Return.class,
				ReviewCommand.Unlock.class, ReviewCommand.History.class })
public class ReviewCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(),
				"Missing review command: list, show, explain, certify, approve, return, unlock or history");
	}

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT);

	/** What every review command takes: the year, the database. */
	abstract static class Base implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year")
		int year;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws Exception {
			Years.check(this.spec, this.year);
			check();
			PrintWriter out = this.spec.commandLine().getOut();
			try (Warehouse warehouse = readOnly() ? Warehouse.openShared(this.database, Map.of())
					: Warehouse.open(this.database, Map.of())) {
				return run(warehouse, out);
			}
			catch (ReviewException ex) {
				PrintWriter err = this.spec.commandLine().getErr();
				err.println(ex.getMessage());
				err.flush();
				return CommandLines.USAGE;
			}
			finally {
				out.flush();
			}
		}

		/** Checks the options before the warehouse is opened. */
		void check() {
		}

		boolean readOnly() {
			return false;
		}

		abstract int run(Warehouse warehouse, PrintWriter out) throws IOException;

		String school(String code) {
			if (code == null || !code.strip().matches("\\d{10}")) {
				throw new ParameterException(this.spec.commandLine(),
						"--school takes a 10-digit school code (学校代码), not " + code);
			}
			return code.strip();
		}

		String required(String option, String value) {
			if (value == null || value.isBlank()) {
				throw new ParameterException(this.spec.commandLine(), option + " must not be empty");
			}
			return value;
		}

		ReviewLevel level(String value) {
			if (value == null) {
				return null;
			}
			return ReviewLevel.fromCode(value.strip().toLowerCase(Locale.ROOT))
				.filter((level) -> level == ReviewLevel.CITY || level == ReviewLevel.PROVINCE)
				.orElseThrow(() -> new ParameterException(this.spec.commandLine(),
						"--level must be city or province, not " + value));
		}

		static void printOutcome(Outcome outcome, PrintWriter out) {
			out.printf("%s %d年度：%s（%s）%s → %s%n", outcome.schoolCode(), outcome.year(), outcome.action().label(),
					outcome.level().label(), outcome.from().label(), outcome.to().label());
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "School-years of a year: state, warned rules to explain, file under review, when, who acted last.")
	static class ListCommand extends Base {

		@Option(names = "--state", paramLabel = "S",
				description = "only this state (TO_EXPLAIN, CERTIFIED, … or 待说明, 待审核, …)")
		String state;

		@Option(names = "--level", paramLabel = "city|province", description = "only those waiting for this level")
		String level;

		@Option(names = "--city", paramLabel = "CODE", description = "only schools of this city (行政区划代码 prefix)")
		String city;

		@Option(names = "--json", description = "print JSON")
		boolean json;

		@Override
		boolean readOnly() {
			return true;
		}

		@Override
		int run(Warehouse warehouse, PrintWriter out) throws IOException {
			ReviewQueries.Filter filter = new ReviewQueries.Filter(state(), level(this.level),
					(this.city != null) ? this.city.strip() : null);
			List<Entry> entries = warehouse.bean(ReviewQueries.class).list(this.year, filter);
			if (this.json) {
				Map<String, Object> document = new LinkedHashMap<>();
				document.put("year", this.year);
				document.put("totals", totals(entries));
				document.put("schoolYears", entries);
				out.println(JSON.writeValueAsString(document));
				return 0;
			}
			print(this.year, entries, out);
			return 0;
		}

		private static Map<ReviewState, Integer> totals(List<Entry> entries) {
			Map<ReviewState, Integer> totals = new LinkedHashMap<>();
			for (ReviewState each : ReviewState.values()) {
				totals.put(each, 0);
			}
			entries.forEach((entry) -> totals.merge(entry.state(), 1, Integer::sum));
			return totals;
		}

		/** The school-years as a table, then the totals per state. */
		static void print(int year, List<Entry> entries, PrintWriter out) {
			out.println(year + "年度 数据审核情况（" + entries.size() + " 所学校）");
			out.println();
			List<List<String>> rows = new ArrayList<>();
			for (Entry entry : entries) {
				rows.add(List.of(entry.schoolCode(), DisplayWidth.fit(text(entry.schoolName()), 28),
						text(entry.schoolType()), text(entry.cityName()), entry.state().label(),
						(entry.pendingLevel() != null) ? entry.pendingLevel().label() : "",
						String.join(",", entry.unexplainedRules()),
						(entry.reviewVersion() != null) ? "v" + entry.reviewVersion() : "",
						(entry.officialVersion() != null) ? "v" + entry.officialVersion() : "", when(entry.updatedAt()),
						(entry.lastActor() != null) ? entry.lastActor() + " " + entry.lastAction().label() : ""));
			}
			StatusTable.print(List.of("学校代码", "学校名称", "办学类型", "地市", "状态", "待审级别", "待说明规则", "审核中", "正式", "更新时间", "最后操作"),
					rows, List.of(), out);
			out.println();
			StringBuilder line = new StringBuilder("合计：");
			totals(entries).forEach((each, count) -> line.append(each.label()).append(' ').append(count).append("  "));
			out.println(line.toString().strip());
		}

		private ReviewState state() {
			if (this.state == null) {
				return null;
			}
			String value = this.state.strip();
			for (ReviewState each : ReviewState.values()) {
				if (each.name().equalsIgnoreCase(value) || each.label().equals(value)) {
					return each;
				}
			}
			throw new ParameterException(this.spec.commandLine(), "--state must be one of NOT_SUBMITTED, TO_EXPLAIN,"
					+ " TO_CERTIFY, CERTIFIED, CITY_APPROVED, RETURNED, APPROVED (or 未报送, 待说明, …), not " + value);
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "One school-year: files, warnings with their explanations, state, official file, history.")
	static class Show extends Base {

		@Option(names = "--school", required = true, paramLabel = "CODE", description = "the school code")
		String school;

		@Option(names = "--json", description = "print JSON")
		boolean json;

		@Override
		boolean readOnly() {
			return true;
		}

		@Override
		int run(Warehouse warehouse, PrintWriter out) throws IOException {
			String code = school(this.school);
			Optional<Detail> found = warehouse.bean(ReviewQueries.class).detail(this.year, code);
			if (found.isEmpty()) {
				throw new ReviewException("学校" + code + "在" + this.year + "年度没有报送过文件，也没有审核记录");
			}
			Detail detail = found.get();
			if (this.json) {
				out.println(JSON.writeValueAsString(detail));
				return 0;
			}
			Entry entry = detail.entry();
			out.printf("学校：%s %s（%s，%s）%n", entry.schoolCode(), text(entry.schoolName()), text(entry.schoolType()),
					text(entry.cityName()));
			out.printf("%d年度审核状态：%s%s；审核级别：%s%n", this.year, entry.state().label(),
					(entry.pendingLevel() != null) ? "（待" + entry.pendingLevel().label() + "审核）" : "",
					entry.cityLevel() ? "学校 → 市级 → 省级" : "学校 → 省级");
			out.printf("审核中文件：%s%n", (entry.reviewFile() != null)
					? "v" + entry.reviewVersion() + " " + entry.reviewFile() : "无（尚无通过校验的文件）");
			out.printf("正式文件：%s%n",
					(entry.officialVersion() != null) ? "v" + entry.officialVersion() : "无（尚未经审核，不进入正式报告）");
			out.println();
			out.println("文件：");
			for (FileEntry file : detail.files()) {
				out.printf("  %s %-24s %s %s%s%s%n", (file.version() != null) ? "v" + file.version() : "  ",
						file.status(), when(file.processedAt()), file.fileName(), file.underReview() ? "  [审核中]" : "",
						file.official() ? "  [正式]" : "");
			}
			out.println();
			if (detail.warnedRules().isEmpty()) {
				out.println("警告与说明：审核中的文件没有警告");
			}
			else {
				out.println("警告与说明：");
				for (WarnedRule rule : detail.warnedRules()) {
					out.printf("  %s %s：%d 条%s%n", rule.ruleId(), rule.title(), rule.findings(),
							(rule.unexplained() > 0) ? "，未说明 " + rule.unexplained() + " 条" : "，已说明");
					if (rule.ruleExplanation() != null) {
						out.printf("    整条说明：%s（%s，%s）%n", rule.ruleExplanation().text(), rule.ruleExplanation().by(),
								when(rule.ruleExplanation().at()));
					}
					for (Warning warning : rule.warnings()) {
						String place = (warning.row() != null) ? warning.sheet() + ":" + warning.row()
								: Objects.requireNonNullElse(warning.sheet(), "");
						out.printf("    %s %s%n", place, warning.message());
						if (warning.explanation() != null) {
							out.printf("      说明：%s（%s，%s）%n", warning.explanation().text(), warning.explanation().by(),
									when(warning.explanation().at()));
						}
					}
				}
			}
			out.println();
			out.println("审核记录：");
			History.print(detail.history(), false, out);
			return 0;
		}

	}

	@Command(name = "explain", mixinStandardHelpOptions = true,
			description = { "The school explains a warned rule of its file under review (all its findings), or one",
					"finding with --row SHEET:ROW as the feedback workbook names it. At least 5 characters." })
	static class Explain extends Base {

		@Option(names = "--school", required = true, paramLabel = "CODE", description = "the school code")
		String school;

		@Option(names = "--rule", required = true, paramLabel = "RULE",
				description = "the rule id, e.g. W-INCOME-RANGE")
		String rule;

		@Option(names = "--row", paramLabel = "SHEET:ROW", description = "one finding, e.g. 毕业生去向:15")
		String row;

		@Option(names = "--text", required = true, paramLabel = "T", description = "the explanation")
		String text;

		@Option(names = "--by", required = true, paramLabel = "NAME", description = "who explains (for the audit)")
		String by;

		@Override
		int run(Warehouse warehouse, PrintWriter out) {
			String code = school(this.school);
			FindingRef at = (this.row != null) ? FindingRef.parse(this.row) : null;
			Outcome outcome = warehouse.bean(ReviewService.class)
				.explain(this.year, code, this.rule, at, required("--text", this.text), Reviewer.school(this.by, code),
						null);
			printOutcome(outcome, out);
			return 0;
		}

	}

	@Command(name = "certify", mixinStandardHelpOptions = true,
			description = "The school head certifies the data (学校确认); refused while a warned rule is unexplained.")
	static class Certify extends Base {

		@Option(names = "--school", required = true, paramLabel = "CODE", description = "the school code")
		String school;

		@Option(names = "--by", required = true, paramLabel = "NAME", description = "who certifies (for the audit)")
		String by;

		@Override
		int run(Warehouse warehouse, PrintWriter out) {
			String code = school(this.school);
			printOutcome(
					warehouse.bean(ReviewService.class).certify(this.year, code, Reviewer.school(this.by, code), null),
					out);
			return 0;
		}

	}

	@Command(name = "approve", mixinStandardHelpOptions = true,
			description = { "A reviewer approves: at the city level (where the job file puts one) or the province's,",
					"which makes the file under review official. Without --level: the level each school-year waits",
					"for. Each school-year on its own: one refused does not stop the others (exit 2 then)." })
	static class Approve extends Base {

		static class Which {

			@Option(names = "--school", required = true, arity = "1..*", paramLabel = "CODE",
					description = "the school codes")
			List<String> schools;

			@Option(names = "--all-certified", required = true,
					description = "every school-year waiting for this level")
			boolean allCertified;

		}

		@ArgGroup(exclusive = true, multiplicity = "1")
		Which which;

		@Option(names = "--level", paramLabel = "city|province", description = "the level acted at")
		String level;

		@Option(names = "--by", required = true, paramLabel = "NAME", description = "who approves (for the audit)")
		String by;

		@Override
		int run(Warehouse warehouse, PrintWriter out) {
			ReviewService review = warehouse.bean(ReviewService.class);
			Reviewer province = Reviewer.province(this.by);
			ReviewLevel acting = level(this.level);
			PrintWriter err = this.spec.commandLine().getErr();
			if (this.which.allCertified) {
				ReviewService.BatchOutcome batch = review.approveAllCertified(this.year,
						(acting != null) ? acting : ReviewLevel.PROVINCE, province);
				batch.approved().forEach((outcome) -> printOutcome(outcome, out));
				batch.refused().forEach((school, message) -> err.println(school + "：" + message));
				out.printf("审核通过 %d 所%s%n", batch.approved().size(),
						batch.refused().isEmpty() ? "" : "，未通过 " + batch.refused().size() + " 所（见上）");
				err.flush();
				return batch.refused().isEmpty() ? 0 : CommandLines.USAGE;
			}
			int refused = 0;
			for (String school : this.which.schools) {
				String code = school(school);
				try {
					printOutcome(review.approve(this.year, code, acting, province, null), out);
				}
				catch (ReviewException ex) {
					err.println(code + "：" + ex.getMessage());
					refused++;
				}
			}
			err.flush();
			return (refused == 0) ? 0 : CommandLines.USAGE;
		}

	}

	@Command(name = "return", mixinStandardHelpOptions = true,
			description = "A reviewer returns the school-year to the school with a reason; its explanations stay.")
	static class Return extends Base {

		@Option(names = "--school", required = true, paramLabel = "CODE", description = "the school code")
		String school;

		@Option(names = "--reason", required = true, paramLabel = "T", description = "why (the school reads it)")
		String reason;

		@Option(names = "--level", paramLabel = "city|province", description = "the level acted at")
		String level;

		@Option(names = "--by", required = true, paramLabel = "NAME", description = "who returns it (for the audit)")
		String by;

		@Override
		int run(Warehouse warehouse, PrintWriter out) {
			String code = school(this.school);
			printOutcome(warehouse.bean(ReviewService.class)
				.returnToSchool(this.year, code, level(this.level), required("--reason", this.reason),
						Reviewer.province(this.by), null),
					out);
			return 0;
		}

	}

	@Command(name = "unlock", mixinStandardHelpOptions = true,
			description = { "The province reopens an approved school-year with a reason. Its official file stays",
					"official until it is approved again; the newest file that passed the rules is under review." })
	static class Unlock extends Base {

		@Option(names = "--school", required = true, paramLabel = "CODE", description = "the school code")
		String school;

		@Option(names = "--reason", required = true, paramLabel = "T", description = "why")
		String reason;

		@Option(names = "--by", required = true, paramLabel = "NAME", description = "who unlocks (for the audit)")
		String by;

		@Override
		int run(Warehouse warehouse, PrintWriter out) {
			String code = school(this.school);
			printOutcome(
					warehouse.bean(ReviewService.class)
						.unlock(this.year, code, required("--reason", this.reason), Reviewer.province(this.by), null),
					out);
			return 0;
		}

	}

	@Command(name = "history", mixinStandardHelpOptions = true,
			description = "The audit: every review action of the year (or of one school), oldest first.")
	static class History extends Base {

		@Option(names = "--school", paramLabel = "CODE", description = "only this school")
		String school;

		@Option(names = "--json", description = "print JSON")
		boolean json;

		@Override
		boolean readOnly() {
			return true;
		}

		@Override
		int run(Warehouse warehouse, PrintWriter out) throws IOException {
			String code = (this.school != null) ? school(this.school) : null;
			List<AuditEntry> entries = warehouse.bean(ReviewQueries.class).history(this.year, code);
			if (this.json) {
				out.println(JSON.writeValueAsString(entries));
				return 0;
			}
			print(entries, code == null, out);
			return 0;
		}

		static void print(List<AuditEntry> entries, boolean withSchool, PrintWriter out) {
			if (entries.isEmpty()) {
				out.println("（无）");
				return;
			}
			List<List<String>> rows = new ArrayList<>();
			for (AuditEntry entry : entries) {
				List<String> row = new ArrayList<>();
				row.add(when(entry.actedAt()));
				if (withSchool) {
					row.add(entry.schoolCode());
				}
				row.add(entry.level().label());
				row.add(entry.actor());
				row.add(entry.action().label());
				row.add(((entry.fromState() != null) ? entry.fromState().label() : "") + " → "
						+ ((entry.toState() != null) ? entry.toState().label() : ""));
				row.add((entry.sha256() != null) ? entry.sha256().substring(0, 12) : "");
				row.add(Objects.requireNonNullElse(entry.reason(), ""));
				rows.add(row);
			}
			List<String> header = new ArrayList<>(List.of("时间"));
			if (withSchool) {
				header.add("学校代码");
			}
			header.addAll(List.of("级别", "操作人", "操作", "状态", "文件(sha256)", "理由/说明"));
			StatusTable.print(header, rows, List.of(), out);
		}

	}

	static String when(OffsetDateTime at) {
		return (at != null) ? WHEN.format(at.atZoneSameInstant(ZoneId.systemDefault())) : "";
	}

	static String text(String value) {
		return Objects.requireNonNullElse(value, "");
	}

}
