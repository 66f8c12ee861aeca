package io.vqr.ops.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeList;
import io.vqr.standard.CodeLists;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a roster CSV (学校代码,学校名称,办学类型,所在地区代码; UTF-8, with or without BOM) as the schools
 * expected to submit in a year, replacing that year's roster. The whole file is checked
 * before anything changes.
 */
@Component
public class RosterLoader {

	static final List<String> HEADER = List.of("学校代码", "学校名称", "办学类型", "所在地区代码");

	private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");

	private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

	private final JdbcTemplate jdbc;

	public RosterLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One expected school. */
	public record RosterEntry(String schoolCode, String schoolName, String schoolType, String regionCode) {
	}

	/**
	 * Replaces the year's roster with the file's schools.
	 * @return the number of schools loaded
	 */
	@Transactional
	public int load(int year, Path csv) throws IOException {
		List<RosterEntry> entries = read(csv);
		// Upsert, then drop who left the file: two processes loading the same roster at
		// once both succeed.
		this.jdbc.batchUpdate("""
				insert into school_roster (year, school_code, school_name, school_type, region_code)
				values (?, ?, ?, ?, ?)
				on conflict (year, school_code) do update set school_name = excluded.school_name,
				  school_type = excluded.school_type, region_code = excluded.region_code
				""",
				entries.stream()
					.map((entry) -> new Object[] { year, entry.schoolCode(), entry.schoolName(), entry.schoolType(),
							entry.regionCode() })
					.toList());
		this.jdbc.update("delete from school_roster where year = ? and school_code <> all (?)", year,
				entries.stream().map(RosterEntry::schoolCode).toArray(String[]::new));
		return entries.size();
	}

	/** Reads and checks the file; the first problem is reported with its line. */
	public static List<RosterEntry> read(Path csv) throws IOException {
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CodeList types = CodeLists.get(CodeLists.SCHOOL_TYPE);
		List<RosterEntry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreSurroundingSpaces(true)
					.setIgnoreEmptyLines(true)
					.get()
					.parse(reader)) {
			if (!parser.getHeaderNames().containsAll(HEADER)) {
				throw new JobDefinitionException(csv + ": the first line must name the columns "
						+ String.join(",", HEADER) + " (found " + String.join(",", parser.getHeaderNames()) + ")");
			}
			for (CSVRecord record : parser) {
				String where = csv + ":" + (record.getRecordNumber() + 1) + ": ";
				String code = record.get(HEADER.get(0));
				if (!SCHOOL_CODE.matcher(code).matches()) {
					throw new JobDefinitionException(where + "学校代码 '" + code + "' is not a 10-digit school code");
				}
				if (!seen.add(code)) {
					throw new JobDefinitionException(where + "学校代码 " + code + " is listed twice; keep one line");
				}
				String name = record.get(HEADER.get(1));
				if (name.isBlank()) {
					throw new JobDefinitionException(where + "学校名称 is empty; write the school's name");
				}
				String typeText = record.get(HEADER.get(2));
				String type = typeText.isBlank() ? null
						: types.resolve(typeText)
							.map(CodeEntry::name)
							.orElseThrow(() -> new JobDefinitionException(where + "办学类型 '" + typeText
									+ "' is not one of "
									+ String.join("、", types.entries().stream().map(CodeEntry::name).toList())));
				String region = record.get(HEADER.get(3));
				if (!region.isBlank() && !REGION_CODE.matcher(region).matches()) {
					throw new JobDefinitionException(
							where + "所在地区代码 '" + region + "' is not a 6-digit 行政区划代码; write it or leave it empty");
				}
				entries.add(new RosterEntry(code, name.trim(), type, region.isBlank() ? null : region));
			}
		}
		return entries;
	}

}
