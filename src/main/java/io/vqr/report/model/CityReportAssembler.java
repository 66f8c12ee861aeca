package io.vqr.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import io.vqr.indicators.GroupKind;
import io.vqr.indicators.GroupValues;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolInfo;
import io.vqr.indicators.SchoolScope;
import io.vqr.indicators.Thresholds;
import io.vqr.report.model.SubmissionStatusQuery.ExpectedSchool;

/**
 * Builds the {@link CityReport} of one city from a snapshot over the 中职 schools only
 * ({@link SchoolScope#secondary()}): there, the city's group is the city's pooled 中职
 * values and the province's group the province's 中职 values, both pooled by the
 * indicators' own SQL (Σ numerators / Σ denominators, sums for counts, the median over
 * all incomes), with Y-1 over the same schools as the provincial report does.
 */
class CityReportAssembler {

	private final IndicatorSnapshot snapshot;

	private final Thresholds thresholds;

	private final LocalDate generatedOn;

	private final SchoolScope scope;

	private final ProvincialReportAssembler groups;

	/**
	 * @param snapshot the year over the schools of {@code scope}
	 * @param provinceWithoutFigures the province's name when no school has figures
	 */
	CityReportAssembler(IndicatorSnapshot snapshot, SchoolScope scope, Thresholds thresholds, LocalDate generatedOn,
			Supplier<String> provinceWithoutFigures) {
		this.snapshot = snapshot;
		this.scope = scope;
		this.thresholds = thresholds;
		this.generatedOn = generatedOn;
		this.groups = new ProvincialReportAssembler(snapshot, thresholds, generatedOn, provinceWithoutFigures);
	}

	/**
	 * The cities with at least one expected school of the scope, by code: those that get
	 * a report, whether or not any of their schools has figures yet.
	 */
	List<ReportCity> cities(List<ExpectedSchool> expected) {
		return expected.stream()
			.filter((school) -> this.scope.includes(school.schoolType()) && school.cityCode() != null
					&& school.cityCode().length() >= 4)
			.map((school) -> new ReportCity(school.cityCode(),
					(school.cityName() != null) ? school.cityName() : school.cityCode()))
			.distinct()
			.sorted(Comparator.comparing(ReportCity::cityCode))
			.toList();
	}

	CityReport build(ReportCity key, List<ExpectedSchool> expected) {
		String cityCode = key.cityCode();
		List<ExpectedSchool> own = expected.stream()
			.filter((school) -> this.scope.includes(school.schoolType()) && cityCode.equals(school.cityCode()))
			.toList();
		List<SchoolInfo> schools = this.snapshot.schools()
			.values()
			.stream()
			.filter((info) -> cityCode.equals(info.cityCode()))
			.toList();
		GroupValues cityValues = this.snapshot.groups(GroupKind.CITY)
			.stream()
			.filter((group) -> group.key().equals(cityCode))
			.findFirst()
			.orElse(new GroupValues(GroupKind.CITY, cityCode, 0, java.util.Map.of()));
		String cityName = key.cityName().isEmpty() ? cityCode : key.cityName();
		GroupIndicators city = this.groups.group(cityValues, cityName);
		GroupIndicators province = this.groups.group(this.snapshot.province(), "全省中职");
		List<CitySchoolRow> rows = new ArrayList<>();
		List<WarningEntry> warnings = new ArrayList<>();
		for (SchoolInfo info : schools) {
			int missed = 0;
			for (ThresholdCheck check : SchoolReportAssembler.checks(this.snapshot, this.thresholds, info)) {
				if (check.status() == ThresholdStatus.NOT_MET) {
					warnings.add(new WarningEntry(info.schoolCode(), info.schoolName(), info.schoolType(),
							info.cityName(), check));
					missed++;
				}
			}
			rows.add(new CitySchoolRow(info.schoolCode(), info.schoolName(), info.ownership(), info.reviewState(),
					CityReport.SCHOOL_COLUMNS.stream()
						.map((column) -> this.snapshot.value(info.schoolCode(), column.indicator()))
						.toList(),
					IndicatorCatalog.forYear(this.snapshot.year())
						.stream()
						.map((Indicator indicator) -> this.snapshot.value(info.schoolCode(), indicator))
						.toList(),
					missed));
		}
		LocalDate dataAsOf = schools.stream()
			.map(SchoolInfo::processedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new CityReport(this.snapshot.year(), key.prefix(), cityName, this.groups.provinceName(),
				this.generatedOn, dataAsOf, ProvincialReportAssembler.submissions(own), city, province, rows, warnings);
	}

}
