package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.feedback.FeedbackStatus;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.findings.Finding;
import io.vqr.findings.FindingCollector;
import io.vqr.jobs.ingest.FeedbackFiles;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.Severity;
import io.vqr.text.UntrustedText;
import io.vqr.validation.SchoolIdentity;
import io.vqr.validation.SheetTally;
import io.vqr.validation.SubmissionValidator;
import io.vqr.validation.TypedRowSink;
import io.vqr.validation.ValidationOutcome;
import io.vqr.workbook.ReadLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: what a school runs before submitting. Offline: no database, so the
 * two rules that compare with the warehouse (W-CROSS-SCHOOL-ID, W-YOY-JUMP) are left to
 * the data office's run.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = {
				"Checks workbooks offline (no database needed) against the rule catalogue, prints a summary per",
				"file and, with --feedback, writes the feedback workbook a school would receive.",
				"Rules that need the warehouse (W-CROSS-SCHOOL-ID, W-YOY-JUMP) are checked only by ingest." })
public class ValidateCommand implements Callable<Integer> {

	/** Findings listed per file in the terminal. */
	static final int SHOWN_FINDINGS = 20;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "workbooks to check (.xlsx, .xlsm, .xls)")
	List<Path> files;

	@Option(names = "--year", paramLabel = "Y",
			description = { "the reporting year to check against (default: each file's own 统计年度);",
					"the standard (v1 to 2024, v2 from 2025) follows the file's own 统计年度, else this year" })
	Integer year;

	@Option(names = "--feedback", paramLabel = "DIR", description = "write feedback workbooks into this folder")
	Path feedback;

	@Override
	public Integer call() throws Exception {
		if (this.year != null) {
			Years.check(this.spec, this.year);
		}
		for (Path file : this.files) {
			if (!Files.isRegularFile(file)) {
				throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
						"找不到文件：" + UntrustedText.forLog(file.toString()));
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		ReadLimits limits = ReadLimits.defaults();
		SubmissionValidator validator = new SubmissionValidator(new ValueParser(), limits);
		FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();
		for (Path file : this.files) {
			String name = file.getFileName().toString();
			// The first findings of each rule, for the terminal and the feedback, and the
			// rest counted: a file with a million findings fills no memory.
			FindingCollector findings = FindingCollector.keepingFirst(FeedbackWorkbookWriter.LISTED_PER_RULE);
			ValidationOutcome outcome = validator.validateLoose(file, name, this.year, TypedRowSink.DISCARD, findings);
			Map<Severity, Integer> counts = findings.countsBySeverity();
			FeedbackStatus status = FeedbackStatus.of(counts);
			out.printf("%s: %s — %d 错误, %d 警告, %d 提示%n", UntrustedText.forLog(name), status.label(),
					counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO));
			printFindings(findings.kept(), counts, this.feedback != null, out);
			if (this.feedback != null) {
				Map<String, Long> read = new LinkedHashMap<>();
				Map<String, Long> clean = new LinkedHashMap<>();
				for (Map.Entry<String, SheetTally> entry : outcome.tallies().entrySet()) {
					String sheet = outcome.sheetName(entry.getKey());
					read.put(sheet, entry.getValue().read());
					clean.put(sheet, status == FeedbackStatus.REJECTED ? 0L : entry.getValue().clean());
				}
				int fileYear = (this.year != null) ? this.year
						: outcome.school().map(SchoolIdentity::year).filter((y) -> y != null).orElse(0);
				Path written = FeedbackFiles.write(file, name, fileYear, outcome, findings.kept(), findings.notKept(),
						status, null, counts, read, clean, this.feedback, writer, limits);
				out.println("  反馈工作簿：" + UntrustedText.forLog(written.toAbsolutePath().normalize().toString()));
			}
		}
		out.flush();
		return 0;
	}

	/**
	 * The first findings in the terminal, errors first, then warnings, then information
	 * (a rejected file must show why, however many extra sheets or columns come before
	 * its errors); the feedback workbook has them all.
	 */
	static void printFindings(List<Finding> findings, Map<Severity, Integer> counts, boolean feedbackWritten,
			PrintWriter out) {
		List<Finding> ordered = new ArrayList<>(findings);
		ordered.sort(Comparator.comparing(Finding::severity));
		List<Finding> shown = ordered.subList(0, Math.min(ordered.size(), SHOWN_FINDINGS));
		for (Finding finding : shown) {
			String where = finding.sheet().isEmpty() ? "文件" : UntrustedText.forLog(finding.sheet())
					+ ((finding.excelRow() > 0) ? " " + finding.column() + finding.excelRow() : "");
			out.printf("  [%s %s] %s: %s%n", finding.severity().label(), finding.rule().id(), where,
					UntrustedText.forLog(finding.message()));
		}
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		if (total > shown.size()) {
			Map<Severity, Integer> rest = new EnumMap<>(counts);
			shown.forEach((finding) -> rest.merge(finding.severity(), -1, Integer::sum));
			List<String> parts = new ArrayList<>();
			rest.forEach((severity, count) -> {
				if (count > 0) {
					parts.add(severity.label() + " " + count + " 条");
				}
			});
			out.printf("  … 另有 %d 条（%s）%s%n", total - shown.size(), String.join("、", parts),
					feedbackWritten ? "，全部列在反馈工作簿中" : "，加 --feedback 目录 可写出列有全部问题的反馈工作簿");
		}
	}

}
