package io.vqr.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.Role;
import io.vqr.review.ReviewMode;
import io.vqr.sample.SampleSchools;
import io.vqr.web.Portal;
import io.vqr.web.SchoolWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school in a real browser: the clerk's first login with the one-time password, a file
 * the rules reject, its findings and feedback workbook, then the fixed file with
 * warnings, explained; the head prints the 数据确认书 and certifies. The year is in
 * {@code review: required} meanwhile, and the school (an extra one of the sample
 * generator) is uploaded by no other test.
 */
class SchoolBrowserTest {

	static final int SCHOOL = 23;

	final Portal portal = Portal.get();

	@BeforeEach
	void requiredReview() {
		this.portal.reviewMode(ReviewMode.REQUIRED);
	}

	@AfterEach
	void backToAuto() {
		this.portal.reviewMode(ReviewMode.AUTO);
	}

	@Test
	void aClerkFixesAndExplainsTheFileAndTheHeadCertifies() throws Exception {
		String school = SampleSchools.schoolCode(SCHOOL);
		String once = this.portal.warehouse()
			.bean(AccountStore.class)
			.add(new AccountStore.NewAccount("browser-clerk", "王老师", Role.SCHOOL_CLERK, school, null, null, null),
					"test");
		Path files = Files.createTempDirectory("vqr-school");
		Path broken = Files.write(files.resolve("本校数据.xlsx"), SchoolWorkbooks.broken(SchoolWorkbooks.clean(SCHOOL)));
		Path fixed = Files.write(files.resolve("本校数据（改正）.xlsx"), SchoolWorkbooks.warned(SCHOOL));
		String head = this.portal.account("browser-head", Role.SCHOOL_HEAD, school, null, null);
		try (Browser browser = new Browser(this.portal.baseUrl())) {
			browser.open("/school");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
			browser.screenshot("01-login");
			browser.login("browser-clerk", once);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/password");
			browser.screenshot("02-first-login-password");
			browser.changePassword(once, "Wang-laoshi-2024");
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

			browser.followText("上传新文件");
			browser.find("#file").sendKeys(fixed.toString());
			browser.click("#upload");
			browser.waitForText("校验结果");
			assertThat(browser.text()).contains("文件通过校验，已入库，但有", "月收入");
			browser.screenshot("05-accepted");
			browser.followText("返回本校数据");
			browser.waitForText("本校上传记录");
			assertThat(browser.text()).contains("本校上传记录", "未通过校验", "有警告尚未说明");
			browser.screenshot("06-school-history");

			// the clerk explains one row, then the whole rule
			browser.follow("#to-review");
			browser.waitForText("警告与说明");
			assertThat(browser.text()).contains("警告与说明", "W-INCOME-RANGE", "待说明");
			browser.screenshot("07-school-explain");
			WebElement row = browser.find("#rule-W-INCOME-RANGE form.explain-row");
			row.findElement(By.name("text")).sendKeys("该毕业生为外派工程师，月薪含海外补贴");
			row.findElement(By.tagName("button")).click();
			browser.waitForText("说明已保存");
			browser.type("#rule-W-INCOME-RANGE form.explain textarea", "两名毕业生均为外派工程师，已核对劳动合同");
			browser.click("#rule-W-INCOME-RANGE form.explain button");
			browser.waitForText("全部警告均已说明");
			assertThat(browser.text()).contains("待确认", "请校领导用本人账号登录");
			assertThat(browser.driver().findElements(By.id("certify"))).as("a clerk does not certify").isEmpty();
			browser.screenshot("08-school-explained");
			browser.logout();

			// the head reads and prints the 数据确认书, then certifies
			browser.login(head, Portal.PASSWORD);
			browser.open("/school/review");
			browser.follow("#confirmation");
			browser.waitForText("校领导（签字）");
			assertThat(browser.text()).contains("数据确认书", "两名毕业生均为外派工程师", "校领导（签字）", "学校公章", "SHA-256");
			browser.screenshot("09-confirmation");
			Path printed = Browser.SCREENSHOTS.resolve("09-confirmation-print.pdf");
			Files.createDirectories(printed.getParent());
			Files.write(printed, java.util.Base64.getDecoder()
				.decode(browser.driver().print(new org.openqa.selenium.print.PrintOptions()).getContent()));
			browser.followText("返回说明与确认");
			browser.click("#certify");
			browser.waitForText("本校数据已确认");
			assertThat(browser.text()).contains("待审核");
			browser.screenshot("10-certified");
			browser.click("#draft-report");
			assertThat(new String(Files.readAllBytes(browser.awaitDownload("草稿.pdf")), 0, 5,
					java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo("%PDF-");
		}
	}

}
