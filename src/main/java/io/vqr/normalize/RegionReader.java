package io.vqr.normalize;

import java.util.regex.Pattern;

import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Region;
import io.vqr.standard.Rule;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/**
 * Reads REGION_CODE fields: a 6-digit code of regions.csv. The school's own location
 * (基本信息 {@value #SCHOOL_REGION_FIELD}) must be a city or county; an employer's may be a
 * province too.
 */
final class RegionReader {

	/** Compiled once: these run for every cell. */
	private static final Pattern TRAILING_ZERO_DECIMALS = Pattern.compile("\\.0+$");

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	/** The key of 基本信息's 所在地区代码, the only region field that excludes provinces. */
	static final String SCHOOL_REGION_FIELD = "region_code";

	private final ReferenceData reference;

	RegionReader(ReferenceData reference) {
		this.reference = reference;
	}

	ParsedValue read(FieldDef field, RawCell cell) {
		String code = TRAILING_ZERO_DECIMALS.matcher(TextNormalizer.key(cell.text())).replaceFirst("");
		String shown = cell.text().strip();
		if (!SIX_DIGITS.matcher(code).matches()) {
			return ParsedValue.invalid(Rule.R_REGION_UNKNOWN, shown, field.label(), shown, "不是6位数字");
		}
		Region region = this.reference.region(code).orElse(null);
		if (region == null) {
			return ParsedValue.invalid(Rule.R_REGION_UNKNOWN, shown, field.label(), shown, "不在行政区划代码表中");
		}
		if (SCHOOL_REGION_FIELD.equals(field.key()) && region.level().equals("province")) {
			return ParsedValue.invalid(Rule.R_REGION_UNKNOWN, shown, field.label(), shown,
					"是省级代码（" + region.name() + "），学校所在地须填写市级或县级代码");
		}
		return ParsedValue.of(region);
	}

}
