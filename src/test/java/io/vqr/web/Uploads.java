package io.vqr.web;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A school's upload through the portal, as the page posts it. */
final class Uploads {

	private Uploads() {
	}

	/**
	 * Uploads and returns the id of the file's outcome page (an earlier one for a
	 * duplicate).
	 */
	static long upload(Portal portal, PortalUser who, String name, byte[] content) throws Exception {
		MvcResult result = portal.mvc()
			.perform(multipart("/school/upload")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(user(who))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/school/files/");
		return Long.parseLong(location.substring("/school/files/".length()).replaceFirst("\\?.*", ""));
	}

}
