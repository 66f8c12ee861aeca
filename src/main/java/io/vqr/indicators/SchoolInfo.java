package io.vqr.indicators;

import java.time.LocalDate;

import io.vqr.review.ReviewState;

/**
 * A school with a file of the view (official or draft) for a year: its profile (no
 * contact or phone) with region names resolved, and the version of the submission that
 * counts.
 *
 * @param year the year
 * @param schoolCode 10-digit code
 * @param schoolName name
 * @param schoolType 办学类型
 * @param ownership 办学性质
 * @param regionCode region code as submitted
 * @param regionName its name
 * @param cityCode its city (the region itself when it is a city)
 * @param cityName the city's name
 * @param provinceCode its province
 * @param provinceName the province's name
 * @param version submission version
 * @param processedOn the date the submission was processed
 * @param equipmentValue 教学科研仪器设备资产总值 in 万元
 * @param workstations 校内实践教学工位数
 * @param books 纸质图书
 * @param computers 教学用计算机, or null
 * @param fundingPerStudent 年生均财政拨款水平, or null
 * @param reviewState the school-year's review state (of the file the figures come from)
 */
public record SchoolInfo(int year, String schoolCode, String schoolName, String schoolType, String ownership,
		String regionCode, String regionName, String cityCode, String cityName, String provinceCode,
		String provinceName, int version, LocalDate processedOn, Double equipmentValue, Double workstations,
		Double books, Double computers, Double fundingPerStudent, ReviewState reviewState) {

}
