package io.vqr.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.vqr.accounts.Role;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school's pages on real sample workbooks: upload a file the rules reject, read its
 * findings and feedback, upload the good one; refusals of another school's file and of
 * what is not a workbook; the format taken from the content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolPagesTest {

	final Portal portal = Portal.get();

	final SchoolWorkbooks samples = SchoolWorkbooks.get();

	PortalUser clerkA;

	PortalUser clerkB;

	PortalUser clerkXls;

	@BeforeAll
	void accounts() {
		this.clerkA = Users.of(this.portal, "pages-a", Role.SCHOOL_CLERK, this.samples.school(0).schoolCode());
		this.clerkB = Users.of(this.portal, "pages-b", Role.SCHOOL_CLERK, this.samples.school(2).schoolCode());
		this.clerkXls = Users.of(this.portal, "pages-xls", Role.SCHOOL_CLERK, this.samples.school(4).schoolCode());
	}

	@Test
	void aRejectedFileShowsItsFindingsThenTheFixedOneIsAccepted() throws Exception {
		long rejected = upload(this.clerkA, "本校数据.xlsx", this.samples.broken(0));
		assertThat(fileStatus(rejected)).isEqualTo("REJECTED");
		String page = page(this.clerkA, "/school/files/" + rejected);
		assertThat(page).contains("文件未通过校验", "很多", "错误");
		MockHttpServletResponse feedback = this.portal.mvc()
			.perform(get("/school/files/" + rejected + "/feedback").with(user(this.clerkA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(feedback.getContentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(feedback.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(feedback.getContentAsByteArray()).startsWith('P', 'K');

		long accepted = upload(this.clerkA, "本校数据（改正）.xlsx", this.samples.bytes(0));
		assertThat(fileStatus(accepted)).startsWith("ACCEPTED");
		String home = page(this.clerkA, "/school");
		assertThat(home).contains("本校数据.xlsx", "本校数据（改正）.xlsx", "未通过校验");
	}

	@Test
	void anotherSchoolsFileIsRefusedAndNothingIsKept() throws Exception {
		int before = submissions();
		String page = this.portal.mvc()
			.perform(multipart("/school/upload").file(file("b.xlsx", this.samples.bytes(2)))
				.with(user(this.clerkA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("文件没有提交", "不是本校的学校代码 " + this.samples.school(0).schoolCode(),
				this.samples.school(2).schoolCode());
		assertThat(submissions()).isEqualTo(before);
	}

	@Test
	void whatIsNotAWorkbookIsRefusedWhateverItsName() throws Exception {
		String page = this.portal.mvc()
			.perform(multipart("/school/upload")
				.file(file("data.xlsx", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.with(user(this.clerkA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("不是 Excel 工作簿").doesNotContain("<script>alert(1)");
	}

	@Test
	void theContentDecidesTheFormatNotTheName() throws Exception {
		long id = upload(this.clerkXls, "数据.xlsx", this.samples.bytes(4));
		assertThat(fileStatus(id)).startsWith("ACCEPTED");
		assertThat(this.portal.jdbc()
			.queryForObject("select file_name from submission where submission_id = ?", String.class, id))
			.isEqualTo("数据.xls");
	}

	@Test
	void anotherSchoolsFilesAreNotFound() throws Exception {
		long own = upload(this.clerkB, "b.xlsx", this.samples.bytes(2));
		this.portal.mvc().perform(get("/school/files/" + own).with(user(this.clerkB))).andExpect(status().isOk());
		this.portal.mvc().perform(get("/school/files/" + own).with(user(this.clerkA))).andExpect(status().isNotFound());
		this.portal.mvc()
			.perform(get("/school/files/" + own + "/feedback").with(user(this.clerkA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTemplateIsTheYearsWorkbook() throws Exception {
		MockHttpServletResponse template = this.portal.mvc()
			.perform(get("/school/template").with(user(this.clerkA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(template.getHeader("Content-Disposition")).contains("attachment");
		assertThat(template.getContentAsByteArray()).startsWith('P', 'K');
	}

	long upload(PortalUser who, String name, byte[] content) throws Exception {
		MvcResult result = this.portal.mvc()
			.perform(multipart("/school/upload").file(file(name, content)).with(user(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/school/files/");
		return Long.parseLong(location.substring("/school/files/".length()).replaceFirst("\\?.*", ""));
	}

	String page(PortalUser who, String url) throws Exception {
		return this.portal.mvc()
			.perform(get(url).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String fileStatus(long id) {
		return this.portal.jdbc()
			.queryForObject("select status from submission where submission_id = ?", String.class, id);
	}

	int submissions() {
		return this.portal.jdbc().queryForObject("select count(*) from submission", Integer.class);
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

}
