package io.vqr.ops.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Someone who receives reports: a copy of the PDFs in their outbox folder, and by e-mail
 * when an address is given and SMTP is configured.
 *
 * @param name who it is (shown in logs and the delivery log)
 * @param email where mails go, if anyone
 * @param outbox the folder the PDFs are copied to
 * @param province whether they receive the provincial report
 * @param schools which school reports they receive, if any
 * @param cities the cities whose city report (中职地市级年报) they receive, as 4-digit 行政区划代码
 * prefixes ({@code 4401})
 */
public record Recipient(String name, Optional<String> email, Path outbox, boolean province,
		Optional<SchoolFilter> schools, List<String> cities) {

	public Recipient {
		cities = List.copyOf(cities);
	}

	/** A recipient of the provincial and school reports only. */
	public Recipient(String name, Optional<String> email, Path outbox, boolean province,
			Optional<SchoolFilter> schools) {
		this(name, email, outbox, province, schools, List.of());
	}

	/**
	 * Which school reports: a school matches when it passes every given criterion (city
	 * code prefixes, 办学类型 names, explicit school codes); no criterion means every school.
	 */
	public record SchoolFilter(List<String> cityPrefixes, List<String> schoolTypes, List<String> schoolCodes) {

		public boolean matches(String schoolCode, String schoolType, String cityCode) {
			boolean city = this.cityPrefixes.isEmpty()
					|| (cityCode != null && this.cityPrefixes.stream().anyMatch(cityCode::startsWith));
			boolean type = this.schoolTypes.isEmpty() || this.schoolTypes.contains(schoolType);
			boolean code = this.schoolCodes.isEmpty() || this.schoolCodes.contains(schoolCode);
			return city && type && code;
		}

	}

	/** Whether this recipient receives the city report of the city with this prefix. */
	public boolean receivesCity(String cityPrefix) {
		return cityPrefix != null && this.cities.contains(cityPrefix);
	}

	/**
	 * Whether this recipient receives a report of the given kind and school.
	 */
	public boolean receives(boolean provinceReport, String schoolCode, String schoolType, String cityCode) {
		if (provinceReport) {
			return this.province;
		}
		return this.schools.map((filter) -> filter.matches(schoolCode, schoolType, cityCode)).orElse(false);
	}

}
