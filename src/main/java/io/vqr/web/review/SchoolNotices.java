package io.vqr.web.review;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.accounts.Account;
import io.vqr.accounts.AccountStore;
import io.vqr.web.Masking;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a school by e-mail that its data were returned, approved or unlocked, when SMTP
 * is configured ({@code spring.mail.host}) and the school's accounts have addresses. A
 * mail that cannot be sent is logged; the review action stands.
 */
@Component
public class SchoolNotices {

	private static final Logger log = LoggerFactory.getLogger(SchoolNotices.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final AccountStore accounts;

	private final String from;

	SchoolNotices(ObjectProvider<JavaMailSender> sender, AccountStore accounts,
			@Value("${vqr.mail.from:${spring.mail.username:vqr@localhost}}") String from) {
		this.sender = sender;
		this.accounts = accounts;
		this.from = from;
	}

	/** What happened to the school's data. */
	public enum Notice {

		RETURNED("已退回", "请登录数据报送平台查看退回原因，修改数据或说明后由校领导重新确认。"), APPROVED("已审核通过", "本校数据已锁定，将用于年度质量报告。"),
		UNLOCKED("已解锁", "省级已解锁本校数据，请登录数据报送平台查看原因，修改后重新确认。");

		private final String title;

		private final String next;

		Notice(String title, String next) {
			this.title = title;
			this.next = next;
		}

	}

	/** Sends the notice; returns how many addresses it went to. */
	public int send(int year, String schoolCode, String schoolName, Notice notice, String reason, String by) {
		Optional<JavaMailSender> mail = Optional.ofNullable(this.sender.getIfAvailable());
		List<String> to = this.accounts.ofSchool(schoolCode)
			.stream()
			.filter(Account::enabled)
			.flatMap((account) -> account.email().stream())
			.distinct()
			.toList();
		if (mail.isEmpty() || to.isEmpty()) {
			return 0;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.toArray(String[]::new));
		String name = (schoolName != null) ? schoolName : schoolCode;
		message.setSubject("【职业教育质量数据】" + name + " " + year + " 年度数据" + notice.title);
		StringBuilder text = new StringBuilder();
		text.append(name).append("（").append(schoolCode).append("）：\n\n");
		text.append("贵校 ")
			.append(year)
			.append(" 年度质量数据")
			.append(notice.title)
			.append("（操作人：")
			.append(by)
			.append("）。\n");
		if (reason != null && !reason.isBlank()) {
			text.append("原因：").append(Masking.text(reason)).append("\n");
		}
		text.append("\n").append(notice.next).append("\n\n此邮件由系统自动发送，请勿回复。\n");
		message.setText(text.toString());
		try {
			mail.get().send(message);
			log.info("Notice {} for school {} year {} sent to {} address(es)", notice, schoolCode, year, to.size());
			return to.size();
		}
		catch (MailException ex) {
			log.warn("Notice {} for school {} year {} could not be sent: {}", notice, schoolCode, year,
					ex.getMessage());
			return 0;
		}
	}

}
