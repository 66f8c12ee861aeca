package io.vqr.web.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.accounts.Role;
import io.vqr.indicators.DataView;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.pdf.DraftStamp;
import io.vqr.report.pdf.PdfReportRenderer;
import io.vqr.review.AuditEntry;
import io.vqr.review.FindingRef;
import io.vqr.review.ReviewAction;
import io.vqr.review.ReviewException;
import io.vqr.review.ReviewQueries;
import io.vqr.review.ReviewQueries.Detail;
import io.vqr.review.ReviewQueries.FileEntry;
import io.vqr.review.ReviewService;
import io.vqr.review.ReviewService.Outcome;
import io.vqr.review.ReviewState;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.web.Masking;
import io.vqr.web.PortalUser;
import io.vqr.web.PortalYear;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's part of review, on top of {@link ReviewService} (which alone decides what is
 * allowed): explaining warnings, the head's certification with its printable 数据确认书, the
 * reasons of returns, and a draft of the school's own report. The school is always the
 * account's; a refused action shows the service's Chinese message.
 */
@Controller
@RequestMapping("/school")
class SchoolReviewController {

	private static final Logger log = LoggerFactory.getLogger(SchoolReviewController.class);

	private final ReviewService review;

	private final ReviewQueries queries;

	private final SchoolFiles files;

	private final PortalYear year;

	private final JdbcTemplate jdbc;

	private final ReportModelBuilder reports;

	private final PdfReportRenderer pdf;

	SchoolReviewController(ReviewService review, ReviewQueries queries, SchoolFiles files, PortalYear year,
			JdbcTemplate jdbc, ReportModelBuilder reports, PdfReportRenderer pdf) {
		this.review = review;
		this.queries = queries;
		this.files = files;
		this.year = year;
		this.jdbc = jdbc;
		this.reports = reports;
		this.pdf = pdf;
	}

	/** A reason a reviewer gave the school (a return or an unlock). */
	record Return(String when, String who, String action, String reason) {
	}

	@GetMapping("/review")
	String reviewPage(@AuthenticationPrincipal PortalUser user, Model model) {
		int year = this.year.current();
		String school = user.schoolCode();
		Optional<Detail> detail = this.queries.detail(year, school);
		model.addAttribute("year", year);
		model.addAttribute("schoolCode", school);
		model.addAttribute("schoolName", this.files.schoolName(school).orElse(""));
		model.addAttribute("detail", detail.orElse(null));
		ReviewState state = detail.map((d) -> d.entry().state()).orElse(ReviewState.NOT_SUBMITTED);
		model.addAttribute("state", state.name());
		model.addAttribute("stateLabel", state.label());
		model.addAttribute("version", detail.map((d) -> d.entry().version()).orElse(-1));
		model.addAttribute("editable",
				state == ReviewState.TO_EXPLAIN || state == ReviewState.TO_CERTIFY || state == ReviewState.RETURNED);
		model.addAttribute("certifiable", (state == ReviewState.TO_CERTIFY || state == ReviewState.RETURNED)
				&& detail.map((d) -> d.entry().unexplainedRules().isEmpty()).orElse(false));
		model.addAttribute("head", user.role() == Role.SCHOOL_HEAD);
		model.addAttribute("underReview", detail.flatMap(SchoolReviewController::underReview).orElse(null));
		model.addAttribute("returns", detail.map((d) -> returns(d.history())).orElse(List.of()));
		return "school/review";
	}

	@PostMapping("/explain")
	String explain(@AuthenticationPrincipal PortalUser user, @RequestParam String rule,
			@RequestParam(required = false) String sheet, @RequestParam(required = false) Integer row,
			@RequestParam String text, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		FindingRef at = (sheet != null && !sheet.isBlank() && row != null) ? new FindingRef(sheet, row) : null;
		try {
			Outcome outcome = this.review.explain(this.year.current(), user.schoolCode(), rule, at, text,
					user.reviewer(), version);
			String done = "说明已保存" + ((at != null) ? "（" + at.sheet() + "第" + at.row() + "行）" : "") + "。";
			if (outcome.to() == ReviewState.TO_CERTIFY && outcome.from() == ReviewState.TO_EXPLAIN) {
				done += "全部警告均已说明，请校领导核对数据确认书后确认本校数据。";
			}
			redirect.addFlashAttribute("done", done);
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("failedRule", rule);
			redirect.addFlashAttribute("failedText", text);
		}
		return "redirect:/school/review";
	}

	/** Only the head certifies (the security rules refuse a clerk before this). */
	@PostMapping("/certify")
	String certify(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		try {
			this.review.certify(this.year.current(), user.schoolCode(), user.reviewer(), version);
			redirect.addFlashAttribute("done", "本校数据已确认，已提交审核。审核结果将在本页显示。");
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/school/review";
	}

	/**
	 * The 数据确认书: what the head signs and seals — the file under review (name, version,
	 * digest), its rows per sheet, its warnings and the school's explanations. No ID
	 * number: explanations are masked like every text shown.
	 */
	@GetMapping("/confirmation")
	String confirmation(@AuthenticationPrincipal PortalUser user, Model model) {
		int year = this.year.current();
		String school = user.schoolCode();
		Detail detail = this.queries.detail(year, school)
			.filter((d) -> d.entry().reviewSubmissionId() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FileEntry file = underReview(detail).orElseThrow();
		String counts = this.jdbc.queryForObject(
				"select rows_loaded::text from submission where submission_id = ? and school_code = ?", String.class,
				file.submissionId(), school);
		Map<String, Long> rows = SubmissionRegistry.rowCounts(counts);
		model.addAttribute("year", year);
		model.addAttribute("schoolCode", school);
		model.addAttribute("schoolName", this.files.schoolName(school).orElse(""));
		model.addAttribute("detail", detail);
		model.addAttribute("file", file);
		model.addAttribute("rows", rows);
		model.addAttribute("rowTotal", rows.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("explanations", explanations(detail));
		return "school/confirmation";
	}

	/** One explanation as the 确认书 lists it. */
	record ExplanationLine(String ruleId, String title, String where, int findings, String text) {
	}

	private static List<ExplanationLine> explanations(Detail detail) {
		List<ExplanationLine> lines = new java.util.ArrayList<>();
		for (ReviewQueries.WarnedRule rule : detail.warnedRules()) {
			if (rule.ruleExplanation() != null) {
				lines.add(new ExplanationLine(rule.ruleId(), rule.title(), "全部 " + rule.findings() + " 条",
						rule.findings(), Masking.text(rule.ruleExplanation().text())));
			}
			for (ReviewQueries.Warning warning : rule.warnings()) {
				if (warning.explanation() != null) {
					lines.add(new ExplanationLine(rule.ruleId(), rule.title(),
							warning.sheet() + " 第" + warning.row() + "行", 1,
							Masking.text(warning.explanation().text())));
				}
			}
			if (rule.ruleExplanation() == null && rule.unexplained() > 0) {
				lines.add(new ExplanationLine(rule.ruleId(), rule.title(), "尚有 " + rule.unexplained() + " 条未说明",
						rule.unexplained(), ""));
			}
		}
		return lines;
	}

	/**
	 * A draft of the school's own report from its file under review, marked as a draft on
	 * every page; never delivered to anyone else.
	 */
	@GetMapping("/draft-report")
	ResponseEntity<byte[]> draftReport(@AuthenticationPrincipal PortalUser user) throws IOException {
		int year = this.year.current();
		String school = user.schoolCode();
		if (!this.reports.schoolsWithData(year, DataView.DRAFT).contains(school)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SchoolReport report = this.reports.school(year, school, DataView.DRAFT);
		ByteArrayOutputStream rendered = new ByteArrayOutputStream(1 << 20);
		this.pdf.renderSchool(report, rendered);
		ByteArrayOutputStream stamped = new ByteArrayOutputStream(rendered.size() + 4096);
		DraftStamp.stamp(rendered.toByteArray(), DataView.DRAFT_MARK, stamped);
		log.info("Draft report of school {} for {} rendered for {}", school, year, user.getUsername());
		String name = school + "_" + year + "年度质量报告_草稿.pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(stamped.toByteArray());
	}

	private static Optional<FileEntry> underReview(Detail detail) {
		return detail.files().stream().filter(FileEntry::underReview).findFirst();
	}

	/** Returns and unlocks with their reasons, newest first. */
	static List<Return> returns(List<AuditEntry> history) {
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		return history.stream()
			.filter((entry) -> entry.action() == ReviewAction.RETURN || entry.action() == ReviewAction.UNLOCK)
			.sorted(java.util.Comparator.comparing(AuditEntry::auditId).reversed())
			.map((entry) -> new Return(
					entry.actedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).format(format),
					entry.level().label() + " " + entry.actor(), entry.action().label(), Masking.text(entry.reason())))
			.toList();
	}

}
