package io.vqr.sample;

import java.util.List;

/**
 * Majors of 技工院校 for samples. INVENTED: no national list is loaded (submission standard
 * 5.2), so these are plausible names under 4-digit codes of the right format (专业类 01–14,
 * or 8xxx for provincial specialties). They are not the official catalog.
 */
final class TechnicianMajors {

	/** A major as the samples use it: code and name. */
	record TechnicianMajor(String code, String name) {
	}

	// @formatter:off
	static final List<TechnicianMajor> ALL = List.of(
			new TechnicianMajor("0102", "数控加工"), new TechnicianMajor("0103", "数控机床装配与维修"),
			new TechnicianMajor("0106", "模具制造"), new TechnicianMajor("0108", "焊接加工"),
			new TechnicianMajor("0111", "机械设备装配与自动控制"), new TechnicianMajor("0127", "工业机器人应用与维护"),
			new TechnicianMajor("0201", "电气自动化设备安装与维修"), new TechnicianMajor("0202", "机电设备安装与维修"),
			new TechnicianMajor("0203", "机电一体化技术"), new TechnicianMajor("0301", "汽车维修"),
			new TechnicianMajor("0302", "汽车钣金与涂装"), new TechnicianMajor("0305", "新能源汽车检测与维修"),
			new TechnicianMajor("0401", "计算机网络应用"), new TechnicianMajor("0402", "计算机程序设计"),
			new TechnicianMajor("0403", "计算机广告制作"), new TechnicianMajor("0404", "电子商务"),
			new TechnicianMajor("0406", "物联网应用技术"), new TechnicianMajor("0501", "电子技术应用"),
			new TechnicianMajor("0502", "电子电器应用与维修"), new TechnicianMajor("0601", "建筑施工"),
			new TechnicianMajor("0603", "工程造价"), new TechnicianMajor("0701", "化工工艺"),
			new TechnicianMajor("0801", "服装设计与制作"), new TechnicianMajor("0901", "食品加工与检验"),
			new TechnicianMajor("1001", "会计"), new TechnicianMajor("1003", "物流服务与管理"),
			new TechnicianMajor("1101", "烹饪（中式烹调）"), new TechnicianMajor("1102", "烹饪（西式烹调）"),
			new TechnicianMajor("1103", "中西面点"), new TechnicianMajor("1104", "酒店服务"),
			new TechnicianMajor("1105", "美容美发与造型"), new TechnicianMajor("1107", "健康服务与管理"),
			new TechnicianMajor("1201", "旅游服务与管理"), new TechnicianMajor("1202", "城市轨道交通运输与管理"),
			new TechnicianMajor("1301", "平面设计"), new TechnicianMajor("1302", "室内设计"),
			new TechnicianMajor("1303", "动漫设计与制作"), new TechnicianMajor("1401", "农业机械使用与维护"),
			new TechnicianMajor("8001", "粤菜烹饪"), new TechnicianMajor("8002", "广彩技艺"),
			new TechnicianMajor("8003", "南粤家政服务"), new TechnicianMajor("8004", "岭南园林景观"));
	// @formatter:on

	private TechnicianMajors() {
	}

}
