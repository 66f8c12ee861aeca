package io.vqr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.AuditEntry;
import io.vqr.review.ReviewAction;
import io.vqr.review.ReviewState;
import io.vqr.review.ReviewWarehouse;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's review of its second year on four schools' files: the school whose graduate
 * earns 450,000 元 a month stays 待说明, another warned school is returned with a reason, the
 * others are explained, certified and approved — official, and audited.
 */
class DemoReviewTest {

	@TempDir
	Path dir;

	@Test
	void mostAreApprovedOneIsReturnedAndTheOutlierStaysToExplain() throws Exception {
		try (ReviewWarehouse db = new ReviewWarehouse(this.dir, "demo_review")) {
			SampleSchool a = SampleSchools.generate(5, 1, 2024, 0.1);
			SampleSchool b = ReviewWarehouse.withIncome(SampleSchools.generate(5, 2, 2024, 0.1), 1, 450_000);
			SampleSchool c = ReviewWarehouse.withIncome(SampleSchools.generate(5, 3, 2024, 0.1), 1, 300);
			SampleSchool d = SampleSchools.generate(5, 4, 2024, 0.1);
			for (SampleSchool school : java.util.List.of(a, b, c, d)) {
				db.submit(2024, school, school.code() + ".xlsx", false);
			}
			StringWriter text = new StringWriter();

			DemoReview.Result result = DemoReview.run(db.warehouse, 2024, new PrintWriter(text, true));

			assertThat(result.unexplained()).contains(b.code());
			assertThat(db.state(2024, b.code())).isEqualTo(ReviewState.TO_EXPLAIN);
			assertThat(db.official(2024, b.code())).isNull();
			assertThat(result.returned()).contains(c.code());
			assertThat(db.state(2024, c.code())).isEqualTo(ReviewState.RETURNED);
			assertThat(db.queries.history(2024, c.code())).filteredOn((entry) -> entry.action() == ReviewAction.RETURN)
				.singleElement()
				.extracting(AuditEntry::reason)
				.asString()
				.contains("W-INCOME-RANGE");
			assertThat(result.approved()).containsExactlyInAnyOrder(a.code(), d.code());
			assertThat(db.official(2024, a.code())).isNotNull();
			assertThat(db.official(2024, d.code())).isNotNull();
			assertThat(text.toString()).contains("vqr review certify --year 2024 --school " + a.code(),
					"vqr review return --year 2024 --school " + c.code(), "--all-certified", "(2 所审核通过)",
					b.code() + " 未作说明，仍为\"待说明\"（W-INCOME-RANGE）");
		}
	}

}
