package io.vqr.web.review;

import org.junit.jupiter.api.Test;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.Role;
import io.vqr.web.Portal;
import io.vqr.web.review.SchoolNotices.Notice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without SMTP configured nothing is sent (and nothing fails); with a server that cannot
 * be reached, the notice is given up and logged, never thrown at the review action.
 */
class SchoolNoticesWithoutSmtpTest {

	final Portal portal = Portal.get();

	final AccountStore accounts = this.portal.warehouse().bean(AccountStore.class);

	@Test
	void withoutAMailHostNothingIsSent() {
		school("4144099911", "nosmtp-clerk");
		int received = this.portal.mail().getReceivedMessages().length;
		SchoolNotices notices = new SchoolNotices(senders(null), this.accounts, "vqr@edu.example.cn");
		assertThat(notices.send(2024, "4144099911", "无邮件学校", Notice.RETURNED, "退回的理由写在这里", "province")).isZero();
		assertThat(this.portal.mail().getReceivedMessages()).hasSize(received);
	}

	@Test
	void anUnreachableServerIsLoggedNotThrown() throws Exception {
		school("4144099912", "deadsmtp-clerk");
		JavaMailSenderImpl dead = new JavaMailSenderImpl();
		dead.setHost("127.0.0.1");
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			dead.setPort(socket.getLocalPort());
		}
		dead.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		SchoolNotices notices = new SchoolNotices(senders(dead), this.accounts, "vqr@edu.example.cn");
		assertThat(notices.send(2024, "4144099912", "邮件不通学校", Notice.APPROVED, null, "province")).isZero();
	}

	private void school(String code, String username) {
		if (this.accounts.find(username).isEmpty()) {
			this.accounts.add(new AccountStore.NewAccount(username, "联系人", Role.SCHOOL_CLERK, code, null, null,
					username + "@school.example.cn"), "test");
		}
	}

	private static ObjectProvider<JavaMailSender> senders(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		return beans.getBeanProvider(JavaMailSender.class);
	}

}
