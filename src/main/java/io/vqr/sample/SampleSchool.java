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
 * @param v2 what standard v2 adds (2025 on: new 基本信息 fields, 服务贡献, 国际合作, 典型案例), or null
 * for a v1 year
 */
public record SampleSchool(int index, int year, Profile profile, List<MajorRow> majors, List<GraduateRow> graduates,
		List<TeacherRow> teachers, List<PartnershipRow> partnerships, V2 v2) {

	public SampleSchool {
		majors = List.copyOf(majors);
		graduates = List.copyOf(graduates);
		teachers = List.copyOf(teachers);
		partnerships = List.copyOf(partnerships);
	}

	/** A school of a v1 year. */
	public SampleSchool(int index, int year, Profile profile, List<MajorRow> majors, List<GraduateRow> graduates,
			List<TeacherRow> teachers, List<PartnershipRow> partnerships) {
		this(index, year, profile, majors, graduates, teachers, partnerships, null);
	}

	/** The same school with other rows, its v2 data kept. */
	public SampleSchool withRows(List<MajorRow> majors, List<GraduateRow> graduates) {
		return new SampleSchool(this.index, this.year, this.profile, majors, graduates, this.teachers,
				this.partnerships, this.v2);
	}

	/** The standard the school's workbook is written with: its year's. */
	public SubmissionStandard standard() {
		return SubmissionStandard.forYear(this.year);
	}

	/**
	 * The record of a form sheet by its key: 基本信息 (with v2's fields in a v2 year), 服务贡献,
	 * 国际合作.
	 */
	public SampleRow form(String sheetKey) {
		return switch (sheetKey) {
			case SubmissionStandard.PROFILE ->
				(this.v2 == null) ? this.profile : (key) -> this.v2.profileExtras().has(key)
						? this.v2.profileExtras().value(key) : this.profile.value(key);
			case SubmissionStandard.SERVICE -> this.v2.service();
			case SubmissionStandard.INTERNATIONAL -> this.v2.international();
			default -> throw new IllegalArgumentException("not a form sheet: " + sheetKey);
		};
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
			case SubmissionStandard.CASES -> (this.v2 != null) ? this.v2.cases() : List.of();
			default -> throw new IllegalArgumentException("not a table sheet: " + sheetKey);
		};
	}

	/** Rows per sheet key, a form counting as one. */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		counts.put(SubmissionStandard.PROFILE, 1);
		counts.put(SubmissionStandard.MAJORS, this.majors.size());
		counts.put(SubmissionStandard.GRADUATES, this.graduates.size());
		counts.put(SubmissionStandard.TEACHERS, this.teachers.size());
		counts.put(SubmissionStandard.PARTNERSHIPS, this.partnerships.size());
		if (this.v2 != null) {
			counts.put(SubmissionStandard.SERVICE, 1);
			counts.put(SubmissionStandard.INTERNATIONAL, 1);
			counts.put(SubmissionStandard.CASES, this.v2.cases().size());
		}
		return Map.copyOf(counts);
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

	/**
	 * What standard v2 adds to a school's submission.
	 *
	 * @param profileExtras v2's new 基本信息 fields
	 * @param service 服务贡献
	 * @param international 国际合作
	 * @param cases 典型案例, possibly none
	 */
	public record V2(FieldValues profileExtras, FieldValues service, FieldValues international, List<CaseRow> cases) {

		public V2 {
			cases = List.copyOf(cases);
		}

	}

	/** A form's values by field key; a key mapped to null is an empty cell. */
	public record FieldValues(Map<String, Object> values) implements SampleRow {

		public FieldValues {
			values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
		}

		boolean has(String fieldKey) {
			return this.values.containsKey(fieldKey);
		}

		@Override
		public Object value(String fieldKey) {
			if (!this.values.containsKey(fieldKey)) {
				throw new IllegalArgumentException("no field " + fieldKey);
			}
			return this.values.get(fieldKey);
		}

	}

	/**
	 * One 典型案例: the report part's code, a title, the text with {@code \n} between
	 * paragraphs.
	 */
	public record CaseRow(String part, String title, String body) implements SampleRow {

		@Override
		public Object value(String fieldKey) {
			return switch (fieldKey) {
				case "part" -> this.part;
				case "title" -> this.title;
				case "body" -> this.body;
				default -> throw new IllegalArgumentException("no case field " + fieldKey);
			};
		}

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

	/**
	 * @param apprentices v2's 现代学徒制/订单培养在校生数, or null
	 */
	public record MajorRow(String majorCode, String majorName, int duration, int plan, int admitted, int registered,
			int enrolled, Integer throughTrack, int graduates, Integer apprentices) implements SampleRow {

		public MajorRow(String majorCode, String majorName, int duration, int plan, int admitted, int registered,
				int enrolled, Integer throughTrack, int graduates) {
			this(majorCode, majorName, duration, plan, admitted, registered, enrolled, throughTrack, graduates, null);
		}

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
				case "apprentices" -> this.apprentices;
				default -> throw new IllegalArgumentException("no major field " + fieldKey);
			};
		}

	}

	/**
	 * @param certificate v2's 获得职业资格或职业技能等级证书, or null
	 */
	public record GraduateRow(String studentNo, String name, String idNumber, String gender, String majorCode,
			String destination, String employer, String employerRegion, String employerIndustry, String employerKind,
			Boolean related, BigDecimal monthlyIncome, String furtherSchool, Boolean certificate) implements SampleRow {

		public GraduateRow(String studentNo, String name, String idNumber, String gender, String majorCode,
				String destination, String employer, String employerRegion, String employerIndustry,
				String employerKind, Boolean related, BigDecimal monthlyIncome, String furtherSchool) {
			this(studentNo, name, idNumber, gender, majorCode, destination, employer, employerRegion, employerIndustry,
					employerKind, related, monthlyIncome, furtherSchool, null);
		}

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
				case "certificate" -> this.certificate;
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
