package io.vqr.web.official;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.vqr.web.PortalUser;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Officials: the reports of their scope, per year, to download. */
@Controller
@RequestMapping("/official")
class OfficialController {

	private final PublishedReports reports;

	OfficialController(PublishedReports reports) {
		this.reports = reports;
	}

	@GetMapping
	String reports(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year, Model model)
			throws IOException {
		List<Integer> years = this.reports.years();
		Integer shown = (year != null && years.contains(year)) ? year : years.stream().findFirst().orElse(null);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("scope", user.account().scope().describe());
		model.addAttribute("reports",
				(shown != null) ? this.reports.reports(shown, user.account().scope()) : List.of());
		return "official/reports";
	}

	@GetMapping("/{year}/file")
	ResponseEntity<Resource> file(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@RequestParam String path) throws IOException {
		Path file = this.reports.file(year, path, user.account().scope())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String name = file.getFileName().toString();
		MediaType type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(file));
	}

}
