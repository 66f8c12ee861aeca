package io.vqr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewState;
import io.vqr.review.ReviewWarehouse;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review commands on a warehouse with two schools' files under review: explain,
 * certify, approve all certified, a refused return, unlock, show, list and history as a
 * data office types them; refusals are one Chinese line and exit 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewCommandTest {

	@TempDir
	static Path dir;

	ReviewWarehouse db;

	String warned;

	String clean;

	StringWriter out = new StringWriter();

	StringWriter err = new StringWriter();

	@BeforeAll
	void files() throws Exception {
		this.db = new ReviewWarehouse(dir, "review_cli");
		SampleSchool first = ReviewWarehouse.withIncome(SampleSchools.generate(3, 1, 2024, 0.1), 1, 450_000);
		SampleSchool second = SampleSchools.generate(3, 2, 2024, 0.1);
		this.warned = first.code();
		this.clean = second.code();
		this.db.submit(2024, first, this.warned + "_2024.xlsx", false);
		this.db.submit(2024, second, this.clean + "_2024.xlsx", false);
	}

	@AfterAll
	void close() throws Exception {
		this.db.close();
	}

	private int review(String... args) {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		CommandLine commandLine = CommandLines.create();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		String[] all = new String[args.length + 9];
		all[0] = "review";
		System.arraycopy(args, 0, all, 1, args.length);
		String[] database = { "--year", "2024", "--db-url", this.db.url, "--db-user", "postgres", "--data-dir",
				dir.resolve("data").toString() };
		System.arraycopy(database, 0, all, args.length + 1, database.length);
		return commandLine.execute(all);
	}

	@Test
	void aYearThroughExplainCertifyApproveUnlockByCommands() throws Exception {
		assertThat(review("list")).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains(this.warned, this.clean, "待说明", "待确认", "W-INCOME-RANGE",
				"合计：未报送 0  待说明 1  待确认 1");

		assertThat(review("certify", "--school", this.warned, "--by", "李校长")).isEqualTo(2);
		assertThat(this.err.toString().strip()).isEqualTo("该校2024年度数据状态为\"待说明\"：W-INCOME-RANGE 尚未说明，不能确认");

		assertThat(review("explain", "--school", this.warned, "--rule", "W-INCOME-RANGE", "--text", "该生为外派工程师，收入属实。",
				"--by", "李校长"))
			.as(this.err.toString())
			.isZero();
		assertThat(this.out.toString()).contains("说明（学校）待说明 → 待确认");
		assertThat(review("certify", "--school", this.warned, "--by", "李校长")).isZero();
		assertThat(review("certify", "--school", this.clean, "--by", "张校长")).isZero();
		assertThat(review("list", "--level", "province", "--json")).isZero();
		JsonNode waiting = new ObjectMapper().readTree(this.out.toString());
		assertThat(waiting.get("schoolYears")).hasSize(2);
		assertThat(waiting.get("totals").get("CERTIFIED").asInt()).isEqualTo(2);

		assertThat(review("approve", "--all-certified", "--by", "省教育厅王审核")).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("审核通过 2 所");
		assertThat(this.db.state(2024, this.warned)).isEqualTo(ReviewState.APPROVED);
		assertThat(this.db.official(2024, this.clean)).isNotNull();

		assertThat(review("return", "--school", this.clean, "--reason", "需要补充材料说明", "--by", "省教育厅王审核")).isEqualTo(2);
		assertThat(this.err.toString()).contains("该校2024年度数据状态为\"已审核\"：已审核并锁定，须省级解锁后方可变更，不能省级退回");
		assertThat(review("unlock", "--school", this.clean, "--reason", "学校申请更正教师数据", "--by", "省教育厅王审核")).isZero();
		assertThat(this.out.toString()).contains("解锁（省级）已审核 → 已退回");

		assertThat(review("show", "--school", this.warned)).isZero();
		assertThat(this.out.toString()).contains("审核状态：已审核", "正式文件：v1", "整条说明：该生为外派工程师，收入属实。（李校长",
				"W-INCOME-RANGE 月收入异常：1 条，已说明", "[审核中]  [正式]", "省教育厅王审核");
		assertThat(review("show", "--school", "4100000000")).isEqualTo(2);
		assertThat(this.err.toString()).contains("没有报送过文件");

		assertThat(review("history", "--json")).isZero();
		JsonNode history = new ObjectMapper().readTree(this.out.toString());
		assertThat(history).hasSize(8);
		assertThat(history.get(history.size() - 1).get("action").asText()).isEqualTo("UNLOCK");
		assertThat(history.get(history.size() - 1).get("reason").asText()).isEqualTo("学校申请更正教师数据");
		assertThat(review("history", "--school", this.clean)).isZero();
		assertThat(this.out.toString()).contains("张校长", "确认", "解锁", "学校申请更正教师数据");

		assertThat(review("list", "--state", "已退回", "--json")).isZero();
		assertThat(new ObjectMapper().readTree(this.out.toString()).get("schoolYears")).singleElement()
			.satisfies((entry) -> assertThat(entry.get("schoolCode").asText()).isEqualTo(this.clean));
	}

	@Test
	void wrongUsageIsExit2() {
		assertThat(review("approve", "--by", "某人")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--school", "--all-certified");
		assertThat(review("approve", "--school", this.clean, "--level", "town", "--by", "某人")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--level must be city or province");
		assertThat(review("explain", "--school", "12", "--rule", "W-AGE", "--text", "说明文字足够长", "--by", "某人"))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("10-digit school code");
		assertThat(review("list", "--state", "DONE")).isEqualTo(2);
	}

}
