package io.vqr.indicators;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which years a report or export can be made for: a year in which no school has any file
 * is refused (reports-and-commands.md), with a message naming the years that have data;
 * and the province a year's report is about when no school of the year has figures yet.
 */
public final class ReportableYears {

	/** The last resort for a province whose name is found nowhere. */
	static final String UNKNOWN_PROVINCE = "本省";

	private final JdbcTemplate jdbc;

	public ReportableYears(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Years in which some school has a file (whatever its outcome), in order. */
	public List<Integer> yearsWithFiles() {
		return this.jdbc.queryForList("select distinct year from submission order by year", Integer.class);
	}

	/**
	 * Refuses a year in which no school has any file.
	 * @throws YearWithoutFilesException with the Chinese message for the data office
	 */
	public void check(int year) {
		Boolean any = this.jdbc.queryForObject("select exists (select 1 from submission where year = ?)", Boolean.class,
				year);
		if (!Boolean.TRUE.equals(any)) {
			throw new YearWithoutFilesException(year, yearsWithFiles());
		}
	}

	/**
	 * The province of the schools known for the year: from the profiles of its files, the
	 * roster, then schools known from any year; {@value #UNKNOWN_PROVINCE} when there is
	 * none.
	 */
	public String provinceName(int year) {
		List<String> names = this.jdbc.queryForList("""
				with regions as (
				  select p.region_code, 1 as source
				    from submission s join fact_profile p on p.submission_id = s.submission_id where s.year = ?
				  union all
				  select region_code, 2 from school_roster where year = ?
				  union all
				  select region_code, 3 from dim_school
				)
				select pr.name
				  from regions x
				  join dim_region pr on pr.region_code = left(x.region_code, 2) || '0000'
				 group by pr.name
				 order by min(x.source), count(*) desc, pr.name
				 limit 1
				""", String.class, year, year);
		return names.isEmpty() ? UNKNOWN_PROVINCE : names.get(0);
	}

	/** A report or export asked for a year without any file. */
	public static final class YearWithoutFilesException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		YearWithoutFilesException(int year, List<Integer> yearsWithFiles) {
			super(message(year, yearsWithFiles));
		}

		private static String message(int year, List<Integer> years) {
			if (years.isEmpty()) {
				return year + "年度没有任何学校报送的文件，不能生成报告或导出：仓库中还没有任何年度的数据，请先用 ingest 导入学校报送的文件。";
			}
			return year + "年度没有任何学校报送的文件，不能生成报告或导出。有数据的年度："
					+ years.stream().map((y) -> y + "年").collect(Collectors.joining("、")) + "（用 --year 指定）。";
		}

	}

}
