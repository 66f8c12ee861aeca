package io.vqr.web.school;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.workbook.ReadLimits;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The upload limit, said in Chinese whatever the size. The servlet container's multipart
 * limit sits just above the workbook limit ({@code vqr.limits.max-file-mb}) plus the
 * form, so a file a little over the limit is parsed and refused by the upload page
 * itself. A request larger than that would fail while the container parses it — and the
 * first to parse it is the CSRF check, which then finds no token and sends the school to
 * the login page as if its session had expired. So a larger request is turned away by its
 * declared length before anything reads it, to the school page that names the limit;
 * Tomcat drains the unread body ({@code server.tomcat.max-swallow-size}) so that the
 * browser sees the redirect rather than a reset connection.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeLimit {

	private static final Logger log = LoggerFactory.getLogger(UploadSizeLimit.class);

	/** Room for the form's other fields and the multipart framing. */
	static final long FORM_ALLOWANCE = 1024 * 1024;

	static final String UPLOAD_PATH = "/school/upload";

	/** The Chinese refusal that names the limit. */
	static String tooLarge(ReadLimits limits) {
		return "文件超过 " + limits.maxFileBytes() / (1024 * 1024) + " MB 的上限，没有提交。请删除多余的工作表、图片或空行，"
				+ "或另存为 .xlsx 格式（通常小得多）后再上传。";
	}

	@Bean
	MultipartConfigElement portalMultipartConfig(ReadLimits limits) {
		return new MultipartConfigElement("", -1, limits.maxFileBytes() + FORM_ALLOWANCE, 1024 * 1024);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadSizeFilter(ReadLimits limits) {
		long largest = limits.maxFileBytes() + FORM_ALLOWANCE;
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if ("POST".equals(request.getMethod()) && UPLOAD_PATH.equals(path)
						&& request.getContentLengthLong() > largest) {
					log.info("Upload of {} bytes refused before reading: over the limit of {} bytes",
							request.getContentLengthLong(), largest);
					response.sendRedirect(request.getContextPath() + "/school?tooLarge");
					return;
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(UPLOAD_PATH);
		// before Spring Security's filters (order -100), whose CSRF check reads the body
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
