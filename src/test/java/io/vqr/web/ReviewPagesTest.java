package io.vqr.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.vqr.accounts.Role;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewService;
import io.vqr.review.ReviewState;
import io.vqr.sample.SampleSchools;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Review from the browser's side (MockMvc on the real portal and database): a clerk
 * explains, the head certifies with the 数据确认书, the province approves, returns and
 * unlocks, and the school hears of it by mail; stale pages and refused actions show the
 * service's Chinese message; a school's ids never reach another school's data. The year
 * is in {@code review: required} while these run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPagesTest {

	static final int YEAR = SchoolWorkbooks.YEAR;

	/** Extra schools of the sample generator, uploaded by no other web test. */
	static final int SCHOOL_A = 20;

	static final int SCHOOL_B = 21;

	final Portal portal = Portal.get();

	String codeA;

	String codeB;

	PortalUser clerkA;

	PortalUser headA;

	PortalUser clerkB;

	PortalUser headB;

	PortalUser province;

	PortalUser admin;

	@BeforeAll
	void requiredReview() {
		this.portal.reviewMode(ReviewMode.REQUIRED);
		this.codeA = SampleSchools.schoolCode(SCHOOL_A);
		this.codeB = SampleSchools.schoolCode(SCHOOL_B);
		this.portal.account("rp-clerk-a", Role.SCHOOL_CLERK, this.codeA, null, null, "clerk-a@school.example.cn");
		this.clerkA = Users.of(this.portal, "rp-clerk-a", Role.SCHOOL_CLERK, this.codeA);
		this.headA = Users.of(this.portal, "rp-head-a", Role.SCHOOL_HEAD, this.codeA);
		this.portal.account("rp-clerk-b", Role.SCHOOL_CLERK, this.codeB, null, null, "clerk-b@school.example.cn");
		this.clerkB = Users.of(this.portal, "rp-clerk-b", Role.SCHOOL_CLERK, this.codeB);
		this.headB = Users.of(this.portal, "rp-head-b", Role.SCHOOL_HEAD, this.codeB);
		this.province = Users.of(this.portal, "rp-province", Role.PROVINCE_REVIEWER, null);
		this.admin = Users.of(this.portal, "rp-admin", Role.PROVINCE_ADMIN, null);
	}

	@AfterAll
	void backToAuto() {
		this.portal.reviewMode(ReviewMode.AUTO);
	}

	@Test
	void theClerkExplainsTheHeadCertifiesTheProvinceApprovesAndUnlocks() throws Exception {
		Uploads.upload(this.portal, this.clerkA, "本校数据.xlsx", SchoolWorkbooks.warned(SCHOOL_A));
		assertThat(state(this.codeA)).isEqualTo(ReviewState.TO_EXPLAIN);
		String page = page(this.clerkA, "/school/review");
		assertThat(page).contains("说明与确认", "W-INCOME-RANGE", "月收入异常", "保存说明").doesNotContain("id=\"certify\"");
		int version = version(this.codeA);

		// the head cannot certify while a warning is unexplained; a clerk cannot certify
		// at all
		assertThat(flash(this.headA, post("/school/certify").param("version", "" + version), "error"))
			.contains("W-INCOME-RANGE 尚未说明", "不能确认");
		this.portal.mvc()
			.perform(post("/school/certify").param("version", "" + version).with(user(this.clerkA)).with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(403));

		// one row, then the whole rule; too short a text and a stale page are refused
		Map<String, Object> warning = this.portal.jdbc()
			.queryForMap(
					"select f.sheet, f.excel_row from finding f join submission s using (submission_id)"
							+ " where s.school_code = ? and f.rule_id = 'W-INCOME-RANGE' order by f.seq limit 1",
					this.codeA);
		String sheet = (String) warning.get("sheet");
		int row = ((Number) warning.get("excel_row")).intValue();
		assertThat(flash(this.clerkA,
				explain("W-INCOME-RANGE", version, "太短").param("sheet", sheet).param("row", "" + row), "error"))
			.contains("说明至少5个字");
		assertThat(flash(this.clerkA,
				explain("W-INCOME-RANGE", version, "该毕业生（身份证号 110105194912310021）为外派工程师，含海外补贴").param("sheet", sheet)
					.param("row", "" + row),
				"done"))
			.contains("说明已保存", sheet + "第" + row + "行");
		assertThat(flash(this.clerkA, explain("W-INCOME-RANGE", version, "这是在旧页面上写的说明"), "error")).contains("刚被他人处理",
				"请刷新后按当前状态重新操作");
		String done = flash(this.clerkA, explain("W-INCOME-RANGE", version(this.codeA), "两名毕业生均为外派工程师，已核对劳动合同"),
				"done");
		assertThat(done).contains("全部警告均已说明");
		assertThat(state(this.codeA)).isEqualTo(ReviewState.TO_CERTIFY);

		// the 数据确认书: file, digest, counts, explanations, lines to sign; no ID number
		String sha = this.portal.jdbc()
			.queryForObject("select sha256 from submission where school_code = ? order by submission_id desc limit 1",
					String.class, this.codeA);
		String sheetPage = page(this.headA, "/school/confirmation");
		assertThat(sheetPage)
			.contains("数据确认书", SampleSchools.schoolName(SchoolWorkbooks.SEED, SCHOOL_A), this.codeA, "本校数据.xlsx", sha,
					"毕业生", "两名毕业生均为外派工程师", "校领导（签字）", "学校公章", "110105********0021")
			.doesNotContainPattern("\\d{17}[\\dXx]");
		assertThat(page(this.headA, "/school/review")).contains("id=\"certify\"");
		assertThat(page(this.clerkA, "/school/review")).doesNotContain("id=\"certify\"").contains("请校领导用本人账号登录");

		// the draft of the school's own report, marked on every page
		MockHttpServletResponse draft = this.portal.mvc()
			.perform(get("/school/draft-report").with(user(this.clerkA)))
			.andReturn()
			.getResponse();
		assertThat(draft.getStatus()).isEqualTo(200);
		assertThat(draft.getContentType()).isEqualTo("application/pdf");
		assertThat(draft.getHeader("Content-Disposition")).startsWith("attachment");
		try (PDDocument pdf = Loader.loadPDF(draft.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("草稿：数据尚未审核", SampleSchools.schoolName(SchoolWorkbooks.SEED, SCHOOL_A));
			assertThat(text).doesNotContainPattern("\\d{17}[\\dXx]");
		}

		assertThat(flash(this.headA, post("/school/certify").param("version", "" + version(this.codeA)), "done"))
			.contains("本校数据已确认");
		assertThat(state(this.codeA)).isEqualTo(ReviewState.CERTIFIED);

		// the province: a stale page is refused, the current one approves; the school is
		// told
		String schoolYear = page(this.province, "/review/" + YEAR + "/" + this.codeA);
		assertThat(schoolYear).contains("110105********0021").doesNotContain("110105194912310021");
		assertThat(schoolYear).contains("id=\"approve\"", "id=\"return\"", "两名毕业生均为外派工程师", "rp-head-a", "主要指标与上年对比",
				"毕业生");
		int before = version(this.codeA);
		assertThat(flash(this.province, post(schoolYearUrl(this.codeA, "approve")).param("version", "" + (before - 1)),
				"error"))
			.contains("刚被他人处理");
		assertThat(
				flash(this.province, post(schoolYearUrl(this.codeA, "approve")).param("version", "" + before), "done"))
			.contains("审核通过", "已审核");
		assertThat(state(this.codeA)).isEqualTo(ReviewState.APPROVED);
		assertThat(mail(this.codeA, "已审核通过").getAllRecipients()).extracting(Object::toString)
			.containsExactly("clerk-a@school.example.cn");

		// the province unlocks with a reason (without one it is refused); the school
		// reads it
		assertThat(page(this.province, "/review/" + YEAR + "/" + this.codeA)).contains("id=\"unlock\"");
		assertThat(flash(this.admin,
				post(schoolYearUrl(this.codeA, "unlock")).param("version", "" + version(this.codeA)), "error"))
			.contains("解锁理由至少5个字");
		assertThat(
				flash(this.admin, post(schoolYearUrl(this.codeA, "unlock")).param("version", "" + version(this.codeA))
					.param("reason", "学校申请更正教师数据，同意解锁"), "done"))
			.contains("解锁");
		assertThat(state(this.codeA)).isEqualTo(ReviewState.RETURNED);
		assertThat(page(this.clerkA, "/school/review")).contains("本校数据已被退回", "学校申请更正教师数据，同意解锁");
		String body = (String) mail(this.codeA, "已解锁").getContent();
		assertThat(body).contains("学校申请更正教师数据，同意解锁");
		assertThat(this.portal.jdbc()
			.queryForList("select actor from review_audit where year = ? and school_code = ? order by audit_id",
					String.class, YEAR, this.codeA))
			.contains("rp-clerk-a", "rp-head-a", "rp-province", "rp-admin");
	}

	@Test
	void aReturnCarriesItsReasonToTheSchoolAndAnotherSchoolsIdsChangeNothing() throws Exception {
		Uploads.upload(this.portal, this.clerkB, "b.xlsx", SchoolWorkbooks.warned(SCHOOL_B));
		flash(this.clerkB, explain("W-INCOME-RANGE", version(this.codeB), "外派工程师，含海外补贴，已核实"), "done");
		flash(this.headB, post("/school/certify").param("version", "" + version(this.codeB)), "done");
		assertThat(state(this.codeB)).isEqualTo(ReviewState.CERTIFIED);

		// school A's accounts name B in every field they can: B's school-year is
		// untouched
		int versionB = version(this.codeB);
		long fileB = this.portal.jdbc()
			.queryForObject("select max(submission_id) from submission where school_code = ?", Long.class, this.codeB);
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				explain("W-INCOME-RANGE", versionB, "冒充他校写的说明文字").param("school", this.codeB)
					.param("schoolCode", this.codeB)
					.param("submissionId", "" + fileB),
				post("/school/certify").param("version", "" + versionB)
					.param("school", this.codeB)
					.param("schoolCode", this.codeB) }) {
			this.portal.mvc().perform(request.with(user(this.headA)).with(csrf()));
		}
		for (String url : new String[] { "/school/review?school=" + this.codeB,
				"/school/confirmation?school=" + this.codeB, "/school/review?schoolCode=" + this.codeB }) {
			String html = this.portal.mvc()
				.perform(get(url).with(user(this.clerkA)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).doesNotContain(this.codeB).doesNotContain("外派工程师，含海外补贴，已核实");
		}
		assertThat(version(this.codeB)).isEqualTo(versionB);
		assertThat(this.portal.jdbc()
			.queryForList("select actor from review_audit where year = ? and school_code = ?", String.class, YEAR,
					this.codeB))
			.doesNotContain("rp-head-a", "rp-clerk-a");
		// and a school cannot reach the reviewers' actions at all
		for (String action : new String[] { "approve", "return", "unlock" }) {
			this.portal.mvc()
				.perform(post(schoolYearUrl(this.codeB, action)).param("reason", "学校自己想退回")
					.with(user(this.clerkA))
					.with(csrf()))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		}
		// a city reviewer of another city does not find B
		PortalUser otherCity = Users.of(this.portal, "rp-city-elsewhere", Role.CITY_REVIEWER, null, "449900", null);
		for (String action : new String[] { "approve", "return" }) {
			this.portal.mvc()
				.perform(post(schoolYearUrl(this.codeB, action)).param("reason", "别的城市的退回理由")
					.with(user(otherCity))
					.with(csrf()))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
		}
		assertThat(version(this.codeB)).isEqualTo(versionB);

		// the province returns B with a reason, which the school reads and receives
		assertThat(flash(this.province, post(schoolYearUrl(this.codeB, "return")).param("version", "" + versionB)
			.param("reason", "月收入45万元明显异常，请核实后重新确认"), "done")).contains("退回");
		assertThat(state(this.codeB)).isEqualTo(ReviewState.RETURNED);
		String page = page(this.clerkB, "/school/review");
		assertThat(page).contains("本校数据已被退回", "月收入45万元明显异常，请核实后重新确认", "退回与解锁记录");
		assertThat(page(this.clerkB, "/school")).contains("本校数据已被退回");
		MimeMessage message = mail(this.codeB, "已退回");
		assertThat((String) message.getContent()).contains("月收入45万元明显异常");
		// the explanation may be edited after a return, and the head certifies again
		flash(this.clerkB, explain("W-INCOME-RANGE", version(this.codeB), "已核对劳动合同，两人确为外派工程师"), "done");
		flash(this.headB, post("/school/certify").param("version", "" + version(this.codeB)), "done");
		assertThat(state(this.codeB)).isEqualTo(ReviewState.CERTIFIED);
	}

	@Test
	void aReturnStandsWhenTheMailCannotBeSent() throws Exception {
		String code = SampleSchools.schoolCode(22);
		this.portal.account("rp-clerk-c", Role.SCHOOL_CLERK, code, null, null, "clerk-c@school.example.cn");
		PortalUser clerk = Users.of(this.portal, "rp-clerk-c", Role.SCHOOL_CLERK, code);
		PortalUser head = Users.of(this.portal, "rp-head-c", Role.SCHOOL_HEAD, code);
		Uploads.upload(this.portal, clerk, "c.xlsx", SchoolWorkbooks.clean(22));
		flash(head, post("/school/certify").param("version", "" + version(code)), "done");
		assertThat(state(code)).isEqualTo(ReviewState.CERTIFIED);
		this.portal.withoutMail(() -> assertThat(flash(this.province,
				post(schoolYearUrl(code, "return")).param("version", "" + version(code)).param("reason", "邮件服务器停机时的退回"),
				"done"))
			.contains("退回"));
		assertThat(state(code)).isEqualTo(ReviewState.RETURNED);
		assertThat(page(clerk, "/school/review")).contains("邮件服务器停机时的退回");
	}

	@Test
	void everyFormCarriesItsCsrfTokenAndAPostWithoutOneChangesNothing() throws Exception {
		String code = SampleSchools.schoolCode(26);
		PortalUser clerk = Users.of(this.portal, "rp-clerk-d", Role.SCHOOL_CLERK, code);
		PortalUser head = Users.of(this.portal, "rp-head-d", Role.SCHOOL_HEAD, code);
		Uploads.upload(this.portal, clerk, "d.xlsx", SchoolWorkbooks.warned(26));
		assertEveryFormHasAToken(page(clerk, "/school/review"), 3);
		int version = version(code);
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				explain("W-INCOME-RANGE", version, "没有令牌的说明文字") }) {
			this.portal.mvc().perform(request.with(user(clerk))).andExpect(ReviewPagesTest::refusedForWantOfAToken);
		}
		flash(clerk, explain("W-INCOME-RANGE", version, "外派工程师，已核实劳动合同"), "done");
		assertEveryFormHasAToken(page(head, "/school/review"), 1);
		this.portal.mvc()
			.perform(post("/school/certify").param("version", "" + version(code)).with(user(head)))
			.andExpect(ReviewPagesTest::refusedForWantOfAToken);
		flash(head, post("/school/certify").param("version", "" + version(code)), "done");
		assertEveryFormHasAToken(page(this.admin, "/review/" + YEAR + "/" + code), 2);
		assertEveryFormHasAToken(page(this.admin, "/review/queue"), 1);
		int certified = version(code);
		for (String action : new String[] { "approve", "return" }) {
			this.portal.mvc()
				.perform(post(schoolYearUrl(code, action)).param("version", "" + certified)
					.param("reason", "没有令牌的退回理由")
					.with(user(this.admin)))
				.andExpect(ReviewPagesTest::refusedForWantOfAToken);
		}
		assertThat(version(code)).isEqualTo(certified);
		assertThat(state(code)).isEqualTo(ReviewState.CERTIFIED);
	}

	/**
	 * Refused before the controller: 403, or without a session (MockMvc's principal has
	 * none) the login page, as a form posted after the session expired.
	 */
	static void refusedForWantOfAToken(MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status != 403) {
			assertThat(status).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?expired");
		}
	}

	/**
	 * Every POST form of the page (at least {@code least}, besides logout) has a token.
	 */
	static void assertEveryFormHasAToken(String page, int least) {
		java.util.regex.Matcher forms = java.util.regex.Pattern
			.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		int count = 0;
		while (forms.find()) {
			assertThat(forms.group(1)).as("form %s", forms.group()).contains("name=\"_csrf\"");
			count++;
		}
		assertThat(count).isGreaterThanOrEqualTo(least + 1);
	}

	@Test
	void theCityApprovesItsSchoolFirstThenTheProvince() throws Exception {
		int index = 27;
		String code = SampleSchools.schoolCode(index);
		this.portal.reviewMode(ReviewMode.REQUIRED, java.util.List.of(SchoolWorkbooks.extraSchool(index).type()));
		try {
			this.portal.account("rp-clerk-e", Role.SCHOOL_CLERK, code, null, null, "clerk-e@school.example.cn");
			PortalUser clerk = Users.of(this.portal, "rp-clerk-e", Role.SCHOOL_CLERK, code);
			PortalUser head = Users.of(this.portal, "rp-head-e", Role.SCHOOL_HEAD, code);
			Uploads.upload(this.portal, clerk, "e.xlsx", SchoolWorkbooks.clean(index));
			flash(head, post("/school/certify").param("version", "" + version(code)), "done");
			assertThat(state(code)).isEqualTo(ReviewState.CERTIFIED);
			String city = this.portal.warehouse()
				.bean(io.vqr.web.review.ReviewBoard.class)
				.schools(YEAR, null)
				.stream()
				.filter((line) -> line.schoolCode().equals(code))
				.findFirst()
				.orElseThrow()
				.cityCode();
			PortalUser cityReviewer = Users.of(this.portal, "rp-city-" + city, Role.CITY_REVIEWER, null, city, null);
			assertThat(page(this.province, "/review/" + YEAR + "/" + code)).contains("等待<strong>市级</strong>审核");
			assertThat(page(cityReviewer, "/review/queue")).contains(code);
			assertThat(page(cityReviewer, "/review/" + YEAR + "/" + code)).contains("id=\"approve\"")
				.doesNotContain("id=\"unlock\"");
			assertThat(flash(cityReviewer, post(schoolYearUrl(code, "approve")).param("version", "" + version(code)),
					"done"))
				.contains("市级审核通过完成", "市级已审核");
			assertThat(state(code)).isEqualTo(ReviewState.CITY_APPROVED);
			// the city has done its part; the province's approval is the last
			assertThat(page(cityReviewer, "/review/" + YEAR + "/" + code)).doesNotContain("id=\"approve\"");
			assertThat(flash(cityReviewer, post(schoolYearUrl(code, "approve")).param("version", "" + version(code)),
					"error"))
				.contains("市级已审核，待省级审核");
			assertThat(flash(this.province, post(schoolYearUrl(code, "approve")).param("version", "" + version(code)),
					"done"))
				.contains("省级审核通过完成", "已审核");
			assertThat(state(code)).isEqualTo(ReviewState.APPROVED);
			assertThat(this.portal.jdbc()
				.queryForList("select level from review_audit where year = ? and school_code = ? and action = 'APPROVE'"
						+ " order by audit_id", String.class, YEAR, code))
				.containsExactly("city", "province");
		}
		finally {
			this.portal.reviewMode(ReviewMode.REQUIRED);
		}
	}

	MockHttpServletRequestBuilder explain(String rule, int version, String text) {
		return post("/school/explain").param("rule", rule).param("version", "" + version).param("text", text);
	}

	String schoolYearUrl(String school, String action) {
		return "/review/" + YEAR + "/" + school + "/" + action;
	}

	/** Posts the form and returns the message the page it leads to shows. */
	String flash(PortalUser who, MockHttpServletRequestBuilder request, String kind) throws Exception {
		MvcResult result = this.portal.mvc().perform(request.with(user(who)).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		Object message = result.getFlashMap().get(kind);
		assertThat(message).as("%s message; the page has %s", kind, result.getFlashMap()).isNotNull();
		return message.toString();
	}

	String page(PortalUser who, String url) throws Exception {
		MockHttpServletResponse response = this.portal.mvc()
			.perform(get(url).with(user(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	ReviewState state(String school) {
		return this.portal.warehouse().bean(ReviewService.class).schoolYear(YEAR, school).state();
	}

	int version(String school) {
		return this.portal.warehouse().bean(ReviewService.class).schoolYear(YEAR, school).version();
	}

	/**
	 * The notice to the school with this word in its subject, waiting for it to arrive.
	 */
	MimeMessage mail(String school, String title) throws Exception {
		String name = SampleSchools.schoolName(SchoolWorkbooks.SEED, school.equals(this.codeA) ? SCHOOL_A : SCHOOL_B);
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			MimeMessage found = Arrays.stream(this.portal.mail().getReceivedMessages()).filter((m) -> {
				try {
					return m.getSubject().contains(name) && m.getSubject().contains(title);
				}
				catch (MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null);
			if (found != null) {
				return found;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail " + title + " for " + name);
	}

}
