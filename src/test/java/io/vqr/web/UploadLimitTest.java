package io.vqr.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vqr.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over the limit, through the real Tomcat as a browser sends them (MockMvc has no
 * multipart parsing to fail): the school stays logged in and reads the limit in Chinese,
 * whether the file is a little over it (the page's own check) or far over it (turned away
 * by its length before anything parses it). Before, a request over 51 MB failed inside
 * the CSRF check and looked like an expired session.
 */
class UploadLimitTest {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	final Portal portal = Portal.get();

	@ParameterizedTest(name = "{0} MB")
	@ValueSource(doubles = { 50.5, 52, 120 })
	void anUploadOverTheLimitIsRefusedWithTheLimitInChinese(double megabytes) throws Exception {
		String username = this.portal.account("limit-clerk", Role.SCHOOL_CLERK,
				SchoolWorkbooks.get().school(0).schoolCode(), null, null);
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = get(client, "/login").body();
		HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(Portal.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		String home = get(client, "/school").body();

		byte[] file = new byte[(int) (megabytes * 1024 * 1024)];
		Arrays.fill(file, (byte) 'x');
		String boundary = "----vqr" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(home) + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> upload = client.send(HttpRequest.newBuilder(uri("/school/upload"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());

		String page;
		if (upload.statusCode() == 302) {
			String location = upload.headers().firstValue("Location").orElseThrow();
			assertThat(location).as("not the login page of an expired session").endsWith("/school?tooLarge");
			page = get(client, location.replaceFirst("^https?://[^/]+", "")).body();
		}
		else {
			assertThat(upload.statusCode()).isEqualTo(200);
			page = upload.body();
		}
		assertThat(page).contains("文件没有提交", "文件超过 50 MB 的上限").doesNotContain("登录已超时", "name=\"password\"");
		assertThat(get(client, "/school").statusCode()).as("still logged in").isEqualTo(200);
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create(this.portal.baseUrl() + path);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

}
