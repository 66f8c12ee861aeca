package io.vqr.ops.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.ops.MigratedDatabase;
import io.vqr.ops.jobs.JobDefinition;
import io.vqr.ops.jobs.JobDefinitions;
import io.vqr.report.output.ReportIndex;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery of rendered reports (the documented {@code reports.json} layout) to the
 * recipients of a job file: outbox copies by each recipient's filter, e-mails with the
 * PDFs attached received by a real SMTP server (GreenMail), a delivery log, and no file
 * sent twice.
 */
class ReportDeliveryTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	static DataSource dataSource;

	@TempDir
	Path dir;

	JdbcTemplate jdbc;

	JobDefinition job;

	Path yearDir;

	@BeforeAll
	static void database() {
		dataSource = MigratedDatabase.create("delivery");
	}

	@BeforeEach
	void reportsAndJob() throws IOException {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.update("delete from delivery_log");
		this.yearDir = Files.createDirectories(this.dir.resolve("reports/2024"));
		List<Map<String, Object>> index = new ArrayList<>();
		index.add(school("4144010001", "广州市示范职业技术学校", "中等职业学校", "440100"));
		index.add(school("4144010002", "广州市高级技工学校", "高级技工学校", "440100"));
		index.add(school("4144020001", "韶关职业技术学院", "高职专科", "440200"));
		index.add(Map.of("kind", "province", "schoolName", "广东省", "files",
				List.of(pdf("province/广东省_2024年度职业教育质量报告.pdf", 1), "province/广东省_2024年度职业教育质量报告.xlsx")));
		Files.writeString(this.yearDir.resolve("province/广东省_2024年度职业教育质量报告.xlsx"), "not delivered");
		new ObjectMapper().writeValue(this.yearDir.resolve(ReportIndex.FILE).toFile(), index);
		for (String outbox : List.of("province", "guangzhou", "hrss")) {
			Files.createDirectories(this.dir.resolve("outbox/" + outbox));
		}
		Files.createDirectories(this.dir.resolve("inbox"));
		Path file = this.dir.resolve("2024.yaml");
		Files.writeString(file, """
				year: 2024
				folders: {inbox: inbox, output: reports}
				recipients:
				  - name: 省教育厅职成处
				    email: zhicheng@example.gov.cn
				    outbox: outbox/province
				    reports: {province: true, schools: all}
				  - name: 广州市教育局
				    email: gz@example.gov.cn
				    outbox: outbox/guangzhou
				    reports: {schools: {cities: ["4401"]}}
				  - name: 省人社厅
				    outbox: outbox/hrss
				    reports: {schools: {types: [高级技工学校, 技师学院]}}
				""");
		this.job = JobDefinitions.load(file);
	}

	@Test
	void eachRecipientGetsItsPdfsInItsOutboxAndByMailOnce() throws Exception {
		DeliveryResult first = delivery(20L * 1024 * 1024).deliver(this.job, 1L);

		assertThat(outbox("province")).containsExactlyInAnyOrder("4144010001_广州市示范职业技术学校_2024年度质量报告.pdf",
				"4144010002_广州市高级技工学校_2024年度质量报告.pdf", "4144020001_韶关职业技术学院_2024年度质量报告.pdf", "广东省_2024年度职业教育质量报告.pdf");
		assertThat(outbox("guangzhou")).containsExactlyInAnyOrder("4144010001_广州市示范职业技术学校_2024年度质量报告.pdf",
				"4144010002_广州市高级技工学校_2024年度质量报告.pdf");
		assertThat(outbox("hrss")).containsExactly("4144010002_广州市高级技工学校_2024年度质量报告.pdf");
		assertThat(Files.readAllBytes(this.dir.resolve("outbox/hrss/2024/4144010002_广州市高级技工学校_2024年度质量报告.pdf")))
			.isEqualTo(Files.readAllBytes(this.yearDir.resolve("schools/4144010002_广州市高级技工学校_2024年度质量报告.pdf")));

		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(2);
		MimeMessage province = to(mails, "zhicheng@example.gov.cn");
		assertThat(province.getSubject()).isEqualTo("2024年度职业教育质量报告");
		assertThat(province.getFrom()[0].toString()).isEqualTo("vqr@example.gov.cn");
		Map<String, byte[]> attachments = attachments(province);
		assertThat(attachments.keySet()).containsExactly("广东省_2024年度职业教育质量报告.pdf",
				"4144010001_广州市示范职业技术学校_2024年度质量报告.pdf", "4144010002_广州市高级技工学校_2024年度质量报告.pdf",
				"4144020001_韶关职业技术学院_2024年度质量报告.pdf");
		assertThat(attachments.get("广东省_2024年度职业教育质量报告.pdf"))
			.isEqualTo(Files.readAllBytes(this.yearDir.resolve("province/广东省_2024年度职业教育质量报告.pdf")));
		assertThat(text(province)).contains("省教育厅职成处：", "共 4 份", "广东省_2024年度职业教育质量报告.pdf");
		assertThat(attachments(to(mails, "gz@example.gov.cn")).keySet())
			.containsExactly("4144010001_广州市示范职业技术学校_2024年度质量报告.pdf", "4144010002_广州市高级技工学校_2024年度质量报告.pdf");

		assertThat(first.copied()).isEqualTo(7);
		assertThat(first.mailed()).isEqualTo(6);
		assertThat(first.failed()).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from delivery_log where outcome = 'DELIVERED' and channel = 'EMAIL' and run_id = 1",
				Integer.class))
			.isEqualTo(6);
		assertThat(this.jdbc.queryForObject("select count(distinct sha256) from delivery_log", Integer.class))
			.isEqualTo(4);

		DeliveryResult again = delivery(20L * 1024 * 1024).deliver(this.job, 2L);
		assertThat(again.copied() + again.mailed()).as("nothing is delivered twice").isZero();
		assertThat(again.alreadyDelivered()).isEqualTo(13);
		assertThat(greenMail.getReceivedMessages()).hasSize(2);

		pdf("schools/4144010002_广州市高级技工学校_2024年度质量报告.pdf", 3);
		DeliveryResult changed = delivery(20L * 1024 * 1024).deliver(this.job, 3L);
		assertThat(changed.copied()).as("a re-rendered report goes to the three who receive it").isEqualTo(3);
		assertThat(changed.mailed()).isEqualTo(2);
		assertThat(greenMail.getReceivedMessages()).hasSize(4);
	}

	@Test
	void cityReportsGoOnlyToTheRecipientsOfTheirCity() throws Exception {
		List<Map<String, Object>> index = new ArrayList<>();
		index.add(school("4144010001", "广州市示范职业技术学校", "中等职业学校", "440100"));
		index.add(city("4401", "广州市"));
		index.add(city("4402", "韶关市"));
		index.add(Map.of("kind", "province", "schoolName", "广东省", "files",
				List.of(pdf("province/广东省_2024年度职业教育质量报告.pdf", 1))));
		new ObjectMapper().writeValue(this.yearDir.resolve(ReportIndex.FILE).toFile(), index);
		Files.createDirectories(this.dir.resolve("outbox/city"));
		Path file = this.dir.resolve("cities.yaml");
		Files.writeString(file, """
				year: 2024
				folders: {inbox: inbox, output: reports}
				recipients:
				  - name: 省教育厅职成处
				    email: zhicheng@example.gov.cn
				    outbox: outbox/province
				    reports: {province: true, schools: all}
				  - name: 广州市教育局
				    email: gz@example.gov.cn
				    outbox: outbox/guangzhou
				    reports: {cities: ["4401"], schools: {cities: ["4401"]}}
				  - name: 韶关市教育局（仅地市报告）
				    outbox: outbox/city
				    reports:
				      cities: ["4402", "4403"]
				""");
		JobDefinition cities = JobDefinitions.load(file);
		assertThat(cities.recipients().get(2).cities()).containsExactly("4402", "4403");

		DeliveryResult result = delivery(20L * 1024 * 1024).deliver(cities, 1L);

		assertThat(outbox("guangzhou")).containsExactlyInAnyOrder("4401_广州市_2024年度中等职业教育质量报告.pdf",
				"4144010001_广州市示范职业技术学校_2024年度质量报告.pdf");
		assertThat(outbox("city")).containsExactly("4402_韶关市_2024年度中等职业教育质量报告.pdf");
		// a school filter or the provincial report never brings city reports along
		assertThat(outbox("province")).containsExactlyInAnyOrder("广东省_2024年度职业教育质量报告.pdf",
				"4144010001_广州市示范职业技术学校_2024年度质量报告.pdf");
		assertThat(attachments(to(greenMail.getReceivedMessages(), "gz@example.gov.cn")).keySet())
			.as("the city report before its schools' reports")
			.containsExactly("4401_广州市_2024年度中等职业教育质量报告.pdf", "4144010001_广州市示范职业技术学校_2024年度质量报告.pdf");
		assertThat(result.failed()).isZero();
	}

	@Test
	void attachmentsOverTheLimitAreSplitAcrossMails() throws Exception {
		long onePdf = Files.size(this.yearDir.resolve("province/广东省_2024年度职业教育质量报告.pdf"));
		delivery(onePdf + onePdf / 2).deliver(this.job, 1L);

		List<MimeMessage> province = Arrays.stream(greenMail.getReceivedMessages())
			.filter((mail) -> recipient(mail).equals("zhicheng@example.gov.cn"))
			.toList();
		assertThat(province).hasSize(4);
		List<String> subjects = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (MimeMessage mail : province) {
			subjects.add(mail.getSubject());
			names.addAll(attachments(mail).keySet());
		}
		assertThat(subjects).containsExactlyInAnyOrder("2024年度职业教育质量报告（第1封，共4封）", "2024年度职业教育质量报告（第2封，共4封）",
				"2024年度职业教育质量报告（第3封，共4封）", "2024年度职业教育质量报告（第4封，共4封）");
		assertThat(names).hasSize(4).doesNotHaveDuplicates();
	}

	@Test
	void aFailedMailIsLoggedAndRetriedByTheNextDelivery() throws Exception {
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("localhost");
		down.setPort(1);
		DeliveryResult failed = new ReportDelivery(new DeliveryLog(this.jdbc), dataSource,
				Optional.of(new Mailer(down, "vqr@example.gov.cn", 1L << 30)))
			.deliver(this.job, 1L);
		assertThat(failed.failed()).isEqualTo(6);
		assertThat(failed.copied()).as("outbox copies do not depend on the mail").isEqualTo(7);
		assertThat(
				this.jdbc.queryForObject("select count(*) from delivery_log where outcome = 'FAILED'", Integer.class))
			.isEqualTo(6);

		DeliveryResult retried = delivery(20L * 1024 * 1024).deliver(this.job, 2L);
		assertThat(retried.mailed()).isEqualTo(6);
		assertThat(retried.copied()).isZero();
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void smtpComesFromTheJobFileElseFromSpringMailElseThereIsNone() throws Exception {
		Path file = this.dir.resolve("mail.yaml");
		Files.writeString(file, """
				year: 2024
				folders: {inbox: inbox, output: reports}
				recipients:
				  - name: 省教育厅职成处
				    email: zhicheng@example.gov.cn
				    outbox: outbox/province
				    reports: {province: true}
				mail: {host: localhost, port: %d, from: office@example.gov.cn}
				""".formatted(greenMail.getSmtp().getPort()));
		JobDefinition withMail = JobDefinitions.load(file);
		MockEnvironment environment = new MockEnvironment();
		Optional<Mailer> fromJob = Mailer.configure(withMail.mail(), Optional.empty(), environment, Map.of());
		assertThat(fromJob).isPresent();
		new ReportDelivery(new DeliveryLog(this.jdbc), dataSource, fromJob).deliver(withMail, 1L);
		assertThat(greenMail.getReceivedMessages()).singleElement()
			.satisfies((mail) -> assertThat(mail.getFrom()[0].toString()).isEqualTo("office@example.gov.cn"));

		JavaMailSenderImpl spring = new JavaMailSenderImpl();
		environment.setProperty("spring.mail.host", "smtp.example.gov.cn");
		environment.setProperty("vqr.mail.from", "vqr-office@example.gov.cn");
		assertThat(Mailer.configure(Optional.empty(), Optional.of(spring), environment, Map.of())).isPresent();
		assertThat(Mailer.configure(this.job.mail(), Optional.empty(), environment, Map.of()))
			.as("no mail: section and no spring.mail.host")
			.isEmpty();
	}

	private ReportDelivery delivery(long maxMailBytes) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return new ReportDelivery(new DeliveryLog(this.jdbc), dataSource,
				Optional.of(new Mailer(sender, "vqr@example.gov.cn", maxMailBytes)));
	}

	private Map<String, Object> school(String code, String name, String type, String city) throws IOException {
		String stem = "schools/" + code + "_" + name + "_2024年度质量报告";
		Files.createDirectories(this.yearDir.resolve("schools"));
		Files.writeString(this.yearDir.resolve(stem + ".xlsx"), "not delivered");
		return Map.of("kind", "school", "schoolCode", code, "schoolName", name, "schoolType", type, "cityCode", city,
				"files", List.of(pdf(stem + ".pdf", 1), stem + ".xlsx"));
	}

	/** A city report's entry as {@link ReportIndex} writes it. */
	private Map<String, Object> city(String prefix, String name) throws IOException {
		String stem = "city/" + prefix + "_" + name + "_2024年度中等职业教育质量报告";
		Files.createDirectories(this.yearDir.resolve("city"));
		Files.writeString(this.yearDir.resolve(stem + ".xlsx"), "not delivered");
		return Map.of("kind", ReportIndex.CITY, "schoolName", name, "schoolType", "中等职业学校", "cityCode", prefix, "files",
				List.of(pdf(stem + ".pdf", 2), stem + ".xlsx"));
	}

	/** A real PDF of some pages, so that files differ in size and content. */
	private String pdf(String relative, int pages) throws IOException {
		Path file = this.yearDir.resolve(relative);
		Files.createDirectories(file.getParent());
		try (PDDocument document = new PDDocument()) {
			for (int page = 0; page < pages; page++) {
				document.addPage(new PDPage());
			}
			document.getDocumentInformation().setTitle(relative);
			document.save(file.toFile());
		}
		return relative;
	}

	private List<String> outbox(String name) throws IOException {
		try (Stream<Path> files = Files.list(this.dir.resolve("outbox/" + name + "/2024"))) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	private static MimeMessage to(MimeMessage[] mails, String address) {
		return Arrays.stream(mails).filter((mail) -> recipient(mail).equals(address)).findFirst().orElseThrow();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, byte[]> attachments(MimeMessage mail) throws Exception {
		Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
		Multipart multipart = (Multipart) mail.getContent();
		for (int index = 0; index < multipart.getCount(); index++) {
			BodyPart part = multipart.getBodyPart(index);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getContentType()).startsWith("application/pdf");
				attachments.put(MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
			}
		}
		return attachments;
	}

	private static String text(MimeMessage mail) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		StringBuilder text = new StringBuilder();
		for (int index = 0; index < multipart.getCount(); index++) {
			collectText(multipart.getBodyPart(index), text);
		}
		return text.toString();
	}

	private static void collectText(Part part, StringBuilder text) throws Exception {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			text.append((String) part.getContent());
		}
		else if (part.getContent() instanceof Multipart nested) {
			for (int index = 0; index < nested.getCount(); index++) {
				collectText(nested.getBodyPart(index), text);
			}
		}
	}

}
