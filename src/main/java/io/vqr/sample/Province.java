package io.vqr.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Major;
import io.vqr.standard.ReferenceData.Region;

/**
 * The sample province (广东省 440000) as the generator needs it: its cities and counties
 * from {@link ReferenceData#regions()}, counties elsewhere for graduates who leave, and
 * the major catalog by level. Built once.
 */
final class Province {

	static final String CODE = "440000";

	private static final Province INSTANCE = new Province(ReferenceData.get());

	/** Cities in code order. */
	final List<Region> cities;

	/** Counties per city code; a city without counties (东莞, 中山) maps to itself. */
	final Map<String, List<Region>> countiesByCity;

	/** Every county-level code of the province, for places of birth in ID numbers. */
	final List<String> birthplaces;

	/** County-level codes outside the province, for graduates who work elsewhere. */
	final List<String> elsewhere;

	final List<Major> secondary;

	final List<Major> higher;

	final List<Major> bachelor;

	private Province(ReferenceData reference) {
		List<Region> cityList = new ArrayList<>();
		Map<String, List<Region>> counties = new LinkedHashMap<>();
		List<String> births = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (Region region : reference.regions()) {
			boolean inProvince = region.code().startsWith(CODE.substring(0, 2));
			if (inProvince && region.level().equals("city")) {
				cityList.add(region);
			}
			if (region.level().equals("county")) {
				if (inProvince) {
					counties.computeIfAbsent(region.parentCode(), (code) -> new ArrayList<>()).add(region);
					births.add(region.code());
				}
				else if (region.code().charAt(4) != '7') {
					// The 5th digit 7 marks NBS functional zones, not GB/T 2260 counties.
					others.add(region.code());
				}
			}
		}
		cityList.sort(Comparator.comparing(Region::code));
		for (Region city : cityList) {
			if (!counties.containsKey(city.code())) {
				counties.put(city.code(), List.of(city));
				births.add(city.code());
			}
		}
		this.cities = List.copyOf(cityList);
		this.countiesByCity = Map.copyOf(counties);
		this.birthplaces = List.copyOf(births);
		this.elsewhere = List.copyOf(others);
		this.secondary = level(reference, "中职");
		this.higher = level(reference, "高职专科");
		this.bachelor = level(reference, "职业本科");
	}

	private static List<Major> level(ReferenceData reference, String level) {
		return reference.majors().stream().filter((major) -> major.level().equals(level)).toList();
	}

	static Province get() {
		return INSTANCE;
	}

	List<Region> counties(String cityCode) {
		return this.countiesByCity.get(cityCode);
	}

	/** The city a county (or city) code belongs to. */
	Region cityOf(String code) {
		String cityCode = code.substring(0, 4) + "00";
		return this.cities.stream()
			.filter((city) -> city.code().equals(cityCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no city for " + code));
	}

}
