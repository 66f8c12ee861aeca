package io.vqr.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;
import io.vqr.web.review.ReviewBoard;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every role against every endpoint, from a table: who gets the page, who is refused
 * (403), who is sent to log in; and for a school, another school's ids answer 404
 * everywhere. The school accounts belong to school A; B is another school with a file of
 * its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

	static final int YEAR = SchoolWorkbooks.YEAR;

	static final Set<Role> SCHOOL = Set.of(Role.SCHOOL_CLERK, Role.SCHOOL_HEAD);

	static final Set<Role> REVIEWERS = Set.of(Role.CITY_REVIEWER, Role.PROVINCE_REVIEWER, Role.PROVINCE_ADMIN);

	static final Set<Role> PROVINCE = Set.of(Role.PROVINCE_REVIEWER, Role.PROVINCE_ADMIN);

	static final Set<Role> EVERYONE = Set.of(Role.values());

	final Portal portal = Portal.get();

	final SchoolWorkbooks samples = SchoolWorkbooks.get();

	final Map<Role, PortalUser> users = new EnumMap<>(Role.class);

	Ids ids;

	/** The ids the endpoints are tried with. */
	record Ids(String schoolA, long fileA, String schoolB, long fileB) {
	}

	/**
	 * One endpoint: the request it makes, who may use it and the status they get; the
	 * others get 403. {@code allowedNotTried}: the request is only tried for refusals
	 * (starting a report run is tested on its own).
	 */
	record Endpoint(String name, Function<Ids, MockHttpServletRequestBuilder> request, Set<Role> allowed, int status,
			boolean allowedNotTried) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		endpoints.add(new Endpoint("GET /", (ids) -> get("/"), EVERYONE, 302, false));
		endpoints.add(new Endpoint("GET /password", (ids) -> get("/password"), EVERYONE, 200, false));
		endpoints.add(new Endpoint("POST /password",
				(ids) -> post("/password").param("current", "wrong")
					.param("next", "Whatever-123")
					.param("repeat", "Whatever-123"),
				EVERYONE, 200, false));
		endpoints.add(new Endpoint("GET /school", (ids) -> get("/school"), SCHOOL, 200, false));
		endpoints.add(new Endpoint("GET /school/template", (ids) -> get("/school/template"), SCHOOL, 200, false));
		endpoints.add(new Endpoint("GET own file", (ids) -> get("/school/files/" + ids.fileA()), SCHOOL, 200, false));
		endpoints.add(new Endpoint("GET own feedback", (ids) -> get("/school/files/" + ids.fileA() + "/feedback"),
				SCHOOL, 200, false));
		endpoints.add(new Endpoint("GET other school's file", (ids) -> get("/school/files/" + ids.fileB()), SCHOOL, 404,
				false));
		endpoints.add(new Endpoint("GET other school's feedback",
				(ids) -> get("/school/files/" + ids.fileB() + "/feedback"), SCHOOL, 404, false));
		endpoints.add(new Endpoint("POST /school/upload",
				(ids) -> multipart("/school/upload").file(new MockMultipartFile("file", "x.xlsx", null, new byte[0]))
					.param("school", ids.schoolB()),
				SCHOOL, 200, false));
		// Review from the school's side: the school is the account's, whatever the form
		// names (the actions on A are refused by the state, which still answers 302).
		endpoints.add(new Endpoint("GET /school/review", (ids) -> get("/school/review").param("school", ids.schoolB()),
				SCHOOL, 200, false));
		endpoints.add(new Endpoint("POST /school/explain",
				(ids) -> post("/school/explain").param("rule", "W-INCOME-RANGE")
					.param("text", "矩阵测试的说明文字")
					.param("school", ids.schoolB())
					.param("submissionId", "" + ids.fileB()),
				SCHOOL, 302, false));
		endpoints.add(new Endpoint("POST /school/certify",
				(ids) -> post("/school/certify").param("school", ids.schoolB()), Set.of(Role.SCHOOL_HEAD), 302, false));
		endpoints.add(new Endpoint("GET /school/confirmation",
				(ids) -> get("/school/confirmation").param("school", ids.schoolB()), SCHOOL, 200, false));
		endpoints.add(new Endpoint("GET /school/draft-report",
				(ids) -> get("/school/draft-report").param("school", ids.schoolB()), SCHOOL, 200, false));
		endpoints.add(new Endpoint("GET /review", (ids) -> get("/review"), REVIEWERS, 200, false));
		endpoints.add(new Endpoint("GET /review/history", (ids) -> get("/review/history"), REVIEWERS, 200, false));
		endpoints.add(new Endpoint("GET /review/queue", (ids) -> get("/review/queue"), REVIEWERS, 200, false));
		endpoints.add(new Endpoint("GET school-year", (ids) -> get("/review/" + YEAR + "/" + ids.schoolA()), REVIEWERS,
				200, false));
		endpoints.add(new Endpoint("GET school-year feedback",
				(ids) -> get("/review/" + YEAR + "/" + ids.schoolA() + "/files/" + ids.fileA() + "/feedback"),
				REVIEWERS, 200, false));
		endpoints.add(new Endpoint("GET school-year feedback of another school's file",
				(ids) -> get("/review/" + YEAR + "/" + ids.schoolA() + "/files/" + ids.fileB() + "/feedback"),
				REVIEWERS, 404, false));
		// Reviewers' actions on A (approved at once in this year's review: auto): refused
		// by
		// the state or for want of a reason, which the page shows after a 302.
		endpoints.add(new Endpoint("POST approve",
				(ids) -> post("/review/" + YEAR + "/" + ids.schoolA() + "/approve").param("version", "0"), REVIEWERS,
				302, false));
		endpoints.add(new Endpoint("POST return",
				(ids) -> post("/review/" + YEAR + "/" + ids.schoolA() + "/return").param("reason", "矩阵"), REVIEWERS,
				302, false));
		endpoints.add(new Endpoint("POST unlock",
				(ids) -> post("/review/" + YEAR + "/" + ids.schoolA() + "/unlock").param("reason", "矩阵"), PROVINCE, 302,
				false));
		endpoints.add(new Endpoint("POST unlock of a school not in the year",
				(ids) -> post("/review/" + YEAR + "/4199999999/unlock").param("reason", "矩阵测试的理由"), PROVINCE, 404,
				false));
		endpoints
			.add(new Endpoint("POST /review/approve-all", (ids) -> post("/review/approve-all"), REVIEWERS, 302, true));
		endpoints.add(new Endpoint("POST /review/report-run", (ids) -> post("/review/report-run").param("year", "1999"),
				PROVINCE, 302, true));
		endpoints.add(new Endpoint("GET /official", (ids) -> get("/official"), Set.of(Role.OFFICIAL), 200, false));
		endpoints.add(new Endpoint("GET /official file out of scope",
				(ids) -> get("/official/" + YEAR + "/file").param("path", "schools/x.pdf"), Set.of(Role.OFFICIAL), 404,
				false));
		endpoints.add(new Endpoint("GET /admin/accounts", (ids) -> get("/admin/accounts"), Set.of(Role.PROVINCE_ADMIN),
				200, false));
		endpoints.add(new Endpoint("POST /admin/accounts/reset",
				(ids) -> post("/admin/accounts/reset").param("username", "nobody-here"), Set.of(Role.PROVINCE_ADMIN),
				200, false));
		endpoints.add(new Endpoint("POST /admin/accounts/disable",
				(ids) -> post("/admin/accounts/disable").param("username", "nobody-here"), Set.of(Role.PROVINCE_ADMIN),
				200, false));
		return endpoints;
	}

	@BeforeAll
	void accountsAndFiles() throws Exception {
		String a = this.samples.school(0).schoolCode();
		String b = this.samples.school(6).schoolCode();
		PortalUser clerkA = Users.of(this.portal, "matrix-clerk", Role.SCHOOL_CLERK, a);
		long fileA = Uploads.upload(this.portal, clerkA, "a.xlsx", this.samples.bytes(0));
		long fileB = Uploads.upload(this.portal, Users.of(this.portal, "matrix-b", Role.SCHOOL_CLERK, b), "b.xlsx",
				this.samples.bytes(6));
		this.ids = new Ids(a, fileA, b, fileB);
		String city = this.portal.warehouse()
			.bean(ReviewBoard.class)
			.schools(YEAR, null)
			.stream()
			.filter((line) -> line.schoolCode().equals(a))
			.findFirst()
			.orElseThrow()
			.cityCode();
		this.users.put(Role.SCHOOL_CLERK, clerkA);
		this.users.put(Role.SCHOOL_HEAD, Users.of(this.portal, "matrix-head", Role.SCHOOL_HEAD, a));
		this.users.put(Role.CITY_REVIEWER, Users.of(this.portal, "matrix-city", Role.CITY_REVIEWER, null, city, null));
		this.users.put(Role.PROVINCE_REVIEWER, Users.of(this.portal, "matrix-province", Role.PROVINCE_REVIEWER, null));
		this.users.put(Role.PROVINCE_ADMIN, Users.of(this.portal, "matrix-admin", Role.PROVINCE_ADMIN, null));
		this.users.put(Role.OFFICIAL, Users.of(this.portal, "matrix-official", Role.OFFICIAL, null, null,
				new OfficialScope(true, List.of(), List.of(), List.of(a))));
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			cases.add(Arguments.of(endpoint, null));
			for (Role role : Role.values()) {
				cases.add(Arguments.of(endpoint, role));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void everyRoleGetsWhatItMayAndNothingElse(Endpoint endpoint, Role role) throws Exception {
		MockHttpServletRequestBuilder request = endpoint.request().apply(this.ids).with(csrf());
		if (role == null) {
			MvcResult result = this.portal.mvc().perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
			return;
		}
		boolean allowed = endpoint.allowed().contains(role);
		if (allowed && endpoint.allowedNotTried()) {
			return;
		}
		MvcResult result = this.portal.mvc().perform(request.with(user(this.users.get(role)))).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s as %s", endpoint, role)
			.isEqualTo(allowed ? endpoint.status() : 403);
		if (allowed && result.getResponse().getStatus() == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).doesNotEndWith("/login");
		}
	}

}
