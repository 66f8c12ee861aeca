package io.vqr.report.model;

/**
 * A city (地级市) that gets a city report.
 *
 * @param cityCode its 6-digit region code as dim_region gives it ({@code 440100})
 * @param cityName its name (its code when dim_region has none)
 */
public record ReportCity(String cityCode, String cityName) {

	/** The 4-digit prefix that names the city in file names and job files. */
	public String prefix() {
		return this.cityCode.substring(0, 4);
	}

}
