package io.vqr.ops.status;

import io.vqr.standard.DisplayWidth;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vqr.ops.MigratedDatabase;
import io.vqr.ops.jobs.RosterLoader.RosterEntry;
import io.vqr.review.ReviewState;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status of a year on registry rows written with SQL: expected schools come from the
 * roster, from earlier years' accepted data and from this year's submissions; each gets
 * the state its submissions give it; totals add up by 办学类型 and by city.
 */
class StatusQueryTest {

	static final int YEAR = 2024;

	static JdbcTemplate jdbc;

	static StatusReport report;

	static Map<String, SchoolStatus> byCode;

	@BeforeAll
	static void registry() {
		DataSource dataSource = MigratedDatabase.create("status");
		jdbc = new JdbcTemplate(dataSource);
		roster("4144010001", "甲职业学校", "中等职业学校", "440106");
		roster("4144010005", "戊职业学校", "中等职业学校", "440111");
		dimSchool("4144010002", "乙高级技工学校", "高级技工学校", "440203", 2023);
		dimSchool("4144010006", "己学校", "中等职业学校", "440106", 2024);
		// 甲: accepted, the current submission
		long a = submission("4144010001", "甲_2024.xlsx", 1, "ACCEPTED", 0, 0);
		current("4144010001", a);
		review("4144010001", "APPROVED", a);
		profile(a, "4144010001", "甲职业学校", "中等职业学校", "440106");
		// 丙: only this year, rejected twice
		submission("4144010003", "丙_2024.xlsx", 1, "REJECTED", 5, 1);
		submission("4144010003", "丙_2024_改.xlsx", 2, "REJECTED", 2, 0);
		// 丁: accepted with warnings, then a rejected file that does not replace it
		long d = submission("4144010004", "丁_2024.xlsx", 1, "ACCEPTED_WITH_WARNINGS", 0, 3);
		current("4144010004", d);
		review("4144010004", "TO_EXPLAIN", d);
		profile(d, "4144010004", "丁职业技术大学", "职业本科", "440305");
		submission("4144010004", "丁_2024_第二版.xlsx", 2, "REJECTED", 4, 0);
		// 庚: arrived, still being processed
		submission("4144010007", "庚_2024.xlsx", null, "PROCESSING", 0, 0);
		// another year's data never counts
		submission("4144010009", "辛_2023.xlsx", 1, "REJECTED", 1, 0);
		jdbc.update("update submission set year = 2023 where school_code = '4144010009'");

		report = new StatusQuery(jdbc).status(YEAR, List.of(new RosterEntry("4144010008", "壬技师学院", "技师学院", "440106")));
		byCode = report.schools().stream().collect(Collectors.toMap(SchoolStatus::schoolCode, Function.identity()));
	}

	@Test
	void expectedSchoolsAreRosterEarlierYearsAndSubmitters() {
		assertThat(byCode.keySet()).containsExactlyInAnyOrder("4144010001", "4144010002", "4144010003", "4144010004",
				"4144010005", "4144010007", "4144010008");
	}

	@Test
	void eachSchoolHasTheStateItsSubmissionsGiveIt() {
		SchoolStatus a = byCode.get("4144010001");
		assertThat(a.state()).isEqualTo(SchoolState.ACCEPTED);
		assertThat(a.currentVersion()).isEqualTo(1);
		assertThat(a.cityName()).isEqualTo("广州市");
		assertThat(a.lastFile()).isEqualTo("甲_2024.xlsx");
		assertThat(a.lastAt()).isNotNull();
		assertThat(a.reviewState()).isEqualTo(ReviewState.APPROVED);
		assertThat(a.officialVersion()).isEqualTo(1);

		SchoolStatus b = byCode.get("4144010002");
		assertThat(b.state()).isEqualTo(SchoolState.NOT_SUBMITTED);
		assertThat(b.schoolName()).isEqualTo("乙高级技工学校");
		assertThat(b.cityName()).isEqualTo("韶关市");
		assertThat(b.lastFile()).isNull();

		SchoolStatus c = byCode.get("4144010003");
		assertThat(c.state()).isEqualTo(SchoolState.REJECTED);
		assertThat(c.errorCount()).as("errors of the latest rejected file").isEqualTo(2);
		assertThat(c.submissions()).isEqualTo(2);
		assertThat(c.lastFile()).isEqualTo("丙_2024_改.xlsx");
		assertThat(c.currentVersion()).isNull();

		SchoolStatus d = byCode.get("4144010004");
		assertThat(d.state()).as("a later rejected file leaves the accepted one current")
			.isEqualTo(SchoolState.ACCEPTED_WITH_WARNINGS);
		assertThat(d.warningCount()).isEqualTo(3);
		assertThat(d.currentVersion()).isEqualTo(1);
		assertThat(d.lastFile()).isEqualTo("丁_2024_第二版.xlsx");
		assertThat(d.cityName()).isEqualTo("深圳市");
		assertThat(d.reviewState()).isEqualTo(ReviewState.TO_EXPLAIN);
		assertThat(c.reviewState()).as("nothing passed the rules").isEqualTo(ReviewState.NOT_SUBMITTED);

		assertThat(byCode.get("4144010005").state()).isEqualTo(SchoolState.NOT_SUBMITTED);
		assertThat(byCode.get("4144010007").state()).isEqualTo(SchoolState.PROCESSING);
		SchoolStatus h = byCode.get("4144010008");
		assertThat(h.state()).isEqualTo(SchoolState.NOT_SUBMITTED);
		assertThat(h.schoolName()).isEqualTo("壬技师学院");
		assertThat(h.schoolType()).isEqualTo("技师学院");
	}

	@Test
	void totalsAddUpByTypeAndByCity() {
		assertThat(report.total().expected()).isEqualTo(7);
		assertThat(report.total().count(SchoolState.NOT_SUBMITTED)).isEqualTo(3);
		Map<String, StatusTotals> types = report.byType()
			.stream()
			.collect(Collectors.toMap(StatusTotals::group, Function.identity()));
		assertThat(types.get("中等职业学校").expected()).isEqualTo(2);
		assertThat(types.get("中等职业学校").count(SchoolState.ACCEPTED)).isEqualTo(1);
		assertThat(types.get("中等职业学校").count(SchoolState.NOT_SUBMITTED)).isEqualTo(1);
		assertThat(types.get(StatusReport.UNKNOWN).expected()).as("丙 and 庚 told nothing yet").isEqualTo(2);
		Map<String, StatusTotals> cities = report.byCity()
			.stream()
			.collect(Collectors.toMap(StatusTotals::group, Function.identity()));
		assertThat(cities.get("广州市").expected()).isEqualTo(3);
		assertThat(cities.get("韶关市").expected()).isEqualTo(1);
		assertThat(cities.get("深圳市").count(SchoolState.ACCEPTED_WITH_WARNINGS)).isEqualTo(1);
		assertThat(report.byType().stream().mapToInt(StatusTotals::expected).sum()).isEqualTo(7);
		assertThat(report.byCity().stream().mapToInt(StatusTotals::expected).sum()).isEqualTo(7);
		assertThat(report.total().count(ReviewState.APPROVED)).isEqualTo(1);
		assertThat(report.total().count(ReviewState.TO_EXPLAIN)).isEqualTo(1);
		assertThat(report.total().count(ReviewState.NOT_SUBMITTED)).isEqualTo(5);
		assertThat(types.get("职业本科").count(ReviewState.TO_EXPLAIN)).isEqualTo(1);
	}

	@Test
	void theFileUnderReviewGivesTheOutcomeAndTheApprovedOneStaysOfficial() {
		int year = 2025;
		long v1 = jdbc.queryForObject("""
				insert into submission (year, school_code, file_name, sha256, size_bytes, version, status, processed_at)
				values (?, '4144010011', '癸_v1.xlsx', md5('v1') || md5('v1'), 100, 1, 'ACCEPTED', now())
				returning submission_id
				""", Long.class, year);
		long v2 = jdbc.queryForObject(
				"""
						insert into submission (year, school_code, file_name, sha256, size_bytes, version, status, processed_at,
						                        warning_count)
						values (?, '4144010011', '癸_v2.xlsx', md5('v2') || md5('v2'), 100, 2, 'ACCEPTED_WITH_WARNINGS', now(), 4)
						returning submission_id
						""",
				Long.class, year);
		jdbc.update("insert into current_submission (year, school_code, submission_id) values (?, '4144010011', ?)",
				year, v1);
		jdbc.update("""
				insert into school_year (year, school_code, state, review_submission_id)
				values (?, '4144010011', 'RETURNED', ?)
				""", year, v2);
		SchoolStatus school = new StatusQuery(jdbc).status(year, List.of())
			.schools()
			.stream()
			.filter((each) -> each.schoolCode().equals("4144010011"))
			.findFirst()
			.orElseThrow();
		assertThat(school.state()).isEqualTo(SchoolState.ACCEPTED_WITH_WARNINGS);
		assertThat(school.warningCount()).isEqualTo(4);
		assertThat(school.currentVersion()).isEqualTo(2);
		assertThat(school.officialVersion()).isEqualTo(1);
		assertThat(school.reviewState()).isEqualTo(ReviewState.RETURNED);
	}

	@Test
	void theTableLinesUpWithChineseText() {
		StringWriter text = new StringWriter();
		StatusTable.print(report, new PrintWriter(text));
		List<String> lines = text.toString().lines().toList();
		int header = lines.indexOf(lines.stream().filter((line) -> line.startsWith("学校代码")).findFirst().orElseThrow());
		int stateColumn = DisplayWidth.of(lines.get(header).substring(0, lines.get(header).indexOf("状态")));
		for (String line : lines.subList(header + 2, header + 2 + report.schools().size())) {
			String state = report.schools()
				.stream()
				.filter((school) -> line.startsWith(school.schoolCode()))
				.findFirst()
				.orElseThrow()
				.state()
				.label();
			assertThat(DisplayWidth.of(line.substring(0, line.indexOf(state)))).as(line).isEqualTo(stateColumn);
		}
		assertThat(text.toString()).contains("按办学类型", "按地市", "合计", "审核状态（按办学类型）", "已审核", "待说明");
		assertThat(DisplayWidth.of("甲职业学校 A")).isEqualTo(12);
		assertThat(DisplayWidth.fit("广州市示范职业技术学校", 9)).isEqualTo("广州市示…");
	}

	@Test
	void jsonCarriesEverySchoolAndTheTotals() throws Exception {
		StringWriter text = new StringWriter();
		StatusJson.write(report, text);
		JsonNode json = new ObjectMapper().readTree(text.toString());
		assertThat(json.get("year").asInt()).isEqualTo(YEAR);
		assertThat(json.get("schools")).hasSize(7);
		JsonNode c = json.get("schools").get(2);
		assertThat(c.get("schoolCode").asText()).isEqualTo("4144010003");
		assertThat(c.get("state").asText()).isEqualTo("REJECTED");
		assertThat(c.get("errorCount").asInt()).isEqualTo(2);
		assertThat(json.get("total").get("byState").get("NOT_SUBMITTED").asInt()).isEqualTo(3);
		assertThat(c.get("reviewState").asText()).isEqualTo("NOT_SUBMITTED");
		assertThat(json.get("schools").get(0).get("reviewState").asText()).isEqualTo("APPROVED");
		assertThat(json.get("total").get("byReviewState").get("TO_EXPLAIN").asInt()).isEqualTo(1);
	}

	private static void roster(String code, String name, String type, String region) {
		jdbc.update("insert into school_roster (year, school_code, school_name, school_type, region_code)"
				+ " values (?, ?, ?, ?, ?)", YEAR, code, name, type, region);
	}

	private static void dimSchool(String code, String name, String type, String region, int firstYear) {
		jdbc.update(
				"insert into dim_school (school_code, school_name, school_type, ownership, region_code, first_year,"
						+ " last_year) values (?, ?, ?, '公办', ?, ?, ?)",
				code, name, type, region, firstYear, firstYear);
	}

	private static long submission(String code, String file, Integer version, String status, int errors, int warnings) {
		return jdbc.queryForObject("""
				insert into submission (year, school_code, file_name, sha256, size_bytes, version, status, processed_at,
				                        error_count, warning_count)
				values (?, ?, ?, md5(?) || md5(?), 100, ?, ?, case when ? = 'PROCESSING' then null else now() end, ?, ?)
				returning submission_id
				""", Long.class, YEAR, code, file, file, code, version, status, status, errors, warnings);
	}

	private static void review(String code, String state, long submission) {
		jdbc.update("insert into school_year (year, school_code, state, review_submission_id) values (?, ?, ?, ?)",
				YEAR, code, state, submission);
	}

	private static void current(String code, long submission) {
		jdbc.update("insert into current_submission (year, school_code, submission_id) values (?, ?, ?)", YEAR, code,
				submission);
	}

	private static void profile(long submission, String code, String name, String type, String region) {
		jdbc.update("""
				insert into fact_profile (submission_id, school_code, school_name, school_type, ownership, region_code,
				                          year, equipment_value, workstations, books)
				values (?, ?, ?, ?, '公办', ?, ?, 1000000, 100, 10000)
				""", submission, code, name, type, region, YEAR);
	}

}
