package io.vqr.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.app.Warehouse;
import io.vqr.review.ReviewException;
import io.vqr.review.ReviewLevel;
import io.vqr.review.ReviewQueries;
import io.vqr.review.ReviewQueries.Entry;
import io.vqr.review.ReviewService;
import io.vqr.review.ReviewState;
import io.vqr.review.Reviewer;

/**
 * The demo's second year through review, as schools and the province would do it by
 * commands: most schools explain their warnings and certify and the province approves
 * them; one is returned with a reason; one (preferably the one whose graduate earns
 * 450,000 元 a month) never explains and stays 待说明, out of the official figures.
 */
final class DemoReview {

	static final String PROVINCE = "省教育厅职成处（演示）";

	private static final Map<String, String> EXPLANATIONS = Map.of("W-INCOME-RANGE", "该毕业生收入经学校核实属实，已留存劳动合同备查",
			"W-CROSS-SCHOOL-ID", "该生为转学学生，已与原学校核对，以本校报送为准", "W-YOY-JUMP", "本年度新增专业和扩招，数据变化属实", "W-GENDER-ID",
			"该生性别与身份证号经核对无误");

	private static final String EXPLANATION = "经学校核实，该项数据填写属实";

	private DemoReview() {
	}

	/** What the demo did. */
	record Result(List<String> approved, Optional<String> returned, Optional<String> unexplained) {
	}

	static Result run(Warehouse warehouse, int year, PrintWriter out) {
		ReviewService review = warehouse.bean(ReviewService.class);
		List<Entry> waiting = warehouse.bean(ReviewQueries.class)
			.list(year, ReviewQueries.Filter.ALL)
			.stream()
			.filter((entry) -> entry.state() == ReviewState.TO_EXPLAIN || entry.state() == ReviewState.TO_CERTIFY)
			.toList();
		Optional<Entry> staying = waiting.stream()
			.filter((entry) -> entry.unexplainedRules().contains("W-INCOME-RANGE"))
			.findFirst()
			.or(() -> waiting.stream().filter((entry) -> entry.state() == ReviewState.TO_EXPLAIN).findFirst());
		Optional<Entry> returning = waiting.stream()
			.filter((entry) -> staying.isEmpty() || !entry.schoolCode().equals(staying.get().schoolCode()))
			.filter((entry) -> !entry.unexplainedRules().isEmpty())
			.findFirst();
		List<String> certified = new ArrayList<>();
		for (Entry entry : waiting) {
			if (staying.isPresent() && entry.schoolCode().equals(staying.get().schoolCode())) {
				continue;
			}
			String head = "校长（" + entry.schoolCode() + "）";
			try {
				for (String rule : entry.unexplainedRules()) {
					String text = EXPLANATIONS.getOrDefault(rule, EXPLANATION);
					review.explain(year, entry.schoolCode(), rule, null, text,
							Reviewer.school("填报员（" + entry.schoolCode() + "）", entry.schoolCode()), null);
					out.printf("  vqr review explain --year %d --school %s --rule %s --text \"%s\" --by 填报员%n", year,
							entry.schoolCode(), rule, text);
				}
				review.certify(year, entry.schoolCode(), Reviewer.school(head, entry.schoolCode()), null);
				out.printf("  vqr review certify --year %d --school %s --by 校长%n", year, entry.schoolCode());
				certified.add(entry.schoolCode());
			}
			catch (ReviewException ex) {
				out.println("  " + entry.schoolCode() + "：" + ex.getMessage());
			}
		}
		Optional<String> returned = Optional.empty();
		if (returning.isPresent() && certified.contains(returning.get().schoolCode())) {
			Entry entry = returning.get();
			String reason = String.join("、", entry.unexplainedRules()) + " 的说明过于笼统，请补充佐证材料后重新确认";
			review.returnToSchool(year, entry.schoolCode(), ReviewLevel.PROVINCE, reason, Reviewer.province(PROVINCE),
					null);
			out.printf("  vqr review return --year %d --school %s --reason \"%s\" --by %s%n", year, entry.schoolCode(),
					reason, PROVINCE);
			returned = Optional.of(entry.schoolCode());
		}
		ReviewService.BatchOutcome approved = review.approveAllCertified(year, ReviewLevel.PROVINCE,
				Reviewer.province(PROVINCE));
		out.printf("  vqr review approve --year %d --all-certified --by %s   (%d 所审核通过)%n", year, PROVINCE,
				approved.approved().size());
		approved.refused().forEach((school, message) -> out.println("  " + school + "：" + message));
		staying.ifPresent((entry) -> out.printf("  %s 未作说明，仍为\"待说明\"（%s），不进入正式报告%n", entry.schoolCode(),
				String.join("、", entry.unexplainedRules())));
		return new Result(approved.approved().stream().map(ReviewService.Outcome::schoolCode).toList(), returned,
				staying.map(Entry::schoolCode));
	}

}
