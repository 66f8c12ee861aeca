package io.vqr.indicators;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import io.vqr.ops.MigratedDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts warehouse rows directly with SQL (submission → current_submission → facts) for
 * indicator tests, on a fresh migrated database.
 */
public final class WarehouseFixture {

	public final JdbcTemplate jdbc;

	private final AtomicInteger sequence = new AtomicInteger();

	private WarehouseFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static WarehouseFixture create(String prefix) {
		return new WarehouseFixture(new JdbcTemplate(MigratedDatabase.create(prefix)));
	}

	/** On a database migrated elsewhere (e.g. to an earlier schema version). */
	public static WarehouseFixture on(JdbcTemplate jdbc) {
		return new WarehouseFixture(jdbc);
	}

	/**
	 * A processed submission; {@code current}: it is the one that counts for the school
	 * and year.
	 */
	public long submission(int year, String schoolCode, String schoolName, String status, int version,
			boolean current) {
		int n = this.sequence.incrementAndGet();
		Long id = this.jdbc.queryForObject("""
				insert into submission (year, school_code, school_name, file_name, sha256, size_bytes, version, status,
				                        received_at, processed_at)
				values (?, ?, ?, ?, ?, 1000, ?, ?, ?::date, ?::date) returning submission_id
				""", Long.class, year, schoolCode, schoolName, schoolCode + "-" + n + ".xlsx",
				String.format("%064d", n), version, status, LocalDate.of(year, 9, 30).toString(),
				LocalDate.of(year, 10, 8).toString());
		if (current) {
			this.jdbc.update("insert into current_submission (year, school_code, submission_id) values (?, ?, ?)", year,
					schoolCode, id);
		}
		return id;
	}

	public void profile(long id, int year, String code, String name, String type, String ownership, String region,
			double equipmentWan, int workstations, long books, Double funding) {
		this.jdbc.update(
				"""
						insert into fact_profile (submission_id, sheet_row, school_code, school_name, school_type, ownership,
						  region_code, year, contact, phone, equipment_value, workstations, books, computers, funding_per_student)
						values (?, 1, ?, ?, ?, ?, ?, ?, '李老师', '020-12345678', ?, ?, ?, 100, ?)
						""",
				id, code, name, type, ownership, region, year, equipmentWan, workstations, books, funding);
		this.jdbc.update(
				"""
						insert into dim_school (school_code, school_name, school_type, ownership, region_code, first_year, last_year)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (school_code) do update set first_year = least(dim_school.first_year, excluded.first_year),
						  last_year = greatest(dim_school.last_year, excluded.last_year)
						""",
				code, name, type, ownership, region, year, year);
	}

	public void major(long id, String code, String name, int plan, int admitted, int registered, int enrolled,
			Integer throughTrack, int graduates) {
		this.jdbc.update("""
				insert into fact_majors (submission_id, sheet_row, major_code, major_name, duration, plan, admitted,
				  registered, enrolled, through_track, graduates)
				values (?, ?, ?, ?, 3, ?, ?, ?, ?, ?, ?)
				""", id, this.sequence.incrementAndGet(), code, name, plan, admitted, registered, enrolled,
				throughTrack, graduates);
	}

	public void graduate(long id, String major, String destination, String region, String industry, String kind,
			Boolean related, Integer income) {
		int row = this.sequence.incrementAndGet();
		this.jdbc.update(
				"""
						insert into fact_graduates (submission_id, sheet_row, student_no, name, id_number_hash, id_number_masked,
						  id_number_key, gender, major_code, destination, employer, employer_region, employer_industry,
						  employer_kind, related, monthly_income, further_school)
						values (?, ?, ?, '学生', ?, '440111********123X', 0, '男', ?, ?, '某公司', ?, ?, ?, ?, ?, null)
						""",
				// The hash's first 16 hex digits are zeros: its key (id_number_key) is 0.
				id, row, "S" + row, String.format("%064d", row), major, destination, region, industry, kind, related,
				income);
	}

	public void teacher(long id, String category, Boolean specialty, boolean dual, String title, String education,
			String degree, int practiceDays, double trainingHours) {
		int row = this.sequence.incrementAndGet();
		this.jdbc.update(
				"""
						insert into fact_teachers (submission_id, sheet_row, staff_no, name, id_number_hash, id_number_masked,
						  id_number_key, gender, birth_date, category, specialty_course, dual_qualified, title, education, degree,
						  major_code, practice_days, training_hours)
						values (?, ?, ?, '教师', ?, '440111********123X', 0, '女', date '1980-01-01', ?, ?, ?, ?, ?, ?, null, ?, ?)
						""",
				id, row, "T" + row, String.format("%064d", row), category, specialty, dual, title, education, degree,
				practiceDays, trainingHours);
	}

	public void partnership(long id, String form, Integer interns, Integer hires, Integer mentors) {
		int row = this.sequence.incrementAndGet();
		this.jdbc.update("""
				insert into fact_partnerships (submission_id, sheet_row, partner_name, partner_credit_code, form,
				  major_code, interns, hires, mentors)
				values (?, ?, '合作企业', '91440101MA5XXXXXX1', ?, null, ?, ?, ?)
				""", id, row, form, interns, hires, mentors);
	}

	public void finding(long id, int seq, String ruleId) {
		this.jdbc.update("""
				insert into finding (submission_id, seq, rule_id, severity, sheet, message)
				values (?, ?, ?, 'ERROR', '基本信息', '错误')
				""", id, seq, ruleId);
	}

	public void roster(int year, String code, String name, String type, String region) {
		this.jdbc.update("insert into school_roster (year, school_code, school_name, school_type, region_code) "
				+ "values (?, ?, ?, ?, ?)", year, code, name, type, region);
	}

	/** Standard v2's new 基本信息 fields of a profile inserted before. */
	public void v2Profile(long id, double buildingArea, double bandwidth, double enterpriseEquipmentWan, int courses,
			Double specialFunding, Integer staffQuota, int parttimeHours, double parttimePayWan, Integer alumniN,
			Integer alumniSatisfied, Integer employerN, Integer employerSatisfied) {
		this.jdbc.update("""
				update fact_profile set building_area = ?, bandwidth = ?, enterprise_equipment_value = ?, courses = ?,
				  special_funding_per_student = ?, staff_quota = ?, parttime_hours = ?, parttime_pay = ?,
				  alumni_survey_n = ?, alumni_satisfied = ?, employer_survey_n = ?, employer_satisfied = ?
				 where submission_id = ?
				""", buildingArea, bandwidth, enterpriseEquipmentWan, courses, specialFunding, staffQuota,
				parttimeHours, parttimePayWan, alumniN, alumniSatisfied, employerN, employerSatisfied, id);
	}

	/** v2: 现代学徒制/订单培养在校生数 of a major inserted before. */
	public void apprentices(long id, String majorCode, Integer apprentices) {
		this.jdbc.update("update fact_majors set apprentices = ? where submission_id = ? and major_code = ?",
				apprentices, id, majorCode);
	}

	/** v2: a graduate with 获得职业资格或职业技能等级证书 (null: the file had no such column). */
	public void graduate(long id, String major, String destination, String region, String industry, String kind,
			Boolean related, Integer income, Boolean certificate) {
		graduate(id, major, destination, region, industry, kind, related, income);
		this.jdbc.update("update fact_graduates set certificate = ? where submission_id = ? and sheet_row = ?",
				certificate, id, this.sequence.get());
	}

	/** v2: the 服务贡献 sheet, amounts in 万元. */
	public void service(long id, double horizontal, double vertical, double trade, double trainingIncome,
			int trainingPersonTimes, double publicTrainingHours, int ipProjects, int inventionPatents,
			double patentTransferIncome) {
		this.jdbc.update("""
				insert into fact_service (submission_id, sheet_row, horizontal_service_income, vertical_research_income,
				  technology_trade_income, training_income, training_person_times, public_training_hours, ip_projects,
				  invention_patents, patent_transfer_income)
				values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", id, horizontal, vertical, trade, trainingIncome, trainingPersonTimes, publicTrainingHours,
				ipProjects, inventionPatents, patentTransferIncome);
	}

	/** v2: the 国际合作 sheet, in the standard's order. */
	public void international(long id, int students, int traineeDays, int internshipDays, int teachingDays,
			int postTeachers, int majorStandards, int courseStandards, int awards) {
		this.jdbc.update("""
				insert into fact_international (submission_id, sheet_row, international_students, foreign_trainee_days,
				  overseas_internship_days, overseas_teaching_days, overseas_post_teachers, adopted_major_standards,
				  adopted_course_standards, overseas_awards)
				values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
				""", id, students, traineeDays, internshipDays, teachingDays, postTeachers, majorStandards,
				courseStandards, awards);
	}

	/** v2: a 典型案例 row. */
	public void caseStudy(long id, String part, String title, String body) {
		this.jdbc.update("insert into fact_cases (submission_id, sheet_row, part, title, body) values (?, ?, ?, ?, ?)",
				id, this.sequence.incrementAndGet(), part, title, body);
	}

	/** The school-year approved in the review model, with this file official. */
	public void approved(int year, String schoolCode, long id) {
		this.jdbc.update("insert into school_year (year, school_code, state, review_submission_id) values (?, ?, ?, ?)",
				year, schoolCode, "APPROVED", id);
	}

}
