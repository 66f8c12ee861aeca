package io.vqr.web;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.Role;
import io.vqr.web.review.SchoolNotices;
import io.vqr.web.review.SchoolNotices.Notice;

import static org.assertj.core.api.Assertions.assertThat;

/** A school's contacts get the notice of a return, with its reason, through SMTP. */
class SchoolNoticesTest {

	final Portal portal = Portal.get();

	@Test
	void theSchoolsAddressesGetTheNoticeWithTheReason() throws Exception {
		AccountStore accounts = this.portal.warehouse().bean(AccountStore.class);
		accounts.add(new AccountStore.NewAccount("notice-clerk", "李老师", Role.SCHOOL_CLERK, "4144099901", null, null,
				"clerk@school.example.cn"), "test");
		accounts.add(
				new AccountStore.NewAccount("notice-head", "张校长", Role.SCHOOL_HEAD, "4144099901", null, null, null),
				"test");
		int sent = this.portal.warehouse()
			.bean(SchoolNotices.class)
			.send(2024, "4144099901", "测试职业学校", Notice.RETURNED, "月收入 450000 元明显有误，身份证号 11010519491231002X 请核实",
					"province");
		assertThat(sent).isEqualTo(1);
		assertThat(this.portal.mail().waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage message = java.util.Arrays.stream(this.portal.mail().getReceivedMessages()).filter((m) -> {
			try {
				return m.getSubject().contains("测试职业学校");
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("clerk@school.example.cn");
		assertThat(message.getSubject()).isEqualTo("【职业教育质量数据】测试职业学校 2024 年度数据已退回");
		String body = (String) message.getContent();
		assertThat(body).contains("月收入 450000 元明显有误", "110105********002X").doesNotContain("11010519491231002X");
	}

}
