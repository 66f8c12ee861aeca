package io.vqr.ops.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.vqr.ops.jobs.JobDefinition.MailSettings;
import io.vqr.ops.jobs.Recipient;

import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a recipient's reports by e-mail: UTF-8 Chinese subject and body, the PDFs
 * attached, split across several mails when they exceed the size one mail may carry.
 */
public final class Mailer {

	private final JavaMailSender sender;

	private final String from;

	private final long maxMailBytes;

	public Mailer(JavaMailSender sender, String from, long maxMailBytes) {
		this.sender = sender;
		this.from = from;
		this.maxMailBytes = maxMailBytes;
	}

	/**
	 * The SMTP of the job file's {@code mail:} keys when they name a host, else Spring's
	 * {@code spring.mail.*} (a {@link JavaMailSender} in the context), else none.
	 */
	public static Optional<Mailer> configure(Optional<MailSettings> settings, Optional<JavaMailSender> springSender,
			Environment environment, Map<String, String> variables) {
		long maxBytes = settings.map(MailSettings::maxMailBytes).orElse(MailSettings.DEFAULT_MAX_MAIL_BYTES);
		if (settings.isPresent() && settings.get().host().isPresent()) {
			MailSettings mail = settings.get();
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost(mail.host().get());
			mail.port().ifPresent(sender::setPort);
			mail.username().ifPresent(sender::setUsername);
			mail.passwordEnv().map(variables::get).ifPresent(sender::setPassword);
			sender.setDefaultEncoding("UTF-8");
			Properties properties = new Properties();
			if (mail.username().isPresent()) {
				properties.setProperty("mail.smtp.auth", "true");
			}
			if (mail.startTls()) {
				properties.setProperty("mail.smtp.starttls.enable", "true");
				properties.setProperty("mail.smtp.starttls.required", "true");
			}
			if (mail.port().orElse(25) == 465) {
				properties.setProperty("mail.smtp.ssl.enable", "true");
			}
			properties.setProperty("mail.smtp.connectiontimeout", "30000");
			properties.setProperty("mail.smtp.timeout", "60000");
			sender.setJavaMailProperties(properties);
			String from = mail.from()
				.or(() -> mail.username().filter((name) -> name.contains("@")))
				.orElse("vqr@" + mail.host().get());
			return Optional.of(new Mailer(sender, from, maxBytes));
		}
		if (springSender.isPresent()) {
			String from = Optional.ofNullable(environment.getProperty("vqr.mail.from"))
				.or(() -> Optional.ofNullable(environment.getProperty("spring.mail.username"))
					.filter((name) -> name.contains("@")))
				.orElse("vqr@" + environment.getProperty("spring.mail.host", "localhost"));
			return Optional.of(new Mailer(springSender.get(), from, maxBytes));
		}
		return Optional.empty();
	}

	/**
	 * The files in the mails they go in: in order, each mail as full as the size limit
	 * allows (a file bigger than the limit goes alone).
	 */
	public List<List<Path>> split(List<Path> files) throws java.io.IOException {
		List<List<Path>> mails = new ArrayList<>();
		List<Path> current = new ArrayList<>();
		long size = 0;
		for (Path file : files) {
			long bytes = Files.size(file);
			if (!current.isEmpty() && size + bytes > this.maxMailBytes) {
				mails.add(current);
				current = new ArrayList<>();
				size = 0;
			}
			current.add(file);
			size += bytes;
		}
		if (!current.isEmpty()) {
			mails.add(current);
		}
		return mails;
	}

	/** Sends one mail of a recipient's series. */
	public void send(Recipient recipient, int year, List<Path> files, int index, int count)
			throws MessagingException, MailException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(recipient.email().orElseThrow());
		helper.setSubject(subject(year, index, count));
		helper.setText(body(recipient, year, files, index, count), false);
		for (Path file : files) {
			helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file), "application/pdf");
		}
		this.sender.send(message);
	}

	static String subject(int year, int index, int count) {
		String subject = year + "年度职业教育质量报告";
		return (count > 1) ? subject + "（第" + index + "封，共" + count + "封）" : subject;
	}

	static String body(Recipient recipient, int year, List<Path> files, int index, int count) {
		StringBuilder body = new StringBuilder();
		body.append(recipient.name()).append("：\n\n您好！附件为").append(year).append("年度职业教育质量报告");
		if (count > 1) {
			body.append("（第").append(index).append("封，共").append(count).append("封）");
		}
		body.append("，本封共 ").append(files.size()).append(" 份：\n");
		int number = 1;
		for (Path file : files) {
			body.append("  ").append(number++).append(". ").append(file.getFileName()).append('\n');
		}
		body.append("\n本邮件由职业教育质量年度报告系统自动发送，请勿直接回复。\n");
		return body.toString();
	}

}
