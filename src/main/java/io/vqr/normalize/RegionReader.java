package io.vqr.normalize;

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

	/** The key of 基本信息's 所在地区代码, the only region field that excludes provinces. */
	static final String SCHOOL_REGION_FIELD = "region_code";

	private final ReferenceData reference;

	RegionReader(ReferenceData reference) {
		this.reference = reference;
	}

	ParsedValue read(FieldDef field, RawCell cell) {
		String code = TextNormalizer.key(cell.text()).replaceFirst("\\.0+$", "");
		String shown = cell.text().strip();
		if (!code.matches("\\d{6}")) {
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
