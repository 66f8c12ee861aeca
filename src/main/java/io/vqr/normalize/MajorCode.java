package io.vqr.normalize;

import java.util.Optional;

import io.vqr.standard.ReferenceData.Major;

/**
 * A major code read from a cell.
 *
 * @param code the code as stored: the catalog's spelling for 教育 schools (with the K of a
 * 国家控制专业), 4 digits for 技工院校
 * @param catalogEntry the catalog entry at the school's level, empty for 技工院校 (no
 * national list is loaded) or when the school's type is not known
 */
public record MajorCode(String code, Optional<Major> catalogEntry) {

	@Override
	public String toString() {
		return this.code;
	}

}
