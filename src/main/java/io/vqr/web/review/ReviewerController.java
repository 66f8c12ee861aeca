package io.vqr.web.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.accounts.Role;
import io.vqr.indicators.DataView;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.review.ReviewException;
import io.vqr.review.ReviewLevel;
import io.vqr.review.ReviewQueries;
import io.vqr.review.ReviewService;
import io.vqr.review.ReviewService.Outcome;
import io.vqr.review.ReviewState;
import io.vqr.web.PortalUser;
import io.vqr.web.PortalYear;
import io.vqr.web.school.SchoolFiles;
import io.vqr.web.school.SchoolFiles.SchoolFile;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewers' pages: the status board, the queue, a school-year. A city reviewer sees its
 * own city's schools only; a school of another city is not found.
 */
@Controller
@RequestMapping("/review")
class ReviewerController {

	private static final Logger log = LoggerFactory.getLogger(ReviewerController.class);

	private final ReviewBoard board;

	private final SchoolFiles files;

	private final PortalYear year;

	private final ReportRuns reportRuns;

	private final ReviewService review;

	private final ReviewQueries queries;

	private final SchoolNotices notices;

	private final ReportModelBuilder reports;

	ReviewerController(ReviewBoard board, SchoolFiles files, PortalYear year, ReportRuns reportRuns,
			ReviewService review, ReviewQueries queries, SchoolNotices notices, ReportModelBuilder reports) {
		this.reports = reports;
		this.board = board;
		this.files = files;
		this.year = year;
		this.reportRuns = reportRuns;
		this.review = review;
		this.queries = queries;
		this.notices = notices;
	}

	static String cityOf(PortalUser user) {
		return (user.role() == Role.CITY_REVIEWER) ? user.account().cityCode().orElseThrow() : null;
	}

	@GetMapping
	String board(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : this.year.current();
		List<ReviewBoard.SchoolLine> lines = this.board.schools(shown, cityOf(user));
		model.addAttribute("year", shown);
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("byType", ReviewBoard.countBy(lines, ReviewBoard.SchoolLine::schoolType));
		model.addAttribute("byCity", ReviewBoard.countBy(lines, ReviewBoard.SchoolLine::cityName));
		model.addAttribute("total", ReviewBoard.countBy(lines, (line) -> "合计"));
		model.addAttribute("notSubmitted",
				lines.stream().filter((l) -> l.state() == ReviewState.NOT_SUBMITTED).toList());
		model.addAttribute("schools", lines);
		model.addAttribute("reportRun", this.reportRuns.state());
		return "review/board";
	}

	/**
	 * The province starts the report run (the city cannot: reports are the province's).
	 */
	@PostMapping("/report-run")
	String reportRun(@AuthenticationPrincipal PortalUser user, @RequestParam int year) {
		if (user.role() == Role.CITY_REVIEWER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		this.reportRuns.start(year, user.getUsername());
		return "redirect:/review?year=" + year;
	}

	@GetMapping("/queue")
	String queue(@AuthenticationPrincipal PortalUser user, Model model) {
		int shown = this.year.current();
		boolean city = user.role() == Role.CITY_REVIEWER;
		List<ReviewBoard.SchoolLine> waiting = this.board.schools(shown, cityOf(user))
			.stream()
			.filter((line) -> city ? (line.state() == ReviewState.CERTIFIED && line.cityLevel())
					: (line.state() == ReviewState.CITY_APPROVED || line.state() == ReviewState.CERTIFIED))
			.toList();
		model.addAttribute("year", shown);
		model.addAttribute("waiting", waiting);
		return "review/queue";
	}

	/**
	 * Every review action of the year (of the city's schools for a city reviewer), newest
	 * first.
	 */
	@GetMapping("/history")
	String history(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : this.year.current();
		java.util.Set<String> visible = this.board.schools(shown, cityOf(user))
			.stream()
			.map(ReviewBoard.SchoolLine::schoolCode)
			.collect(java.util.stream.Collectors.toSet());
		model.addAttribute("year", shown);
		model.addAttribute("rows",
				this.board.audit(shown).stream().filter((row) -> visible.contains(row.schoolCode())).toList());
		return "review/history";
	}

	@GetMapping("/{year}/{school}")
	String schoolYear(@AuthenticationPrincipal PortalUser user, @PathVariable int year, @PathVariable String school,
			Model model) {
		ReviewBoard.SchoolLine line = line(user, year, school);
		List<SchoolFile> history = this.files.history(year, line.schoolCode());
		Optional<SchoolFile> latestPassed = history.stream().filter(SchoolFile::passed).findFirst();
		model.addAttribute("year", year);
		model.addAttribute("line", line);
		model.addAttribute("history", history);
		model.addAttribute("file", latestPassed.orElse(history.isEmpty() ? null : history.get(0)));
		model.addAttribute("findings",
				latestPassed.or(() -> history.stream().findFirst())
					.map((file) -> this.files.findings(file.id(), line.schoolCode()))
					.orElse(List.of()));
		Optional<ReviewQueries.Detail> detail = this.queries.detail(year, line.schoolCode());
		model.addAttribute("detail", detail.orElse(null));
		model.addAttribute("version", detail.map((d) -> d.entry().version()).orElse(-1));
		model.addAttribute("pendingLevel",
				detail.map((d) -> d.entry().pendingLevel()).map(ReviewLevel::label).orElse(null));
		boolean waiting = line.state() == ReviewState.CERTIFIED || line.state() == ReviewState.CITY_APPROVED;
		boolean city = user.role() == Role.CITY_REVIEWER;
		model.addAttribute("canDecide",
				waiting && (!city || (line.state() == ReviewState.CERTIFIED && line.cityLevel())));
		model.addAttribute("canUnlock", !city && line.state() == ReviewState.APPROVED);
		model.addAttribute("audit",
				detail
					.map((d) -> d.history().stream().sorted((a, b) -> Long.compare(b.auditId(), a.auditId())).toList())
					.orElse(List.of()));
		model.addAttribute("figures", figures(year, line.schoolCode()));
		return "review/school";
	}

	/**
	 * The school's indicators from its file under review against last year's, as its
	 * report would show them (the draft view: what approving would make official).
	 */
	private List<IndicatorComparison> figures(int year, String school) {
		if (!this.reports.schoolsWithData(year, DataView.DRAFT).contains(school)) {
			return List.of();
		}
		IndicatorSnapshot snapshot = this.reports.snapshot(year, DataView.DRAFT);
		return IndicatorCatalog.all()
			.stream()
			.map((indicator) -> IndicatorComparison.of(snapshot.value(school, indicator),
					snapshot.previousValue(school, indicator)))
			.toList();
	}

	@PostMapping("/{year}/{school}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable int year, @PathVariable String school,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		ReviewBoard.SchoolLine line = line(user, year, school);
		return act(line, year, redirect,
				() -> this.review.approve(year, line.schoolCode(), null, user.reviewer(), version), null, user);
	}

	@PostMapping("/{year}/{school}/return")
	String returnToSchool(@AuthenticationPrincipal PortalUser user, @PathVariable int year, @PathVariable String school,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		ReviewBoard.SchoolLine line = line(user, year, school);
		return act(line, year, redirect,
				() -> this.review.returnToSchool(year, line.schoolCode(), null, reason, user.reviewer(), version),
				reason, user);
	}

	/** The province alone unlocks (the security rules refuse a city before this). */
	@PostMapping("/{year}/{school}/unlock")
	String unlock(@AuthenticationPrincipal PortalUser user, @PathVariable int year, @PathVariable String school,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		ReviewBoard.SchoolLine line = line(user, year, school);
		return act(line, year, redirect,
				() -> this.review.unlock(year, line.schoolCode(), reason, user.reviewer(), version), reason, user);
	}

	/**
	 * Approves every school-year that waits for the reviewer's own level (a city: its own
	 * city's); each one apart, so one refusal does not undo the others.
	 */
	@PostMapping("/approve-all")
	String approveAll(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		int shown = this.year.current();
		ReviewService.BatchOutcome outcome = this.review.approveAllCertified(shown, null, user.reviewer());
		for (Outcome approved : outcome.approved()) {
			notify(approved, null, user);
		}
		redirect.addFlashAttribute("done", "已审核通过 " + outcome.approved().size() + " 所学校。");
		if (!outcome.refused().isEmpty()) {
			redirect.addFlashAttribute("error",
					String.join("；",
							outcome.refused()
								.entrySet()
								.stream()
								.map((entry) -> entry.getKey() + "：" + entry.getValue())
								.toList()));
		}
		return "redirect:/review/queue";
	}

	private String act(ReviewBoard.SchoolLine line, int year, RedirectAttributes redirect,
			java.util.function.Supplier<Outcome> action, String reason, PortalUser user) {
		try {
			Outcome outcome = action.get();
			redirect.addFlashAttribute("done", outcome.level().label() + outcome.action().label() + "完成：状态由“"
					+ outcome.from().label() + "”变为“" + outcome.to().label() + "”。");
			notify(outcome, reason, user);
		}
		catch (ReviewException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/review/" + year + "/" + line.schoolCode();
	}

	/**
	 * The school's contacts hear of a return, the final approval and an unlock. The
	 * action is committed before: a mail that fails is logged, never undoes it.
	 */
	private void notify(Outcome outcome, String reason, PortalUser user) {
		SchoolNotices.Notice notice = switch (outcome.action()) {
			case RETURN -> SchoolNotices.Notice.RETURNED;
			case UNLOCK -> SchoolNotices.Notice.UNLOCKED;
			case APPROVE -> (outcome.to() == ReviewState.APPROVED) ? SchoolNotices.Notice.APPROVED : null;
			default -> null;
		};
		if (notice == null) {
			return;
		}
		try {
			this.notices.send(outcome.year(), outcome.schoolCode(),
					this.files.schoolName(outcome.schoolCode()).orElse(null), notice, reason,
					user.account().displayName());
		}
		catch (RuntimeException ex) {
			log.warn("Notice {} for school {} year {} failed after the action was saved: {}", notice,
					outcome.schoolCode(), outcome.year(), ex.toString());
		}
	}

	@GetMapping("/{year}/{school}/files/{id}/feedback")
	ResponseEntity<Resource> feedback(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@PathVariable String school, @PathVariable long id) {
		ReviewBoard.SchoolLine line = line(user, year, school);
		SchoolFile file = this.files.find(id, line.schoolCode()).orElseThrow(ReviewerController::notFound);
		Path feedback = this.files.feedback(id, line.schoolCode())
			.filter(Files::isRegularFile)
			.orElseThrow(ReviewerController::notFound);
		String name = file.fileName().replaceFirst("\\.[^.]*$", "") + "_校验结果.xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(feedback));
	}

	/**
	 * The school's line if the reviewer may see it: a city reviewer only its own city's.
	 */
	ReviewBoard.SchoolLine line(PortalUser user, int year, String school) {
		if (!school.matches("\\d{10}")) {
			throw notFound();
		}
		return this.board.schools(year, cityOf(user))
			.stream()
			.filter((line) -> line.schoolCode().equals(school))
			.findFirst()
			.orElseThrow(ReviewerController::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
