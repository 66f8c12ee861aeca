package io.vqr.findings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.standard.Rule;
import io.vqr.standard.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings of a file: every one handed on once, in order and numbered without a gap;
 * the first of each rule kept; memory bounded by what is kept and one batch.
 */
class FindingCollectorTest {

	@Test
	void everyFindingIsHandedOnOnceInOrderAndOnlyTheFirstOfEachRuleAreKept() {
		List<Finding> handedOn = new ArrayList<>();
		List<Integer> firstSeqs = new ArrayList<>();
		FindingCollector collector = FindingCollector.streaming(10, 7, (batch, firstSeq) -> {
			assertThat(firstSeq).isEqualTo(handedOn.size() + 1);
			assertThat(batch).hasSizeLessThanOrEqualTo(7);
			firstSeqs.add(firstSeq);
			handedOn.addAll(batch);
		});
		List<Finding> found = new ArrayList<>();
		for (int row = 2; row < 2 + 1_000; row++) {
			found.add(Finding.ofCell(Rule.R_TYPE, "毕业生去向", row, "F", "毕业时间", "明年", "不是日期"));
			if (row % 100 == 0) {
				found.add(Finding.ofCell(Rule.W_AGE, "教师", row, "D", "出生日期", "1940-01-01", "年龄异常"));
			}
		}
		found.add(Finding.ofFile(Rule.W_FILE_NAME, "文件名"));
		found.forEach(collector::add);
		collector.flush();
		collector.flush();

		assertThat(handedOn).containsExactlyElementsOf(found);
		assertThat(firstSeqs).hasSize((found.size() + 6) / 7);
		assertThat(collector.total()).isEqualTo(found.size());
		assertThat(collector.kept()).hasSize(10 + 10 + 1)
			.containsExactlyElementsOf(found.stream()
				.filter((finding) -> finding.rule() == Rule.W_FILE_NAME || found.stream()
					.filter((other) -> other.rule() == finding.rule())
					.toList()
					.indexOf(finding) < 10)
				.toList());
		assertThat(collector.notKept()).containsEntry(Rule.R_TYPE, 990).doesNotContainKey(Rule.W_AGE).hasSize(1);
		assertThat(collector.countsBySeverity()).containsEntry(Severity.ERROR, 1_000)
			.containsEntry(Severity.WARNING, 11)
			.containsEntry(Severity.INFO, 0);
		assertThat(collector.mostHeld()).isLessThanOrEqualTo(21 + 7);
	}

	@Test
	void keepingTheFirstHandsNothingOnAndCountsTheRest() {
		FindingCollector collector = FindingCollector.keepingFirst(3);
		for (int row = 2; row < 12; row++) {
			collector.add(Finding.ofCell(Rule.R_REQUIRED, "教师", row, "B", "姓名", "", "不能为空"));
		}
		collector.flush();
		assertThat(collector.kept()).hasSize(3);
		assertThat(collector.notKept()).containsExactly(java.util.Map.entry(Rule.R_REQUIRED, 7));
		assertThat(collector.mostHeld()).isEqualTo(3);
	}

}
