package io.vqr.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewService;
import io.vqr.review.Reviewer;
import io.vqr.sample.SampleSchools;
import io.vqr.web.Portal;
import io.vqr.web.PortalUser;
import io.vqr.web.SchoolWorkbooks;
import io.vqr.web.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province in a real browser: the status board and the queue, a school-year page with
 * its explanations and feedback workbook, returning one school with a reason and
 * approving another, starting the report run; the returned school reads the reason; an
 * official downloads the approved school's report and the provincial one. The year is in
 * {@code review: required} meanwhile; the two schools (extra ones of the sample
 * generator) are uploaded by no other test and certified through the review service.
 */
class ProvinceAndOfficialBrowserTest {

	static final int RETURNED = 24;

	static final int APPROVED = 25;

	final Portal portal = Portal.get();

	@BeforeEach
	void requiredReview() {
		this.portal.reviewMode(ReviewMode.REQUIRED);
	}

	@AfterEach
	void backToAuto() {
		this.portal.reviewMode(ReviewMode.AUTO);
	}

	/** The school uploads a file with warnings, explains them and certifies. */
	String certified(int index) throws Exception {
		String school = SampleSchools.schoolCode(index);
		PortalUser clerk = TestAccounts.user(this.portal, "pb-clerk-" + index, Role.SCHOOL_CLERK, school, null, null);
		TestAccounts.upload(this.portal, clerk, "pb-" + index + ".xlsx", SchoolWorkbooks.warned(index));
		ReviewService review = this.portal.warehouse().bean(ReviewService.class);
		review.explain(SchoolWorkbooks.YEAR, school, "W-INCOME-RANGE", null, "两名毕业生为外派工程师，已核对劳动合同",
				Reviewer.school("pb-clerk-" + index, school), null);
		review.certify(SchoolWorkbooks.YEAR, school, Reviewer.school("pb-head-" + index, school), null);
		return school;
	}

	@Test
	void theProvinceReturnsOneApprovesAnotherAndAnOfficialDownloadsTheReport() throws Exception {
		String returned = certified(RETURNED);
		String approved = certified(APPROVED);
		String returnedName = SampleSchools.schoolName(SchoolWorkbooks.SEED, RETURNED);
		String approvedName = SampleSchools.schoolName(SchoolWorkbooks.SEED, APPROVED);
		String province = this.portal.account("pb-province", Role.PROVINCE_ADMIN, null, null, null);
		String official = this.portal.account("pb-official-" + APPROVED, Role.OFFICIAL, null, null,
				new OfficialScope(true, List.of(), List.of(), List.of(approved)));
		try (Browser browser = new Browser(this.portal.baseUrl())) {
			browser.login(province, Portal.PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/review");
			assertThat(browser.text()).contains("报送与审核情况", "按办学类型", approvedName);
			browser.screenshot("11-province-board");
			browser.followText("待审核");
			assertThat(browser.text()).contains(returnedName, approvedName);
			browser.screenshot("12-province-queue");

			browser.follow(browser.driver().findElement(By.linkText(returnedName)));
			assertThat(browser.text()).contains("审核状态", "下载反馈表", "两名毕业生为外派工程师", "审核记录");
			browser.screenshot("13-province-school-year");
			browser.clickText("下载反馈表");
			assertThat(Files.readAllBytes(browser.awaitDownload("_校验结果.xlsx"))).startsWith('P', 'K');
			browser.click("#return");
			assertThat(browser.text()).as("the reason is required: the browser keeps the form").doesNotContain("已退回");
			browser.type("#return-reason", "月收入45万元明显异常，请附劳动合同后重新确认");
			browser.click("#return");
			browser.waitForText("状态由“待审核”变为“已退回”");
			browser.screenshot("14-province-returned");

			browser.followText("待审核");
			browser.follow(browser.driver().findElement(By.linkText(approvedName)));
			browser.click("#approve");
			browser.waitForText("状态由“待审核”变为“已审核”");
			assertThat(browser.driver().findElements(By.id("unlock"))).isNotEmpty();
			browser.screenshot("15-province-approved");

			browser.followText("报送情况");
			browser.click("#report-run");
			new WebDriverWait(browser.driver(), Duration.ofMinutes(4)).until((driver) -> {
				browser.open("/review");
				return browser.text().contains("年度报告已生成");
			});
			browser.screenshot("16-province-reports-done");
			browser.logout();

			String clerk = this.portal.account("pb-returned-clerk", Role.SCHOOL_CLERK, returned, null, null);
			browser.login(clerk, Portal.PASSWORD);
			assertThat(browser.text()).contains("本校数据已被退回");
			browser.followText("说明与确认");
			assertThat(browser.text()).contains("月收入45万元明显异常，请附劳动合同后重新确认", "退回与解锁记录");
			browser.screenshot("17-school-returned");
			browser.logout();

			browser.login(official, Portal.PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/official");
			assertThat(browser.text()).contains("省级报告", approvedName).doesNotContain(returnedName);
			browser.screenshot("18-official-reports");
			browser.driver()
				.findElement(By.xpath("//tr[contains(., '" + approvedName + "')]//a[normalize-space(.)='PDF']"))
				.click();
			Path schoolPdf = browser.awaitDownload(".pdf");
			assertThat(schoolPdf.getFileName().toString()).contains(approved);
			assertThat(new String(Files.readAllBytes(schoolPdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo("%PDF-");
			Files.delete(schoolPdf);
			browser.driver().findElement(By.xpath("//tr[contains(., '省级报告')]//a[normalize-space(.)='PDF']")).click();
			Path pdf = browser.awaitDownload(".pdf");
			assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo("%PDF-");
		}
	}

}
