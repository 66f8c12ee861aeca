package io.vqr.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.Role;
import io.vqr.web.Portal;
import io.vqr.web.SchoolWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school clerk in a real browser: first login with the one-time password, a file the
 * rules reject, its findings and feedback workbook, then the fixed file.
 */
class SchoolBrowserTest {

	final Portal portal = Portal.get();

	final SchoolWorkbooks samples = SchoolWorkbooks.get();

	@Test
	void aClerkUploadsABadFileReadsTheFindingsAndUploadsTheFixedOne() throws Exception {
		String school = this.samples.school(2).schoolCode();
		String once = this.portal.warehouse()
			.bean(AccountStore.class)
			.add(new AccountStore.NewAccount("browser-clerk", "王老师", Role.SCHOOL_CLERK, school, null, null, null),
					"test");
		Path broken = Files.createTempFile("本校数据", ".xlsx");
		Files.write(broken, this.samples.broken(2));
		try (Browser browser = new Browser(this.portal.baseUrl())) {
			browser.open("/school");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
			browser.screenshot("01-login");
			browser.login("browser-clerk", once);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/password");
			browser.screenshot("02-first-login-password");
			browser.type("#current", once);
			browser.type("#next", "Wang-laoshi-2024");
			browser.type("#repeat", "Wang-laoshi-2024");
			browser.click("form.form button[type=submit]");
			assertThat(browser.driver().getCurrentUrl()).contains("/school");
			browser.screenshot("03-school-home");

			browser.find("#file").sendKeys(broken.toString());
			browser.click("#upload");
			browser.waitForText("校验结果");
			assertThat(browser.text()).contains("文件未通过校验", "很多");
			browser.screenshot("04-rejected-findings");
			browser.click("#feedback");
			Path feedback = browser.awaitDownload("_校验结果.xlsx");
			assertThat(Files.readAllBytes(feedback)).startsWith('P', 'K');

			browser.clickText("上传新文件");
			browser.find("#file").sendKeys(this.samples.file(2).toAbsolutePath().toString());
			browser.click("#upload");
			browser.waitForText("校验结果");
			assertThat(browser.text()).containsAnyOf("文件通过校验，已入库。", "文件通过校验，已入库，但有");
			browser.screenshot("05-accepted");
			browser.clickText("返回本校数据");
			assertThat(browser.text()).contains("本校上传记录", "未通过校验");
			browser.screenshot("06-school-history");
		}
	}

}
