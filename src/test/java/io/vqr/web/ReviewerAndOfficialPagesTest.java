package io.vqr.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;
import io.vqr.web.review.ReportRuns;
import io.vqr.web.review.ReviewBoard;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reviewers' board and school-year pages (a city reviewer sees its own city only), the
 * report run started from the board, and officials downloading exactly the reports of
 * their scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewerAndOfficialPagesTest {

	static final int YEAR = SchoolWorkbooks.YEAR;

	final Portal portal = Portal.get();

	final SchoolWorkbooks samples = SchoolWorkbooks.get();

	PortalUser province;

	String schoolA;

	String schoolB;

	@BeforeAll
	void twoSchoolsSubmit() throws Exception {
		this.schoolA = this.samples.school(0).schoolCode();
		this.schoolB = this.samples.school(6).schoolCode();
		Uploads.upload(this.portal, Users.of(this.portal, "rv-a", Role.SCHOOL_CLERK, this.schoolA), "a.xlsx",
				this.samples.bytes(0));
		Uploads.upload(this.portal, Users.of(this.portal, "rv-b", Role.SCHOOL_CLERK, this.schoolB), "b.xlsx",
				this.samples.bytes(6));
		this.province = Users.of(this.portal, "rv-province", Role.PROVINCE_REVIEWER, null);
	}

	@Test
	void theBoardCountsEverySchoolAndTheCityReviewerSeesItsCityOnly() throws Exception {
		String board = page(this.province, "/review");
		assertThat(board).contains(this.samples.school(0).schoolName(), this.samples.school(6).schoolName(), "按办学类型",
				"按城市");
		ReviewBoard.SchoolLine a = line(this.schoolA);
		ReviewBoard.SchoolLine b = line(this.schoolB);
		assertThat(a.cityCode()).isNotNull();
		PortalUser city = Users.of(this.portal, "rv-city-" + a.cityCode(), Role.CITY_REVIEWER, null, a.cityCode(),
				null);
		String cityBoard = page(city, "/review");
		assertThat(cityBoard).contains(this.samples.school(0).schoolName());
		this.portal.mvc()
			.perform(get("/review/" + YEAR + "/" + this.schoolA).with(user(city)))
			.andExpect(status().isOk());
		if (!a.cityCode().equals(b.cityCode())) {
			assertThat(cityBoard).doesNotContain(this.samples.school(6).schoolName());
			this.portal.mvc()
				.perform(get("/review/" + YEAR + "/" + this.schoolB).with(user(city)))
				.andExpect(status().isNotFound());
		}
		this.portal.mvc()
			.perform(post("/review/report-run").param("year", "" + YEAR).with(user(city)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSchoolYearPageShowsFindingsAndTheFeedbackNeverTheWorkbook() throws Exception {
		String page = page(this.province, "/review/" + YEAR + "/" + this.schoolA);
		String underReview = this.portal.jdbc()
			.queryForObject("select file_name from submission where school_code = ? and status like 'ACCEPTED%'"
					+ " order by submission_id desc limit 1", String.class, this.schoolA);
		assertThat(page).contains("下载反馈表", underReview).doesNotContainPattern("\\d{17}[\\dX]");
		long id = this.portal.jdbc()
			.queryForObject("select max(submission_id) from submission where school_code = ?", Long.class,
					this.schoolA);
		MockHttpServletResponse feedback = this.portal.mvc()
			.perform(get("/review/" + YEAR + "/" + this.schoolA + "/files/" + id + "/feedback")
				.with(user(this.province)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(feedback.getHeader("Content-Disposition")).contains("attachment")
			.contains(java.net.URLEncoder.encode("_校验结果.xlsx", StandardCharsets.UTF_8));
		this.portal.mvc()
			.perform(get("/review/" + YEAR + "/" + this.schoolB + "/files/" + id + "/feedback")
				.with(user(this.province)))
			.andExpect(status().isNotFound());
	}

	@Test
	void officialsDownloadTheReportsOfTheirScopeOnly() throws Exception {
		this.portal.mvc()
			.perform(post("/review/report-run").param("year", "" + YEAR).with(user(this.province)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		ReportRuns runs = this.portal.warehouse().bean(ReportRuns.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (runs.state().startsWith("正在") && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(runs.state()).isEqualTo(YEAR + " 年度报告已生成。");

		PortalUser official = Users.of(this.portal, "rv-official", Role.OFFICIAL, null, null,
				new OfficialScope(true, List.of(), List.of(), List.of(this.schoolA)));
		String page = page(official, "/official");
		assertThat(page).contains("省级报告", this.samples.school(0).schoolName())
			.doesNotContain(this.samples.school(6).schoolName());
		String pdf = link(page, this.schoolA, ".pdf");
		MockHttpServletResponse download = this.portal.mvc()
			.perform(get("/official/" + YEAR + "/file").param("path", pdf).with(user(official)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(download.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		String otherPdf = pdf.replace(this.schoolA, this.schoolB)
			.replace(this.samples.school(0).schoolName(), this.samples.school(6).schoolName());
		this.portal.mvc()
			.perform(get("/official/" + YEAR + "/file").param("path", otherPdf).with(user(official)))
			.andExpect(status().isNotFound());
		this.portal.mvc()
			.perform(get("/official/" + YEAR + "/file").param("path", "../../data/secret").with(user(official)))
			.andExpect(status().isNotFound());
		PortalUser schoolsOnly = Users.of(this.portal, "rv-official-schools", Role.OFFICIAL, null, null,
				new OfficialScope(false, List.of(), List.of(), List.of(this.schoolB)));
		assertThat(page(schoolsOnly, "/official")).doesNotContain("省级报告")
			.doesNotContain("市级报告")
			.contains(this.samples.school(6).schoolName());
		this.portal.mvc()
			.perform(get("/official/" + YEAR + "/file").param("path", pdf).with(user(schoolsOnly)))
			.andExpect(status().isNotFound());
	}

	/** The path of the school's report file of that type, as the page links it. */
	static String link(String page, String schoolCode, String suffix) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("path=([^\"&]+)").matcher(page);
		while (matcher.find()) {
			String path = java.net.URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
			if (path.contains(schoolCode) && path.endsWith(suffix)) {
				return path;
			}
		}
		throw new AssertionError("no " + suffix + " link of " + schoolCode);
	}

	ReviewBoard.SchoolLine line(String school) {
		return this.portal.warehouse()
			.bean(ReviewBoard.class)
			.schools(YEAR, null)
			.stream()
			.filter((line) -> line.schoolCode().equals(school))
			.findFirst()
			.orElseThrow();
	}

	String page(PortalUser who, String url) throws Exception {
		return this.portal.mvc()
			.perform(get(url).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
