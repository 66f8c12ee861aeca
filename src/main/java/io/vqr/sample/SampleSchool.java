package io.vqr.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.vqr.standard.SubmissionStandard;

/**
 * One school's clean submission for one year: the values a correct reader loads from any
 * of its sample workbooks, keyed like the standard's fields. Codes are stored as codes
 * (毕业去向 {@code 10}, 职称 {@code 中级}), industries as the section letter, yes/no as
 * {@link Boolean}, integers as {@link Integer}, decimals as {@link BigDecimal}, dates as
 * {@link LocalDate}; an empty cell is {@code null}.
 *
 * @param index the school's index in its province (stable: school k is the same for every
 * corpus size)
 * @param year the reporting year (统计年度)
 * @param profile 基本信息
 * @param majors 专业与招生, one per major
 * @param graduates 毕业生去向, sorted by major
 * @param teachers 教师
 * @param partnerships 校企合作
 */
public record SampleSchool(int index, int year, Profile profile, List<MajorRow> majors, List<GraduateRow> graduates,
		List<TeacherRow> teachers, List<PartnershipRow> partnerships) {

	public SampleSchool {
		majors = List.copyOf(majors);
		graduates = List.copyOf(graduates);
		teachers = List.copyOf(teachers);
		partnerships = List.copyOf(partnerships);
	}

	public String code() {
		return this.profile.schoolCode();
	}

	public String name() {
		return this.profile.schoolName();
	}

	public String type() {
		return this.profile.schoolType();
	}

	/** The rows of a table sheet by its key ({@link SubmissionStandard#MAJORS} etc.). */
	public List<? extends SampleRow> rows(String sheetKey) {
		return switch (sheetKey) {
			case SubmissionStandard.MAJORS -> this.majors;
			case SubmissionStandard.GRADUATES -> this.graduates;
			case SubmissionStandard.TEACHERS -> this.teachers;
			case SubmissionStandard.PARTNERSHIPS -> this.partnerships;
			default -> throw new IllegalArgumentException("not a table sheet: " + sheetKey);
		};
	}

	/** Rows per sheet key, the profile counting as one. */
	public Map<String, Integer> counts() {
		return Map.of(SubmissionStandard.PROFILE, 1, SubmissionStandard.MAJORS, this.majors.size(),
				SubmissionStandard.GRADUATES, this.graduates.size(), SubmissionStandard.TEACHERS, this.teachers.size(),
				SubmissionStandard.PARTNERSHIPS, this.partnerships.size());
	}

	/** Students in school, summed over majors. */
	public int enrolledTotal() {
		return this.majors.stream().mapToInt(MajorRow::enrolled).sum();
	}

	public long fullTimeTeachers() {
		return this.teachers.stream().filter(TeacherRow::fullTime).count();
	}

	/** A record whose values are looked up by the standard's field keys. */
	public interface SampleRow {

		/** The value of a field by its key, or null when the cell is empty. */
		Object value(String fieldKey);

	}

	public record Profile(String schoolCode, String schoolName, String schoolType, String ownership, String regionCode,
			int year, String contact, String phone, BigDecimal equipmentValue, int workstations, int books,
			Integer computers, BigDecimal fundingPerStudent) implements SampleRow {

		@Override
		public Object value(String fieldKey) {
			return switch (fieldKey) {
				case "school_code" -> this.schoolCode;
				case "school_name" -> this.schoolName;
				case "school_type" -> this.schoolType;
				case "ownership" -> this.ownership;
				case "region_code" -> this.regionCode;
				case "year" -> this.year;
				case "contact" -> this.contact;
				case "phone" -> this.phone;
				case "equipment_value" -> this.equipmentValue;
				case "workstations" -> this.workstations;
				case "books" -> this.books;
				case "computers" -> this.computers;
				case "funding_per_student" -> this.fundingPerStudent;
				default -> throw new IllegalArgumentException("no profile field " + fieldKey);
			};
		}

	}

	public record MajorRow(String majorCode, String majorName, int duration, int plan, int admitted, int registered,
			int enrolled, Integer throughTrack, int graduates) implements SampleRow {

		@Override
		public Object value(String fieldKey) {
			return switch (fieldKey) {
				case "major_code" -> this.majorCode;
				case "major_name" -> this.majorName;
				case "duration" -> this.duration;
				case "plan" -> this.plan;
				case "admitted" -> this.admitted;
				case "registered" -> this.registered;
				case "enrolled" -> this.enrolled;
				case "through_track" -> this.throughTrack;
				case "graduates" -> this.graduates;
				default -> throw new IllegalArgumentException("no major field " + fieldKey);
			};
		}

	}

	public record GraduateRow(String studentNo, String name, String idNumber, String gender, String majorCode,
			String destination, String employer, String employerRegion, String employerIndustry, String employerKind,
			Boolean related, BigDecimal monthlyIncome, String furtherSchool) implements SampleRow {

		@Override
		public Object value(String fieldKey) {
			return switch (fieldKey) {
				case "student_no" -> this.studentNo;
				case "name" -> this.name;
				case "id_number" -> this.idNumber;
				case "gender" -> this.gender;
				case "major_code" -> this.majorCode;
				case "destination" -> this.destination;
				case "employer" -> this.employer;
				case "employer_region" -> this.employerRegion;
				case "employer_industry" -> this.employerIndustry;
				case "employer_kind" -> this.employerKind;
				case "related" -> this.related;
				case "monthly_income" -> this.monthlyIncome;
				case "further_school" -> this.furtherSchool;
				default -> throw new IllegalArgumentException("no graduate field " + fieldKey);
			};
		}

	}

	public record TeacherRow(String staffNo, String name, String idNumber, String gender, LocalDate birthDate,
			String category, Boolean specialtyCourse, boolean dualQualified, String title, String education,
			String degree, String majorCode, int practiceDays, BigDecimal trainingHours) implements SampleRow {

		public boolean fullTime() {
			return "专任教师".equals(this.category);
		}

		@Override
		public Object value(String fieldKey) {
			return switch (fieldKey) {
				case "staff_no" -> this.staffNo;
				case "name" -> this.name;
				case "id_number" -> this.idNumber;
				case "gender" -> this.gender;
				case "birth_date" -> this.birthDate;
				case "category" -> this.category;
				case "specialty_course" -> this.specialtyCourse;
				case "dual_qualified" -> this.dualQualified;
				case "title" -> this.title;
				case "education" -> this.education;
				case "degree" -> this.degree;
				case "major_code" -> this.majorCode;
				case "practice_days" -> this.practiceDays;
				case "training_hours" -> this.trainingHours;
				default -> throw new IllegalArgumentException("no teacher field " + fieldKey);
			};
		}

	}

	public record PartnershipRow(String partnerName, String partnerCreditCode, String form, String majorCode,
			Integer interns, Integer hires, Integer mentors) implements SampleRow {

		@Override
		public Object value(String fieldKey) {
			return switch (fieldKey) {
				case "partner_name" -> this.partnerName;
				case "partner_credit_code" -> this.partnerCreditCode;
				case "form" -> this.form;
				case "major_code" -> this.majorCode;
				case "interns" -> this.interns;
				case "hires" -> this.hires;
				case "mentors" -> this.mentors;
				default -> throw new IllegalArgumentException("no partnership field " + fieldKey);
			};
		}

	}

}
