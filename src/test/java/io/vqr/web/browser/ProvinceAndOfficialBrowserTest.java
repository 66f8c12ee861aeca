package io.vqr.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;
import io.vqr.web.Portal;
import io.vqr.web.PortalUser;
import io.vqr.web.SchoolWorkbooks;
import io.vqr.web.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province in a real browser: the status board, a school-year page with its feedback
 * workbook, starting the report run; then an official downloading the provincial report.
 */
class ProvinceAndOfficialBrowserTest {

	final Portal portal = Portal.get();

	final SchoolWorkbooks samples = SchoolWorkbooks.get();

	@Test
	void theProvinceRunsTheReportsAndAnOfficialDownloadsOne() throws Exception {
		String school = this.samples.school(0).schoolCode();
		PortalUser clerk = TestAccounts.user(this.portal, "pb-clerk", Role.SCHOOL_CLERK, school, null, null);
		TestAccounts.upload(this.portal, clerk, "pb.xlsx", this.samples.bytes(0));
		String province = this.portal.account("pb-province", Role.PROVINCE_ADMIN, null, null, null);
		String official = this.portal.account("pb-official", Role.OFFICIAL, null, null,
				new OfficialScope(true, List.of(), List.of(), List.of(school)));
		try (Browser browser = new Browser(this.portal.baseUrl())) {
			browser.login(province, Portal.PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/review");
			assertThat(browser.text()).contains("报送与审核情况", "按办学类型", this.samples.school(0).schoolName());
			browser.screenshot("11-province-board");
			browser.driver().findElement(By.linkText(this.samples.school(0).schoolName())).click();
			assertThat(browser.text()).contains("审核状态", "下载反馈表");
			browser.screenshot("12-province-school-year");
			browser.clickText("下载反馈表");
			assertThat(Files.readAllBytes(browser.awaitDownload("_校验结果.xlsx"))).startsWith('P', 'K');
			browser.clickText("报送情况");
			browser.click("#report-run");
			new WebDriverWait(browser.driver(), Duration.ofMinutes(4)).until((driver) -> {
				browser.open("/review");
				return browser.text().contains("年度报告已生成");
			});
			browser.screenshot("13-province-reports-done");
			browser.logout();

			browser.login(official, Portal.PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/official");
			assertThat(browser.text()).contains("省级报告", this.samples.school(0).schoolName());
			browser.screenshot("14-official-reports");
			browser.driver().findElement(By.xpath("//tr[contains(., '省级报告')]//a[normalize-space(.)='PDF']")).click();
			Path pdf = browser.awaitDownload(".pdf");
			assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo("%PDF-");
		}
	}

}
