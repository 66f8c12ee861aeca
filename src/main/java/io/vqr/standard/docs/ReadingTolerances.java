package io.vqr.standard.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SheetDef.HeaderGroup;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;
import io.vqr.standard.docs.DocBlock.Paragraph;
import io.vqr.standard.docs.DocBlock.Table;

/**
 * The reading rules of submission standard section 4, told to schools: which spellings
 * and layouts the reader accepts, so that nobody reformats a file that would have been
 * read correctly. This describes what the reader does; it is kept in step with section 4
 * of the standard by hand.
 */
final class ReadingTolerances {

	private ReadingTolerances() {
	}

	static List<DocBlock> blocks(SubmissionStandard standard) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("文件", "接受 .xlsx、.xlsm（其中的宏不会运行）和 .xls 格式。学校以「基本信息」中的学校代码识别，不以文件名识别；建议文件名为 <学校代码>_<年度>.xlsx，"
				+ "文件名中出现其他学校代码或其他年度时给出警告（" + Rule.W_FILE_NAME.id() + "）。"));
		rows.add(List.of("工作表", "按名称识别，顺序不限，也接受标准列出的别名（见第二部分）。多余的工作表（如模板中的「填报说明」）忽略，并给出提示（" + Rule.I_EXTRA_SHEET.id()
				+ "）。隐藏的工作表与可见的一样读取。"));
		rows.add(List.of("名称、标签和表头的写法", "比较前统一处理：删除所有空白（包括全角空格和单元格内换行）；全角字母、数字和括号视同半角；忽略末尾的 * 或 ※；"
				+ "末尾括号中的单位单独识别，可识别的单位有 " + unitsInBrackets() + "。"));
		rows.add(List.of("单位换算", "表头或标签中的单位与标准不同时，数值按单位换算：元 ↔ 万元；百分数（%）↔ 小数。例如标准以万元计的项目，表头或标签写成（元）时，数值按元读取后换算为万元。"));
		rows.add(List.of("表头行", "在前 15 行中，与该工作表已知表头匹配最多的一行即为表头行；其上方的标题行、「单位：人」「填报说明」等说明行自动跳过。列的顺序不限；" + "不认识的列忽略并给出提示（"
				+ Rule.I_EXTRA_COLUMN.id() + "）；缺少必填列时该工作表报错（" + Rule.R_COLUMN_MISSING.id() + "）。"));
		rows.add(List.of("两行表头", twoRowHeaders(standard)));
		rows.add(List.of("「基本信息」表单", "标签可以位于前 40 行的任意一列，整个单元格的内容与标签一致才算匹配（如「某某学校2024年度质量数据采集表」不会被当作标签「年度」）；"
				+ "数值取标签右侧第一个非空单元格。标签中的单位与表头中的单位处理方式相同。"));
		rows.add(List.of("合并单元格", "合并单元格的值属于它覆盖的每一个单元格。例如一个合并单元格的专业代码覆盖五名毕业生的行，即这五行都是该专业代码。"));
		rows.add(List.of("空行、合计行、示例行", "整行为空的行跳过。第一个非空单元格为「合计」「总计」或「小计」的行是合计行：不入库，其数值与该列明细之和比较，不一致时给出警告（"
				+ Rule.W_TOTAL_MISMATCH.id() + "）。第一个非空单元格为「示例」或「例」的行是示例行，跳过。「序号」列忽略。"));
		rows.add(List.of("数值", "可以是数值，也可以是文本：1,234、１２３４、1 234、12人、12.0 均可；比率可写作 96.5% 或 0.965。学制可以用中文数字（三、十二）。"
				+ "整数字段中填写小数为错误，除非是整数值（如 12.0）。"));
		rows.add(List.of("日期", "Excel 日期或文本：2024-06-30、2024/6/30、2024.6.30、2024年6月30日、2024年6月、202406、2024.6。"));
		rows.add(List.of("是/否", "是/否、Y/N、√/×、1/0、TRUE/FALSE、有/无 均可。"));
		rows.add(List.of("代码", "代码按文本读取。以数值保存的专业代码保留其数字；技工院校专业代码丢失开头的 0 时（如 127）补足为 4 位（0127）；专业代码末尾的 K（国家控制专业）有无均可。"
				+ "代码表字段可以填写代码、名称、下拉列表中的写法或别名（见第三部分）。"));
		rows.add(List.of("公式", "使用公式保存的计算结果；没有计算结果的公式单元格为错误（" + Rule.R_TYPE.id() + "）。"));
		rows.add(List.of("隐藏的行", "与可见的行一样读取。请删除不需要的行，不要只是隐藏。"));
		rows.add(List.of("文本", "去除首尾空白；两个汉字之间的空白删除（「电工 电子」读作「电工电子」）。"));
		return List.of(new Paragraph("系统读取工作簿时接受以下常见写法，学校无需为此修改文件。为减少误读，仍建议使用本年度的填报模板。"),
				new Table(List.of("项目", "系统的处理"), rows));
	}

	/**
	 * The units a header may name, in full-width brackets as the template writes them.
	 */
	private static String unitsInBrackets() {
		return Arrays.stream(Unit.values())
			.filter((unit) -> !unit.symbol().isEmpty())
			.map((unit) -> "（" + unit.symbol() + "）")
			.collect(Collectors.joining(""));
	}

	private static String twoRowHeaders(SubmissionStandard standard) {
		StringBuilder text = new StringBuilder("表头可以占两行：合并的上级表头下的子表头按自身文字识别，“上级表头+子表头”也可以识别。");
		for (SheetDef sheet : standard.sheets()) {
			for (HeaderGroup group : sheet.headerGroups()) {
				List<String> children = group.fieldKeys()
					.stream()
					.map((key) -> sheet.field(key).orElseThrow())
					.map(FieldDef::label)
					.toList();
				text.append("模板中「")
					.append(sheet.name())
					.append("」的「")
					.append(group.title())
					.append("」下有 ")
					.append(String.join("、", children))
					.append("。");
			}
		}
		return text.toString();
	}

}
