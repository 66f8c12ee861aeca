package io.vqr.web.official;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.accounts.OfficialScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's report (an index entry without a school) is the province's or that city's, and
 * never trips the school filter.
 */
class CityReportScopeTest {

	@Test
	void aCityReportIsReadByTheProvinceAndByItsOwnCity() {
		assertThat(PublishedReports.coversCity(scope(true, List.of(), List.of()), "4401")).isTrue();
		assertThat(PublishedReports.coversCity(scope(false, List.of("4401"), List.of()), "4401")).isTrue();
		assertThat(PublishedReports.coversCity(scope(false, List.of("44"), List.of()), "4403")).isTrue();
		assertThat(PublishedReports.coversCity(scope(false, List.of("4403"), List.of()), "4401")).isFalse();
		assertThat(PublishedReports.coversCity(scope(false, List.of(), List.of("4144010001")), "4401")).isFalse();
		assertThat(PublishedReports.coversCity(scope(true, List.of(), List.of()), null)).isFalse();
	}

	private static OfficialScope scope(boolean province, List<String> cities, List<String> schools) {
		return new OfficialScope(province, cities, List.of(), schools);
	}

}
