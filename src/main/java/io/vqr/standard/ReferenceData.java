package io.vqr.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference code lists shipped in {@code src/main/resources/reference} (see its
 * README for provenance): the MoE major catalog by edition, administrative divisions and
 * GB/T 4754-2017 industries. Loaded once and shared; immutable.
 */
public final class ReferenceData {

	/**
	 * Major catalog editions on the classpath; a later 增补 edition is added here as
	 * another CSV.
	 */
	static final List<String> MAJOR_EDITIONS = List.of("2021");

	private static volatile ReferenceData instance;

	private final Map<String, List<Major>> majorsByCode;

	private final List<Major> majors;

	private final Map<String, Region> regions;

	private final Map<String, Industry> industries;

	private final Map<String, Industry> sectionsByName;

	/** One major of the catalog. {@code code} keeps the official K suffix of 国家控制专业. */
	public record Major(String edition, String level, String code, String name, String categoryCode,
			String categoryName, String divisionCode, String divisionName) {

		/** The code without the K suffix, which schools may omit. */
		public String plainCode() {
			return this.code.endsWith("K") ? this.code.substring(0, this.code.length() - 1) : this.code;
		}

	}

	public record Region(String code, String name, String level, String parentCode) {

		/** The province's code {@code xx0000}. */
		public String provinceCode() {
			return this.code.substring(0, 2) + "0000";
		}

	}

	/** {@code level} is section (A–T), division (2 digits), group (3) or class (4). */
	public record Industry(String code, String name, String level, String parentCode) {
	}

	private ReferenceData(List<Major> majors, Map<String, Region> regions, Map<String, Industry> industries) {
		this.majors = List.copyOf(majors);
		Map<String, List<Major>> byCode = new HashMap<>();
		for (Major major : majors) {
			byCode.computeIfAbsent(major.plainCode(), (code) -> new ArrayList<>()).add(major);
		}
		this.majorsByCode = byCode;
		this.regions = Collections.unmodifiableMap(regions);
		this.industries = Collections.unmodifiableMap(industries);
		Map<String, Industry> sections = new HashMap<>();
		industries.values()
			.stream()
			.filter((industry) -> industry.level().equals("section"))
			.forEach((section) -> sections.put(TextNormalizer.key(section.name()), section));
		this.sectionsByName = sections;
	}

	/** The shipped reference data, loaded on first use. */
	public static ReferenceData get() {
		ReferenceData data = instance;
		if (data == null) {
			synchronized (ReferenceData.class) {
				data = instance;
				if (data == null) {
					data = load();
					instance = data;
				}
			}
		}
		return data;
	}

	private static ReferenceData load() {
		List<Major> majors = new ArrayList<>();
		for (String edition : MAJOR_EDITIONS) {
			for (CSVRecord row : read("majors-" + edition + ".csv")) {
				majors.add(new Major(edition, row.get("level"), row.get("major_code"), row.get("major_name"),
						row.get("category_code"), row.get("category_name"), row.get("division_code"),
						row.get("division_name")));
			}
		}
		Map<String, Region> regions = new LinkedHashMap<>();
		for (CSVRecord row : read("regions.csv")) {
			regions.put(row.get("code"),
					new Region(row.get("code"), row.get("name"), row.get("level"), row.get("parent_code")));
		}
		Map<String, Industry> industries = new LinkedHashMap<>();
		for (CSVRecord row : read("industries.csv")) {
			industries.put(row.get("code"),
					new Industry(row.get("code"), row.get("name"), row.get("level"), row.get("parent_code")));
		}
		return new ReferenceData(majors, regions, industries);
	}

	/**
	 * Opens a reference CSV from the classpath, for the loader and the warehouse's
	 * dimension tables.
	 */
	public static InputStream open(String file) {
		InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file);
		if (in == null) {
			throw new IllegalStateException("reference file missing from the build: reference/" + file);
		}
		return in;
	}

	private static List<CSVRecord> read(String file) {
		try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read reference/" + file, ex);
		}
	}

	public List<Major> majors() {
		return this.majors;
	}

	public Collection<Region> regions() {
		return this.regions.values();
	}

	public Collection<Industry> industries() {
		return this.industries.values();
	}

	/** Catalog entries for a code (with or without K), any level and edition. */
	public List<Major> majorsWithCode(String code) {
		String plain = code.endsWith("K") ? code.substring(0, code.length() - 1) : code;
		return this.majorsByCode.getOrDefault(plain, List.of());
	}

	/** The catalog entry for a code at one of the given levels (中职, 高职专科, 职业本科). */
	public Optional<Major> major(String code, Collection<String> levels) {
		return majorsWithCode(code).stream().filter((major) -> levels.contains(major.level())).findFirst();
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(this.regions.get(code));
	}

	/** Any level: a section letter, a 2/3/4-digit code. */
	public Optional<Industry> industry(String code) {
		return Optional.ofNullable(this.industries.get(code));
	}

	/** The 门类 section named exactly (after normalization), e.g. 制造业. */
	public Optional<Industry> sectionNamed(String name) {
		return Optional.ofNullable(this.sectionsByName.get(TextNormalizer.key(name)));
	}

	/** The section letter an industry code belongs to. */
	public Optional<Industry> sectionOf(String code) {
		Industry industry = this.industries.get(code);
		while (industry != null && !industry.level().equals("section")) {
			industry = this.industries.get(industry.parentCode());
		}
		return Optional.ofNullable(industry);
	}

}
