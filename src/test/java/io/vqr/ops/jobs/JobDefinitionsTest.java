package io.vqr.ops.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job files a data office edits: the shipped example reads as meant, and every kind
 * of mistake is refused with a message naming the file, the line, the key and what to do.
 */
class JobDefinitionsTest {

	static final Path EXAMPLE = Path.of("jobs/2024.yaml");

	@TempDir
	Path dir;

	@Test
	void theShippedExampleReadsAsMeantOnceItsFoldersExist() throws IOException {
		Path jobs = Files.createDirectories(this.dir.resolve("jobs"));
		String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
		Files.writeString(jobs.resolve("2024.yaml"), example);
		Files.copy(Path.of("jobs/roster-2024.csv"), jobs.resolve("roster-2024.csv"));
		Matcher folders = Pattern.compile("(?m)^\\s+(?:inbox|feedback|output|outbox): (\\S+)").matcher(example);
		while (folders.find()) {
			Files.createDirectories(jobs.resolve(folders.group(1)));
		}

		JobDefinition job = JobDefinitions.load(jobs.resolve("2024.yaml"));

		assertThat(job.name()).isEqualTo("2024");
		assertThat(job.year()).isEqualTo(2024);
		assertThat(job.inbox()).isEqualTo(this.dir.resolve("work/2024/inbox").toAbsolutePath().normalize());
		assertThat(job.output()).isEqualTo(this.dir.resolve("work/reports").toAbsolutePath().normalize());
		assertThat(job.archive()).isEmpty();
		assertThat(job.roster()).contains(jobs.resolve("roster-2024.csv").toAbsolutePath().normalize());
		assertThat(job.schedule().ingestCron()).contains("0 0 7-21/2 * * *");
		assertThat(job.schedule().reportCron()).contains("0 0 6 1 11 *");
		assertThat(job.schedule().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(job.schedule().inWindow(LocalDate.of(2024, 9, 1))).isTrue();
		assertThat(job.schedule().inWindow(LocalDate.of(2024, 10, 31))).isTrue();
		assertThat(job.schedule().inWindow(LocalDate.of(2024, 11, 1))).isFalse();
		assertThat(job.recipients()).extracting(Recipient::name)
			.containsExactly("省教育厅职业教育与成人教育处", "广州市教育局", "省人社厅职业能力建设处", "示范校项目办");
		Recipient province = job.recipients().get(0);
		assertThat(province.email()).contains("zhicheng@example.gov.cn");
		assertThat(province.receives(true, null, null, null)).isTrue();
		assertThat(province.receives(false, "4144030001", "职业本科", "440300")).isTrue();
		Recipient guangzhou = job.recipients().get(1);
		assertThat(guangzhou.receives(true, null, null, null)).isFalse();
		assertThat(guangzhou.receives(false, "4144010001", "中等职业学校", "440100")).isTrue();
		assertThat(guangzhou.receives(false, "4144020001", "中等职业学校", "440200")).isFalse();
		assertThat(guangzhou.receivesCity("4401")).isTrue();
		assertThat(guangzhou.receivesCity("4402")).isFalse();
		assertThat(province.receivesCity("4401")).as("city reports only to those who name the city").isFalse();
		Recipient technical = job.recipients().get(2);
		assertThat(technical.email()).isEmpty();
		assertThat(technical.receives(false, "4144020001", "高级技工学校", "440200")).isTrue();
		assertThat(technical.receives(false, "4144010001", "中等职业学校", "440100")).isFalse();
		assertThat(job.recipients().get(3).receives(false, "4144010002", "中等职业学校", "440100")).isTrue();
		assertThat(job.recipients().get(3).receives(false, "4144010003", "中等职业学校", "440100")).isFalse();
		assertThat(job.mail()).hasValueSatisfying((mail) -> {
			assertThat(mail.host()).contains("smtp.example.gov.cn");
			assertThat(mail.port()).contains(465);
			assertThat(mail.passwordEnv()).contains("VQR_MAIL_PASSWORD");
			assertThat(mail.maxMailBytes()).isEqualTo(20L * 1024 * 1024);
		});
		assertThat(RosterLoader.read(job.roster().get())).hasSize(4);
		assertThat(job.review().mode()).isEqualTo(ReviewMode.REQUIRED);
		assertThat(job.review().cityLevelTypes()).containsExactly("中等职业学校");
	}

	@Test
	void theReviewSectionTakesAModeAndTheSchoolTypesACityApprovesFirst() throws IOException {
		Path file = write("review.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				review:
				  mode: auto
				  city-level: [中职, 技工学校, 中等职业学校]
				""");
		JobDefinition job = JobDefinitions.load(file);
		assertThat(job.review().mode()).isEqualTo(ReviewMode.AUTO);
		assertThat(job.review().cityLevelTypes()).containsExactly("中等职业学校", "技工学校");
		Path badMode = write("badmode.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				review:
				  mode: manual
				""");
		assertThatThrownBy(() -> JobDefinitions.load(badMode))
			.hasMessageContaining("badmode.yaml:4: review.mode: 'manual' is not a review mode; write required");
		Path badType = write("badtype.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				review:
				  city-level: [小学]
				""");
		assertThatThrownBy(() -> JobDefinitions.load(badType))
			.hasMessageContaining("badtype.yaml:4: review.city-level: '小学' is not a 办学类型")
			.hasMessageContaining("中等职业学校");
	}

	@Test
	void aMinimalFileHasDefaults() throws IOException {
		Path file = write("minimal.yaml", """
				year: 2025
				folders:
				  inbox: in
				  output: out
				""");
		JobDefinition job = JobDefinitions.load(file);
		assertThat(job.feedback()).isEqualTo(job.inbox().resolve("feedback"));
		assertThat(job.schedule().ingestCron()).isEmpty();
		assertThat(job.recipients()).isEmpty();
		assertThat(job.mail()).isEmpty();
		assertThat(job.review()).isEqualTo(ReviewSettings.Settings.DEFAULT);
	}

	@Test
	void anUnknownKeyIsNamedWithItsLineAndTheKeysAllowed() throws IOException {
		Path file = write("typo.yaml", """
				year: 2024
				folders:
				  inbox: in
				  output: out
				  outptu: out
				""");
		assertThatThrownBy(() -> JobDefinitions.load(file)).isInstanceOf(JobDefinitionException.class)
			.hasMessageContaining("typo.yaml:5: folders.outptu: unknown key")
			.hasMessageContaining("inbox")
			.hasMessageContaining("output");
	}

	@Test
	void aBadCronSaysWhatACronLooksLike() throws IOException {
		Path file = write("cron.yaml", """
				year: 2024
				folders:
				  inbox: in
				  output: out
				schedule:
				  ingest: "0 7 * * *"
				""");
		assertThatThrownBy(() -> JobDefinitions.load(file))
			.hasMessageContaining("cron.yaml:6: schedule.ingest: '0 7 * * *' is not a cron expression")
			.hasMessageContaining("six fields");
	}

	@Test
	void aMissingFolderIsNamedAndTheFixGiven() throws IOException {
		Path file = write("folder.yaml", """
				year: 2024
				folders:
				  inbox: no-such-inbox
				  output: out
				""");
		assertThatThrownBy(() -> JobDefinitions.load(file)).hasMessageContaining("folder.yaml:3: folders.inbox: ")
			.hasMessageContaining("no-such-inbox does not exist")
			.hasMessageContaining("create it or correct the path");
		Path withoutOutput = write("nooutput.yaml", """
				year: 2024
				folders:
				  inbox: in
				""");
		assertThatThrownBy(() -> JobDefinitions.load(withoutOutput))
			.hasMessageContaining("nooutput.yaml:3: folders.output: missing");
	}

	@Test
	void aYearOutOfRangeOrNotAYearIsRefused() throws IOException {
		Path far = write("far.yaml", """
				year: 1999
				folders: {inbox: in, output: out}
				""");
		assertThatThrownBy(() -> JobDefinitions.load(far)).hasMessageContaining(
				"far.yaml:1: year: 1999 is out of range; write a reporting year between 2000 and 2099");
		Path text = write("text.yaml", """
				year: 二〇二四
				folders: {inbox: in, output: out}
				""");
		assertThatThrownBy(() -> JobDefinitions.load(text))
			.hasMessageContaining("text.yaml:1: year: '二〇二四' is not a year");
		Path none = write("none.yaml", """
				folders: {inbox: in, output: out}
				""");
		assertThatThrownBy(() -> JobDefinitions.load(none)).hasMessageContaining("none.yaml:1: year: missing");
	}

	@Test
	void aBadEmailAddressIsRefused() throws IOException {
		Path file = write("email.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				recipients:
				  - name: 某市教育局
				    email: someone.example.gov.cn
				    outbox: out
				    reports: {province: true}
				""");
		assertThatThrownBy(() -> JobDefinitions.load(file)).hasMessageContaining(
				"email.yaml:5: recipients[0].email: 'someone.example.gov.cn' is not an e-mail address");
	}

	@Test
	void aRecipientFilterIsCheckedAgainstTheStandard() throws IOException {
		Path type = write("type.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				recipients:
				  - name: 人社厅
				    outbox: out
				    reports:
				      schools:
				        types: [技工院校]
				""");
		assertThatThrownBy(() -> JobDefinitions.load(type))
			.hasMessageContaining("type.yaml:8: recipients[0].reports.schools.types: '技工院校' is not a 办学类型")
			.hasMessageContaining("技师学院");
		Path nothing = write("nothing.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				recipients:
				  - name: 人社厅
				    outbox: out
				    reports: {province: false}
				""");
		assertThatThrownBy(() -> JobDefinitions.load(nothing)).hasMessageContaining("would receive nothing");
		Path code = write("code.yaml", """
				year: 2024
				folders: {inbox: in, output: out}
				recipients:
				  - name: 项目办
				    outbox: out
				    reports: {schools: {codes: [41440100]}}
				""");
		assertThatThrownBy(() -> JobDefinitions.load(code))
			.hasMessageContaining("recipients[0].reports.schools.codes: '41440100' is not a school code");
		for (String city : List.of("440100", "44", "广州")) {
			Path cities = write("cities.yaml", """
					year: 2024
					folders: {inbox: in, output: out}
					recipients:
					  - name: 广州市教育局
					    outbox: out
					    reports: {cities: ["%s"]}
					""".formatted(city));
			assertThatThrownBy(() -> JobDefinitions.load(cities))
				.hasMessageContaining("cities.yaml:6: recipients[0].reports.cities: “" + city + "”不是地级市的代码")
				.hasMessageContaining("前4位数字", "\"4401\"");
		}
	}

	@Test
	void brokenYamlIsReportedWithItsLine() throws IOException {
		Path file = write("broken.yaml", """
				year: 2024
				folders:
				  inbox: in
				 output: out
				""");
		assertThatThrownBy(() -> JobDefinitions.load(file)).hasMessageContaining("broken.yaml:")
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void aFolderOfJobsIsReadInNameOrder() throws IOException {
		write("b.yaml", "year: 2025\nfolders: {inbox: in, output: out}\n");
		write("a.yml", "year: 2024\nfolders: {inbox: in, output: out}\n");
		Files.writeString(this.dir.resolve("notes.txt"), "not a job");
		List<JobDefinition> jobs = JobDefinitions.loadAll(this.dir);
		assertThat(jobs).extracting(JobDefinition::name).containsExactly("a", "b");
	}

	@Test
	void aRosterWithABadLineIsRefusedWithTheLine() throws IOException {
		Path roster = this.dir.resolve("roster.csv");
		Files.writeString(roster, "\uFEFF学校代码,学校名称,办学类型,所在地区代码\n4144010001,甲校,中职,440106\n41440X0002,乙校,中职,440106\n");
		assertThatThrownBy(() -> RosterLoader.read(roster)).hasMessageContaining("roster.csv:3: 学校代码 '41440X0002'");
		Files.writeString(roster, "学校代码,学校名称,办学类型,所在地区代码\n4144010001,甲校,中职,440106\n");
		assertThat(RosterLoader.read(roster))
			.containsExactly(new RosterLoader.RosterEntry("4144010001", "甲校", "中等职业学校", "440106"));
	}

	private Path write(String name, String yaml) throws IOException {
		Files.createDirectories(this.dir.resolve("in"));
		Files.createDirectories(this.dir.resolve("out"));
		Path file = this.dir.resolve(name);
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return file;
	}

}
