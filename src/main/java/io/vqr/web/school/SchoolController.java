package io.vqr.web.school;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.vqr.template.TemplateWriter;
import io.vqr.web.PortalUser;
import io.vqr.web.PortalYear;
import io.vqr.web.school.SchoolFiles.SchoolFile;
import io.vqr.workbook.ReadLimits;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A school's pages. The school is always the logged-in account's; a file id in a URL is
 * looked up together with it, so another school's id is simply not found.
 */
@Controller
@RequestMapping("/school")
class SchoolController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SchoolFiles files;

	private final UploadIntake intake;

	private final PortalYear year;

	private final ReadLimits limits;

	private final JdbcTemplate jdbc;

	SchoolController(SchoolFiles files, UploadIntake intake, PortalYear year, ReadLimits limits, JdbcTemplate jdbc) {
		this.files = files;
		this.intake = intake;
		this.year = year;
		this.limits = limits;
		this.jdbc = jdbc;
	}

	@GetMapping
	String home(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String tooLarge,
			Model model) {
		if (tooLarge != null) {
			return refused(user, model, UploadSizeLimit.tooLarge(this.limits), List.of());
		}
		fillHome(user, model);
		return "school/home";
	}

	private void fillHome(PortalUser user, Model model) {
		int year = this.year.current();
		String school = user.schoolCode();
		model.addAttribute("year", year);
		model.addAttribute("schoolCode", school);
		model.addAttribute("schoolName", this.files.schoolName(school).orElse(""));
		List<SchoolFile> history = this.files.history(year, school);
		model.addAttribute("history", history);
		model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
		model.addAttribute("state", reviewState(year, school));
		model.addAttribute("maxMegabytes", this.limits.maxFileBytes() / (1024 * 1024));
	}

	private String reviewState(int year, String school) {
		return this.jdbc
			.queryForList("select state from school_year where year = ? and school_code = ?", String.class, year,
					school)
			.stream()
			.findFirst()
			.orElse("NOT_SUBMITTED");
	}

	@GetMapping("/template")
	ResponseEntity<Resource> template() throws IOException {
		int year = this.year.current();
		Path file = Files.createTempFile("vqr-template", ".xlsx");
		new TemplateWriter().write(year, file);
		byte[] bytes = Files.readAllBytes(file);
		Files.delete(file);
		return download(new org.springframework.core.io.ByteArrayResource(bytes), "质量数据采集表_" + year + ".xlsx");
	}

	@PostMapping("/upload")
	String upload(@AuthenticationPrincipal PortalUser user, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		if (file.isEmpty()) {
			return refused(user, model, "没有选择文件，或文件是空的（0 字节）。请选择本校填好的 Excel 数据表。", List.of());
		}
		if (file.getSize() > this.limits.maxFileBytes()) {
			return refused(user, model, UploadSizeLimit.tooLarge(this.limits), List.of());
		}
		UploadIntake.Result result;
		try (InputStream content = file.getInputStream()) {
			result = this.intake.submit(this.year.current(), user.schoolCode(), file.getOriginalFilename(), content);
		}
		if (result instanceof UploadIntake.Result.Processed processed) {
			return "redirect:/school/files/" + processed.submissionId() + (processed.duplicate() ? "?duplicate" : "");
		}
		UploadIntake.Result.Refused refused = (UploadIntake.Result.Refused) result;
		return refused(user, model, refused.reason(), refused.findings().stream().map(SchoolController::row).toList());
	}

	private String refused(PortalUser user, Model model, String reason, List<SchoolFiles.FindingRow> findings) {
		fillHome(user, model);
		model.addAttribute("refusal", reason);
		model.addAttribute("refusalFindings", findings);
		return "school/home";
	}

	private static SchoolFiles.FindingRow row(io.vqr.findings.Finding finding) {
		return new SchoolFiles.FindingRow(finding.rule().id(), finding.severity().name(), finding.sheet(),
				(finding.excelRow() > 0) ? finding.excelRow() : null, finding.column(), finding.header(),
				io.vqr.web.Masking.text(finding.value()), io.vqr.web.Masking.text(finding.message()));
	}

	@GetMapping("/files/{id}")
	String file(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		SchoolFile file = this.files.find(id, user.schoolCode()).orElseThrow(SchoolController::notFound);
		model.addAttribute("file", file);
		model.addAttribute("findings", this.files.findings(id, user.schoolCode()));
		model.addAttribute("schoolName", this.files.schoolName(user.schoolCode()).orElse(""));
		model.addAttribute("state", reviewState(file.year(), user.schoolCode()));
		return "school/file";
	}

	@GetMapping("/files/{id}/feedback")
	ResponseEntity<Resource> feedback(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		SchoolFile file = this.files.find(id, user.schoolCode()).orElseThrow(SchoolController::notFound);
		Path feedback = this.files.feedback(id, user.schoolCode())
			.filter(Files::isRegularFile)
			.orElseThrow(SchoolController::notFound);
		return download(new FileSystemResource(feedback), feedbackName(file));
	}

	static String feedbackName(SchoolFile file) {
		String base = file.fileName().replaceFirst("\\.[^.]*$", "");
		return base + "_校验结果.xlsx";
	}

	static ResponseEntity<Resource> download(Resource resource, String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(resource);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
