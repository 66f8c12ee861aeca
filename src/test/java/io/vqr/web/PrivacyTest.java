package io.vqr.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.vqr.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A file whose graduate has a wrong ID number: the finding shows it masked on the
 * school's and the reviewer's pages, and the number is in no page, URL or log line.
 */
class PrivacyTest {

	/** A well-formed number with a wrong check character (the right one is X). */
	static final String ID = "110105194912310021";

	final Portal portal = Portal.get();

	final SchoolWorkbooks samples = SchoolWorkbooks.get();

	@Test
	void anIdNumberIsMaskedOnEveryPageAndInNoLog() throws Exception {
		String school = this.samples.school(0).schoolCode();
		PortalUser clerk = Users.of(this.portal, "privacy-clerk", Role.SCHOOL_CLERK, school);
		PortalUser province = Users.of(this.portal, "privacy-province", Role.PROVINCE_ADMIN, null);
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		root.addAppender(log);
		List<String> pages;
		long id;
		try {
			id = Uploads.upload(this.portal, clerk, "ids.xlsx", this.samples.withIdNumber(0, ID));
			pages = List.of(page(clerk, "/school/files/" + id), page(clerk, "/school"), page(province, "/review"),
					page(province, "/review/" + SchoolWorkbooks.YEAR + "/" + school), page(province, "/admin/accounts"),
					page(clerk, "/school/review"), page(clerk, "/school/confirmation"));
		}
		finally {
			root.detachAppender(log);
		}
		assertThat(pages.get(0)).as("the finding is shown, masked").contains("110105********0021");
		for (String page : pages) {
			assertThat(page).doesNotContain(ID).doesNotContain("11010519491231");
		}
		assertThat(log.list).isNotEmpty();
		assertThat(log.list).allSatisfy((event) -> assertThat(event.getFormattedMessage()).doesNotContain(ID));
		assertThat(this.portal.jdbc()
			.queryForObject("select count(*) from finding where submission_id = ? and value_masked like '%" + ID + "%'",
					Integer.class, id))
			.isZero();
	}

	String page(PortalUser who, String url) throws Exception {
		return this.portal.mvc()
			.perform(get(url).with(user(who)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
