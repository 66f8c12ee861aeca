package io.vqr.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SampleSchool.MajorRow;
import io.vqr.sample.SampleSchool.PartnershipRow;
import io.vqr.sample.SampleSchool.Profile;
import io.vqr.sample.SampleSchool.TeacherRow;
import io.vqr.sample.TechnicianMajors.TechnicianMajor;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.ReferenceData.Major;
import io.vqr.standard.ReferenceData.Region;
import io.vqr.standard.SubmissionStandard;

/**
 * Generates sample schools of the province 广东省: school {@code index} of a {@code seed} is
 * the same whatever the corpus size, and the same school in two years keeps its code,
 * majors and teachers while its figures move by about ±10%. School
 * {@link #JUMP_SCHOOL_INDEX} has 2.2 times as many graduates in odd years, so any two
 * consecutive years differ by more than 50% (W-YOY-JUMP).
 */
public final class SampleSchools {

	/** The school whose graduate count jumps between consecutive years. */
	public static final int JUMP_SCHOOL_INDEX = 7;

	/** The largest school index the ID number space holds without collisions. */
	public static final int MAX_INDEX = IdSerials.MAX_SCHOOL_INDEX - 1;

	private static final IdSerials IDS = new IdSerials(Province.get().birthplaces);

	private static final List<String> TYPES = CodeLists.get(CodeLists.SCHOOL_TYPE)
		.entries()
		.stream()
		.map(CodeEntry::code)
		.toList();

	/** Share of each 办学类型 (TYPES order) in the province. */
	private static final double[] TYPE_SHARES = { 0.45, 0.15, 0.02, 0.20, 0.08, 0.10 };

	/** Mean graduates per school of each type, so a province averages about 1,170. */
	private static final double[] TYPE_GRADUATES = { 680, 3800, 4000, 420, 850, 1600 };

	private static final String[] DESTINATIONS = { "10", "11", "12", "13", "14", "20", "21", "30", "31" };

	// @formatter:off
	private static final double[][] DESTINATION_SHARES = {
		{ 0.30, 0.07, 0.01, 0.015, 0.005, 0.56, 0.005, 0.025, 0.01 },
		{ 0.50, 0.13, 0.02, 0.015, 0.015, 0.25, 0.01, 0.04, 0.015 },
		{ 0.58, 0.10, 0.02, 0.01, 0.02, 0.20, 0.02, 0.035, 0.015 } };
	// @formatter:on

	private static final List<String> ABROAD = List.of("英国考文垂大学", "澳大利亚莫纳什大学", "马来西亚思特雅大学", "新加坡管理学院", "德国应用科学大学",
			"日本东京福祉大学");

	private static final long BASE = 1;

	private static final long YEARLY = 2;

	private static final long GRADUATES = 3;

	private static final long TEACHER = 4;

	private static final long TEACHER_YEARLY = 5;

	private static final long PARTNERS = 6;

	/**
	 * v2's data draws from streams of their own, so a v1 year's schools stay as they
	 * were.
	 */
	private static final long V2_DATA = 7;

	private static final long V2_CASES = 8;

	private static final long V2_CERTIFICATES = 9;

	private SampleSchools() {
	}

	/** School {@code index} of the province for {@code year}, at full size. */
	public static SampleSchool generate(long seed, int index, int year) {
		return generate(seed, index, year, 1.0);
	}

	/**
	 * School {@code index} for {@code year}, with graduates, teachers and majors scaled
	 * by {@code scale} (tests use small schools; the distribution keeps its shape).
	 */
	public static SampleSchool generate(long seed, int index, int year, double scale) {
		if (index < 0 || index > MAX_INDEX) {
			throw new IllegalArgumentException("school index out of range 0–" + MAX_INDEX + ": " + index);
		}
		return new Generation(seed, index, year, scale).school();
	}

	/**
	 * The 10-digit code of school {@code index}: {@code 41440} and 5 digits that look
	 * random but are distinct for every index below 100,000.
	 */
	public static String schoolCode(int index) {
		return "41440" + String.format("%05d", Math.floorMod(index * 7_919L + 12_345L, 100_000L));
	}

	/** The name of school {@code index}; cheap, it draws no rows. */
	public static String schoolName(long seed, int index) {
		return new Generation(seed, index, 0, 1.0).name;
	}

	/** The 办学类型 of school {@code index}: the first six schools take one type each. */
	public static String schoolType(long seed, int index) {
		if (index < TYPES.size()) {
			return TYPES.get(index);
		}
		return TYPES.get(pick(random(seed, index, BASE), TYPE_SHARES));
	}

	/**
	 * The ID number of a graduate outside every school's serial space (oversized files).
	 */
	static String spareGraduateId(int year, long row, boolean male) {
		return IDS.graduate(year, 0, (MAX_INDEX + 2L) * IdSerials.GRADUATE_ROWS_PER_SCHOOL + row, male);
	}

	static SplittableRandom random(long... parts) {
		long hash = 0x9E3779B97F4A7C15L;
		for (long part : parts) {
			hash = mix(hash ^ part);
		}
		return new SplittableRandom(hash);
	}

	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static int pick(SplittableRandom random, double[] shares) {
		double total = 0;
		for (double share : shares) {
			total += share;
		}
		double point = random.nextDouble() * total;
		for (int i = 0; i < shares.length; i++) {
			point -= shares[i];
			if (point < 0) {
				return i;
			}
		}
		return shares.length - 1;
	}

	/** A log-normal factor with median 1. */
	private static double spread(SplittableRandom random, double sigma) {
		return Math.exp(random.nextGaussian() * sigma);
	}

	private static double between(SplittableRandom random, double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	private static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

	/**
	 * One school-year being generated; base draws come first so they do not vary by year.
	 */
	private static final class Generation {

		private final long seed;

		private final int index;

		private final int year;

		private final double scale;

		private final Province province = Province.get();

		private final String type;

		private final String level;

		private final int ageClass;

		private final int destinationProfile;

		private final String ownership;

		private final Region city;

		private final String regionCode;

		private final String name;

		private final double baseGraduates;

		private final List<String[]> offered;

		private final double[] majorWeights;

		private final boolean[] newMajor;

		private final int[] durations;

		private final boolean throughTrack;

		private final double studentTeacherRatio;

		private final double partTimeShare;

		private final double dualRate;

		private final double postgraduateShare;

		private final double maleShare;

		private final double notPlacedFactor;

		private final double equipmentPerStudent;

		private final double workstationsPerStudent;

		private final double booksPerStudent;

		private final double computersPerStudent;

		private final boolean reportsComputers;

		private final double funding;

		private final int partnershipCount;

		private final String contact;

		private final String phone;

		Generation(long seed, int index, int year, double scale) {
			this.seed = seed;
			this.index = index;
			this.year = year;
			this.scale = scale;
			SplittableRandom base = random(seed, index, BASE);
			this.type = schoolType(seed, index);
			base.nextDouble(); // the draw schoolType consumed for indexes above 5
			int typeIndex = TYPES.indexOf(this.type);
			this.level = CodeLists.get(CodeLists.SCHOOL_TYPE).byCode(this.type).attribute(CodeLists.LEVEL);
			this.ageClass = switch (this.type) {
				case "中等职业学校", "技工学校", "高级技工学校" -> 0;
				case "职业本科" -> 2;
				default -> 1;
			};
			this.destinationProfile = this.ageClass;
			this.ownership = chance(base, this.type.equals("职业本科") ? 0.5 : 0.82) ? "公办" : "民办";
			this.city = pickCity(base);
			List<Region> counties = this.province.counties(this.city.code());
			this.regionCode = chance(base, 0.2) ? this.city.code() : ChineseNames.pick(base, counties).code();
			this.name = schoolName(base);
			this.baseGraduates = TYPE_GRADUATES[typeIndex]
					* Math.max(0.3, Math.min(1.7, spread(base, 0.5) * Math.exp(-0.5 * 0.5 / 2)));
			int majorCount = (int) Math.max(3, Math.min(60, Math.round(this.baseGraduates / between(base, 50, 75))));
			this.offered = chooseMajors(base, Math.max(2, (int) Math.round(majorCount * Math.min(1.0, scale * 4))));
			this.majorWeights = new double[this.offered.size()];
			this.newMajor = new boolean[this.offered.size()];
			this.durations = new int[this.offered.size()];
			for (int i = 0; i < this.offered.size(); i++) {
				this.majorWeights[i] = spread(base, 0.6);
				this.newMajor[i] = i > 0 && chance(base, 0.05);
				this.durations[i] = duration(base);
			}
			this.throughTrack = chance(base, 0.5);
			this.studentTeacherRatio = between(base, 14, 26);
			this.partTimeShare = between(base, 0.08, 0.35);
			this.dualRate = between(base, 0.35, 0.78);
			this.postgraduateShare = this.ageClass == 0 ? between(base, 0.06, 0.25) : between(base, 0.12, 0.5);
			this.maleShare = this.type.contains("技") ? between(base, 0.55, 0.8) : between(base, 0.4, 0.62);
			this.notPlacedFactor = chance(base, 0.12) ? between(base, 2.5, 4.5) : between(base, 0.3, 1.6);
			boolean secondaryGroup = CodeLists.get(CodeLists.SCHOOL_TYPE)
				.byCode(this.type)
				.attribute(CodeLists.THRESHOLD_GROUP)
				.equals("中职");
			this.equipmentPerStudent = secondaryGroup ? between(base, 2_000, 9_000) : between(base, 3_000, 15_000);
			this.workstationsPerStudent = between(base, 0.3, 0.85);
			this.booksPerStudent = secondaryGroup ? between(base, 22, 60) : between(base, 45, 110);
			this.computersPerStudent = between(base, 0.12, 0.35);
			this.reportsComputers = chance(base, 0.9);
			this.funding = this.ownership.equals("公办") ? between(base, 9_000, 28_000)
					: chance(base, 0.5) ? between(base, 800, 6_000) : -1;
			this.partnershipCount = chance(base, 0.1) ? 0
					: (int) Math.max(1, Math.round(this.offered.size() * between(base, 0.3, 1.2)));
			this.contact = ChineseNames.person(base, chance(base, 0.4));
			this.phone = "13" + (5 + base.nextInt(5)) + String.format("%08d", base.nextInt(100_000_000));
		}

		private Region pickCity(SplittableRandom random) {
			// 广州, 深圳, 佛山 and 东莞 hold most schools.
			double[] shares = new double[this.province.cities.size()];
			for (int i = 0; i < shares.length; i++) {
				String code = this.province.cities.get(i).code();
				shares[i] = switch (code) {
					case "440100" -> 8;
					case "440300", "440600", "441900" -> 4;
					default -> 1.5;
				};
			}
			return this.province.cities.get(pick(random, shares));
		}

		private String schoolName(SplittableRandom random) {
			String place = ChineseNames.shortPlace(this.city.name());
			String word = ChineseNames.schoolWord(random);
			return switch (this.type) {
				case "中等职业学校" -> place + word + (chance(random, 0.5) ? "职业技术学校" : "中等职业学校");
				case "高职专科" -> place + word + "职业技术学院";
				case "职业本科" -> "广东" + word + "职业技术大学";
				case "技工学校" -> place + word + "技工学校";
				case "高级技工学校" -> place + word + "高级技工学校";
				default -> place + word + "技师学院";
			};
		}

		/** Code and name of the offered majors, a stable choice for the school. */
		private List<String[]> chooseMajors(SplittableRandom random, int count) {
			List<String[]> pool = new ArrayList<>();
			switch (this.level) {
				case "中职" -> this.province.secondary.forEach((major) -> pool.add(entry(major)));
				case "高职专科" -> this.province.higher.forEach((major) -> pool.add(entry(major)));
				case "职业本科" -> {
					this.province.bachelor.forEach((major) -> pool.add(entry(major)));
					// 职业本科 may also run 高职专科 majors: about a third of its offer.
					List<String[]> higher = new ArrayList<>();
					this.province.higher.forEach((major) -> higher.add(entry(major)));
					shuffle(random, pool);
					shuffle(random, higher);
					int fromHigher = count / 3;
					List<String[]> chosen = new ArrayList<>(pool.subList(0, count - fromHigher));
					chosen.addAll(higher.subList(0, fromHigher));
					chosen.sort(java.util.Comparator.comparing((String[] major) -> major[0]));
					return chosen;
				}
				default -> TechnicianMajors.ALL.forEach((major) -> pool.add(entry(major)));
			}
			shuffle(random, pool);
			List<String[]> chosen = new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
			chosen.sort(java.util.Comparator.comparing((String[] major) -> major[0]));
			return chosen;
		}

		private static String[] entry(Major major) {
			return new String[] { major.code(), major.name() };
		}

		private static String[] entry(TechnicianMajor major) {
			return new String[] { major.code(), major.name() };
		}

		private static <T> void shuffle(SplittableRandom random, List<T> list) {
			for (int i = list.size() - 1; i > 0; i--) {
				java.util.Collections.swap(list, i, random.nextInt(i + 1));
			}
		}

		private int duration(SplittableRandom random) {
			return switch (this.type) {
				case "职业本科" -> 4;
				case "高级技工学校" -> chance(random, 0.3) ? 5 : 3;
				case "技师学院" -> chance(random, 0.25) ? 5 : chance(random, 0.1) ? 6 : 3;
				default -> chance(random, 0.04) ? 2 : 3;
			};
		}

		SampleSchool school() {
			SplittableRandom yearly = random(this.seed, this.index, this.year, YEARLY);
			double factor = between(yearly, 0.92, 1.08);
			double jump = (this.index == JUMP_SCHOOL_INDEX && Math.floorMod(this.year, 2) == 1) ? 2.2 : 1.0;
			// The ID serial space holds at most GRADUATE_ROWS_PER_SCHOOL graduates per
			// school.
			int totalGraduates = (int) Math.min(IdSerials.GRADUATE_ROWS_PER_SCHOOL - 1,
					Math.round(this.baseGraduates * factor * jump * this.scale));
			int[] graduatesPerMajor = distribute(totalGraduates);
			List<MajorRow> majors = new ArrayList<>();
			for (int i = 0; i < this.offered.size(); i++) {
				majors.add(majorRow(yearly, i, graduatesPerMajor[i]));
			}
			List<GraduateRow> graduates = graduates(majors);
			int enrolled = majors.stream().mapToInt(MajorRow::enrolled).sum();
			List<TeacherRow> teachers = teachers(enrolled, majors);
			List<PartnershipRow> partnerships = partnerships(majors);
			Profile profile = profile(yearly, enrolled);
			if (!SubmissionStandard.forYear(this.year).hasSheet(SubmissionStandard.SERVICE)) {
				return new SampleSchool(this.index, this.year, profile, majors, graduates, teachers, partnerships);
			}
			SplittableRandom v2 = random(this.seed, this.index, this.year, V2_DATA);
			majors = withApprentices(v2, majors);
			graduates = withCertificates(graduates);
			SampleSchool.FieldValues profileExtras = profileExtras(v2, profile, enrolled, majors, graduates, teachers);
			SampleSchool.FieldValues service = service(v2);
			SampleSchool.FieldValues international = international(v2);
			boolean abroad = international.values()
				.values()
				.stream()
				.anyMatch((value) -> value instanceof Integer number && number > 0);
			SampleSchool.V2 more = new SampleSchool.V2(profileExtras, service, international,
					cases(majors, partnerships, abroad));
			return new SampleSchool(this.index, this.year, profile, majors, graduates, teachers, partnerships, more);
		}

		/** v2: 现代学徒制/订单培养在校生 for some majors of some schools. */
		private List<MajorRow> withApprentices(SplittableRandom random, List<MajorRow> majors) {
			if (!chance(random, 0.6)) {
				return majors;
			}
			List<MajorRow> rows = new ArrayList<>(majors.size());
			for (MajorRow m : majors) {
				Integer apprentices = chance(random, 0.5) ? (int) Math.round(m.enrolled() * between(random, 0, 0.4))
						: null;
				rows.add(new MajorRow(m.majorCode(), m.majorName(), m.duration(), m.plan(), m.admitted(),
						m.registered(), m.enrolled(), m.throughTrack(), m.graduates(), apprentices));
			}
			return rows;
		}

		/**
		 * v2: 获得职业资格或职业技能等级证书 for every graduate, or (a school without the column) for
		 * none.
		 */
		private List<GraduateRow> withCertificates(List<GraduateRow> graduates) {
			SplittableRandom random = random(this.seed, this.index, this.year, V2_CERTIFICATES);
			if (!chance(random, 0.85)) {
				return graduates;
			}
			double rate = between(random, 0.55, 0.95);
			List<GraduateRow> rows = new ArrayList<>(graduates.size());
			for (GraduateRow g : graduates) {
				rows.add(new GraduateRow(g.studentNo(), g.name(), g.idNumber(), g.gender(), g.majorCode(),
						g.destination(), g.employer(), g.employerRegion(), g.employerIndustry(), g.employerKind(),
						g.related(), g.monthlyIncome(), g.furtherSchool(), chance(random, rate)));
			}
			return rows;
		}

		private SampleSchool.FieldValues profileExtras(SplittableRandom random, Profile profile, int students,
				List<MajorRow> majors, List<GraduateRow> graduates, List<TeacherRow> teachers) {
			boolean publicSchool = this.ownership.equals("公办");
			long fullTime = teachers.stream().filter(TeacherRow::fullTime).count();
			long partTime = teachers.size() - fullTime;
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("building_area", BigDecimal.valueOf(Math.round(students * between(random, 9, 22) / 10) * 10L));
			values.put("bandwidth", BigDecimal.valueOf(List.of(1_000, 2_000, 5_000, 10_000, 20_000, 40_000)
				.get(Math.min(5, this.ageClass * 2 + random.nextInt(3)))));
			values.put("enterprise_equipment_value",
					profile.equipmentValue()
						.multiply(BigDecimal.valueOf(between(random, 0.03, 0.2)))
						.setScale(1, java.math.RoundingMode.HALF_UP));
			values.put("courses", (int) Math.round(majors.size() * between(random, 14, 26)));
			values.put("special_funding_per_student", (publicSchool || chance(random, 0.4))
					? BigDecimal.valueOf(Math.round(between(random, 1_500, 8_000) / 10) * 10L) : null);
			values.put("staff_quota", (publicSchool || chance(random, 0.3))
					? (int) Math.round(fullTime * between(random, 1.05, 1.4)) : null);
			int hours = (int) Math.round(partTime * between(random, 60, 220));
			values.put("parttime_hours", hours);
			values.put("parttime_pay", BigDecimal.valueOf(Math.round(hours * between(random, 80, 200) / 1_000), 1));
			Integer alumni = (!graduates.isEmpty() && chance(random, 0.8))
					? (int) Math.max(1, Math.round(graduates.size() * between(random, 0.3, 0.8))) : null;
			values.put("alumni_survey_n", alumni);
			values.put("alumni_satisfied",
					(alumni != null) ? (int) Math.round(alumni * between(random, 0.85, 0.99)) : null);
			Integer employers = chance(random, 0.7) ? 20 + random.nextInt(180) : null;
			values.put("employer_survey_n", employers);
			values.put("employer_satisfied",
					(employers != null) ? (int) Math.round(employers * between(random, 0.88, 1.0)) : null);
			return new SampleSchool.FieldValues(values);
		}

		/** 服务贡献: 高职 and 职业本科 earn more from services than 中职 and 技工 schools. */
		private SampleSchool.FieldValues service(SplittableRandom random) {
			double size = this.baseGraduates * this.scale / 1_000;
			double scaleBy = (this.ageClass == 0) ? 0.2 : 1.0;
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("horizontal_service_income",
					tenths(chance(random, 0.2 + 0.6 * scaleBy) ? 300 * scaleBy * size * spread(random, 0.8) : 0));
			values.put("vertical_research_income",
					tenths(chance(random, 0.1 + 0.7 * scaleBy) ? 150 * scaleBy * size * spread(random, 0.8) : 0));
			values.put("technology_trade_income",
					tenths(chance(random, 0.3 * scaleBy) ? 40 * size * spread(random, 1.0) : 0));
			values.put("training_income", tenths(120 * size * spread(random, 0.7)));
			int trainees = (int) Math.round(2_500 * size * spread(random, 0.7));
			values.put("training_person_times", trainees);
			values.put("public_training_hours", BigDecimal.valueOf(Math.round(trainees * between(random, 0.5, 3))));
			int ip = (int) Math.round((this.ageClass == 0 ? 3 : 25) * size * spread(random, 0.8));
			values.put("ip_projects", ip);
			values.put("invention_patents", (ip > 0) ? random.nextInt(ip / 4 + 1) : 0);
			values.put("patent_transfer_income",
					tenths(chance(random, 0.25 * scaleBy) ? 15 * size * spread(random, 1.0) : 0));
			return new SampleSchool.FieldValues(values);
		}

		/** 国际合作: most schools have none at all; 高职 and 职业本科 more often some. */
		private SampleSchool.FieldValues international(SplittableRandom random) {
			boolean active = chance(random, (this.ageClass == 0) ? 0.1 : 0.35);
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("international_students", (active && chance(random, 0.4)) ? 1 + random.nextInt(60) : 0);
			values.put("foreign_trainee_days", (active && chance(random, 0.6)) ? 10 * (1 + random.nextInt(150)) : 0);
			values.put("overseas_internship_days", (active && chance(random, 0.3)) ? 30 * (1 + random.nextInt(40)) : 0);
			values.put("overseas_teaching_days", (active && chance(random, 0.5)) ? 5 * (1 + random.nextInt(40)) : 0);
			values.put("overseas_post_teachers", (active && chance(random, 0.3)) ? 1 + random.nextInt(4) : 0);
			values.put("adopted_major_standards", (active && chance(random, 0.3)) ? 1 + random.nextInt(3) : 0);
			values.put("adopted_course_standards", (active && chance(random, 0.4)) ? 1 + random.nextInt(8) : 0);
			values.put("overseas_awards", (active && chance(random, 0.2)) ? 1 + random.nextInt(3) : 0);
			return new SampleSchool.FieldValues(values);
		}

		/**
		 * 典型案例: none for about one school in seven, else one to eight over several parts,
		 * at most {@link io.vqr.standard.RuleParameters#CASES_PER_PART} a part; 国际合作
		 * cases only where the school works abroad.
		 */
		private List<SampleSchool.CaseRow> cases(List<MajorRow> majors, List<PartnershipRow> partnerships,
				boolean abroad) {
			SplittableRandom random = random(this.seed, this.index, this.year, V2_CASES);
			if (chance(random, 0.15)) {
				return List.of();
			}
			int count = 1 + random.nextInt(8);
			CaseTexts.Facts facts = new CaseTexts.Facts(this.name, ChineseNames.shortPlace(this.city.name()), this.year,
					majors.stream().map(MajorRow::majorName).toList(),
					partnerships.stream().map(PartnershipRow::partnerName).toList());
			Map<String, Integer> perPart = new LinkedHashMap<>();
			List<SampleSchool.CaseRow> rows = new ArrayList<>();
			for (int attempt = 0; rows.size() < count && attempt < 40; attempt++) {
				String part = CaseTexts.PARTS.get(random.nextInt(CaseTexts.PARTS.size()));
				if (perPart.getOrDefault(part, 0) >= io.vqr.standard.RuleParameters.CASES_PER_PART
						|| (part.equals("国际合作") && !abroad)) {
					continue;
				}
				perPart.merge(part, 1, Integer::sum);
				rows.add(CaseTexts.write(random, part, facts));
			}
			return rows;
		}

		private static BigDecimal tenths(double value) {
			return BigDecimal.valueOf(Math.round(value * 10), 1);
		}

		/** Graduates per major: proportional to the weights, largest remainders first. */
		private int[] distribute(int total) {
			double sum = 0;
			for (int i = 0; i < this.majorWeights.length; i++) {
				sum += this.newMajor[i] ? 0 : this.majorWeights[i];
			}
			int[] counts = new int[this.majorWeights.length];
			double[] remainders = new double[counts.length];
			int assigned = 0;
			for (int i = 0; i < counts.length; i++) {
				double exact = this.newMajor[i] ? 0 : total * this.majorWeights[i] / sum;
				counts[i] = (int) Math.floor(exact);
				remainders[i] = exact - counts[i];
				assigned += counts[i];
			}
			while (assigned < total) {
				int best = 0;
				for (int i = 1; i < counts.length; i++) {
					if (remainders[i] > remainders[best]) {
						best = i;
					}
				}
				counts[best]++;
				remainders[best] = -1;
				assigned++;
			}
			return counts;
		}

		private MajorRow majorRow(SplittableRandom random, int i, int graduates) {
			int duration = this.durations[i];
			double yearlyIntake = this.newMajor[i]
					? Math.max(8, this.baseGraduates * this.scale * this.majorWeights[i] / this.majorWeights.length)
					: graduates * between(random, 0.95, 1.15);
			int plan = (int) Math.max(5, Math.round(yearlyIntake * between(random, 1.0, 1.2)));
			int admitted = (int) Math.min(Math.floor(plan * 1.2), Math.round(plan * between(random, 0.82, 1.12)));
			int registered = (int) Math.round(admitted * between(random, 0.86, 0.99));
			int cohorts = this.newMajor[i] ? 1 : duration;
			int enrolled = (int) Math.max(registered, Math.round(yearlyIntake * cohorts * between(random, 0.93, 1.02)));
			Integer through = null;
			if (this.throughTrack) {
				through = chance(random, 0.4) ? (int) Math.round(enrolled * between(random, 0.1, 0.5)) : 0;
			}
			return new MajorRow(this.offered.get(i)[0], this.offered.get(i)[1], duration, plan, admitted, registered,
					enrolled, through, graduates);
		}

		private List<GraduateRow> graduates(List<MajorRow> majors) {
			SplittableRandom random = random(this.seed, this.index, this.year, GRADUATES);
			double[] shares = DESTINATION_SHARES[this.destinationProfile].clone();
			shares[7] *= this.notPlacedFactor;
			shares[8] *= this.notPlacedFactor;
			List<Region> homeCounties = this.province.counties(this.city.code());
			List<GraduateRow> rows = new ArrayList<>();
			int serial = 0;
			for (int m = 0; m < majors.size(); m++) {
				MajorRow major = majors.get(m);
				List<String> sections = SampleIndustries.sections(major.majorCode());
				String trade = SampleIndustries.trade(major.majorCode());
				for (int g = 0; g < major.graduates(); g++) {
					boolean male = chance(random, this.maleShare);
					String id = IDS.graduate(this.year, this.ageClass,
							this.index * IdSerials.GRADUATE_ROWS_PER_SCHOOL + serial++, male);
					String studentNo = String.format("%d%02d%04d", this.year - major.duration(), m + 1, g + 1);
					String destination = DESTINATIONS[pick(random, shares)];
					boolean contract = destination.equals("10") || destination.equals("12");
					boolean employed = contract || destination.equals("11");
					String employer = null;
					String region = null;
					String industry = null;
					String kind = null;
					Boolean related = null;
					BigDecimal income = null;
					String further = null;
					if (employed) {
						double where = random.nextDouble();
						region = (where < 0.55) ? ChineseNames.pick(random, homeCounties).code()
								: (where < 0.85) ? ChineseNames.pick(random, this.province.birthplaces)
										: ChineseNames.pick(random, this.province.elsewhere);
						related = chance(random, 0.76);
						if (chance(random, 0.92)) {
							income = income(random, destination);
						}
					}
					if (contract) {
						industry = ChineseNames.pick(random, sections);
						String place = ChineseNames.shortPlace(this.province
							.cityOf(region.startsWith(Province.CODE.substring(0, 2)) ? region : this.city.code())
							.name());
						if (destination.equals("10")) {
							employer = ChineseNames.company(random, place, trade);
							kind = List.of("民营企业", "民营企业", "民营企业", "国有企业", "外资企业", "机关事业单位", "其他")
								.get(random.nextInt(7));
						}
						else {
							employer = place + ChineseNames.person(random, male).substring(0, 1)
									+ ChineseNames.pick(random, List.of("记", "氏", "创")) + trade + "工作室";
							kind = "民营企业";
						}
					}
					if (destination.equals("20")) {
						further = furtherSchool(random);
					}
					else if (destination.equals("21")) {
						further = ChineseNames.pick(random, ABROAD);
					}
					rows.add(new GraduateRow(studentNo, ChineseNames.person(random, male), id, male ? "男" : "女",
							major.majorCode(), destination, employer, region, industry, kind, related, income,
							further));
				}
			}
			return rows;
		}

		private BigDecimal income(SplittableRandom random, String destination) {
			double median = switch (this.ageClass) {
				case 0 -> 3_600;
				case 1 -> 4_600;
				default -> 5_600;
			};
			double sigma = destination.equals("12") ? 0.6 : 0.3;
			double value = Math.max(1_800, Math.min(60_000, median * spread(random, sigma)));
			return BigDecimal.valueOf(Math.round(value / 100) * 100L);
		}

		private String furtherSchool(SplittableRandom random) {
			String place = ChineseNames.shortPlace(ChineseNames.pick(random, this.province.cities).name());
			String word = ChineseNames.schoolWord(random);
			return switch (this.ageClass) {
				case 0 -> place + word + "职业技术学院";
				case 1 -> chance(random, 0.5) ? place + word + "学院" : "广东" + word + "职业技术大学";
				default -> "广东" + word + "大学";
			};
		}

		private List<TeacherRow> teachers(int enrolled, List<MajorRow> majors) {
			double effective = enrolled / this.studentTeacherRatio;
			// Teacher serials: full-time below 2,048, part-time from 2,048 on.
			int fullTime = (int) Math.min(2_000, Math.max(3, Math.round(effective / (1 + 0.5 * this.partTimeShare))));
			int partTime = (int) Math.min(2_000, Math.round(fullTime * this.partTimeShare));
			List<TeacherRow> rows = new ArrayList<>(fullTime + partTime);
			for (int t = 0; t < fullTime; t++) {
				rows.add(teacher(t, true, majors));
			}
			for (int t = 0; t < partTime; t++) {
				rows.add(teacher(t, false, majors));
			}
			return rows;
		}

		private TeacherRow teacher(int t, boolean fullTime, List<MajorRow> majors) {
			long serial = this.index * IdSerials.TEACHER_ROWS_PER_SCHOOL + (fullTime ? t : 2_048 + t);
			// Who the teacher is does not depend on the year; what they did this year
			// does.
			SplittableRandom person = random(this.seed, this.index, TEACHER, serial);
			SplittableRandom yearly = random(this.seed, this.index, this.year, TEACHER_YEARLY, serial);
			boolean male = chance(person, fullTime ? 0.45 : 0.6);
			String id = IDS.teacher(serial, male);
			java.time.LocalDate born = IdNumbers.birthDate(id);
			int age = this.year - born.getYear();
			String staffNo = (fullTime ? "T" : "W") + String.format("%04d", t + 1);
			boolean specialty = fullTime ? chance(person, 0.62) : true;
			boolean dual = specialty && fullTime ? chance(person, this.dualRate) : chance(person, fullTime ? 0.1 : 0.4);
			String education = pickEducation(person, fullTime);
			String degree = switch (education) {
				case "研究生" -> chance(person, 0.1) ? "博士" : "硕士";
				case "本科" -> chance(person, 0.85) ? "学士" : "无";
				default -> "无";
			};
			if (chance(person, 0.05)) {
				degree = null;
			}
			String title = title(person, age);
			String majorCode = (specialty && chance(person, fullTime ? 0.95 : 0.8))
					? majors.get(person.nextInt(majors.size())).majorCode() : null;
			int practiceDays = (fullTime && specialty) ? (int) Math.min(120, Math.round(spread(yearly, 0.8) * 18))
					: fullTime && chance(yearly, 0.2) ? yearly.nextInt(1, 15) : 0;
			long halfHours = fullTime ? Math.min(4_000, Math.round(spread(yearly, 0.5) * 120)) : 0;
			BigDecimal training = (halfHours % 2 == 0) ? BigDecimal.valueOf(halfHours / 2)
					: BigDecimal.valueOf(halfHours * 5, 1);
			return new TeacherRow(staffNo, ChineseNames.person(person, male), id, male ? "男" : "女", born,
					fullTime ? "专任教师" : "校外兼职教师", fullTime ? specialty : null, dual, title, education, degree,
					majorCode, practiceDays, training);
		}

		private String pickEducation(SplittableRandom random, boolean fullTime) {
			double draw = random.nextDouble();
			double postgraduate = fullTime ? this.postgraduateShare : 0.1;
			if (draw < postgraduate) {
				return "研究生";
			}
			if (draw < postgraduate + (fullTime ? 0.9 : 0.6) * (1 - postgraduate)) {
				return "本科";
			}
			return chance(random, 0.9) ? "专科" : "其他";
		}

		private static String title(SplittableRandom random, int age) {
			double[] shares;
			if (age < 28) {
				shares = new double[] { 0, 0, 0.05, 0.45, 0.5 };
			}
			else if (age < 36) {
				shares = new double[] { 0, 0.06, 0.5, 0.34, 0.1 };
			}
			else if (age < 46) {
				shares = new double[] { 0.02, 0.3, 0.5, 0.13, 0.05 };
			}
			else {
				shares = new double[] { 0.08, 0.42, 0.38, 0.08, 0.04 };
			}
			return List.of("正高级", "副高级", "中级", "初级", "未评级").get(pick(random, shares));
		}

		private List<PartnershipRow> partnerships(List<MajorRow> majors) {
			SplittableRandom random = random(this.seed, this.index, this.year, PARTNERS);
			List<Region> counties = this.province.counties(this.city.code());
			String place = ChineseNames.shortPlace(this.city.name());
			List<PartnershipRow> rows = new ArrayList<>();
			for (int p = 0; p < this.partnershipCount; p++) {
				String majorCode = majors.get(random.nextInt(majors.size())).majorCode();
				String partner = ChineseNames.company(random, place, SampleIndustries.trade(majorCode));
				String creditCode = CreditCodes.enterprise(ChineseNames.pick(random, counties).code(), random);
				String form = List.of("订单班", "冠名班", "现代学徒制", "产业学院", "共建实训基地", "共建实训基地", "其他").get(random.nextInt(7));
				Integer interns = chance(random, 0.9) ? random.nextInt(0, 81) : null;
				Integer hires = (interns != null && chance(random, 0.85)) ? random.nextInt(0, interns / 2 + 1) : null;
				Integer mentors = chance(random, 0.8) ? random.nextInt(0, 11) : null;
				rows.add(new PartnershipRow(partner, creditCode, form, chance(random, 0.85) ? majorCode : null, interns,
						hires, mentors));
			}
			return rows;
		}

		private Profile profile(SplittableRandom random, int students) {
			double wobble = between(random, 0.97, 1.03);
			BigDecimal equipment = BigDecimal.valueOf(Math.round(students * this.equipmentPerStudent * wobble / 1_000),
					1);
			int workstations = (int) Math.round(students * this.workstationsPerStudent);
			int books = (int) Math.round(students * this.booksPerStudent * wobble);
			Integer computers = this.reportsComputers ? (int) Math.round(students * this.computersPerStudent) : null;
			BigDecimal fundingValue = (this.funding < 0) ? null
					: BigDecimal.valueOf(Math.round(this.funding * between(random, 0.95, 1.05) / 10) * 10L);
			return new Profile(schoolCode(this.index), this.name, this.type, this.ownership, this.regionCode, this.year,
					this.contact, this.phone, equipment, workstations, books, computers, fundingValue);
		}

	}

	/** Share of each 办学类型 in the province, for tests and docs. */
	public static Map<String, Double> typeShares() {
		Map<String, Double> shares = new LinkedHashMap<>();
		for (int i = 0; i < TYPES.size(); i++) {
			shares.put(TYPES.get(i), TYPE_SHARES[i]);
		}
		return shares;
	}

}
