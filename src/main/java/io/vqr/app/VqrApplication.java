package io.vqr.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration;

/**
 * The Spring context of the commands that need the warehouse. Started by
 * {@link Warehouse#open}, never by a bare {@code SpringApplication.run}: the command line
 * decides first whether a database is needed at all.
 * <p>
 * Auto-configurations for what vqr does not use (HTTP clients and converters, a shared
 * Jackson mapper, Spring's task executor and scheduler, SQL init scripts: Flyway owns the
 * schema) are left out: they cost every start about 0.12 s. So are the web portal's
 * classes and auto-configurations (servlet, Thymeleaf views, Spring Security): a batch
 * command starts no web server and loads none of it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = { ApplicationAvailabilityAutoConfiguration.class, HttpClientAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		ProjectInfoAutoConfiguration.class, RestClientAutoConfiguration.class, RestTemplateAutoConfiguration.class,
		SqlInitializationAutoConfiguration.class, SslAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
		TaskSchedulingAutoConfiguration.class, ThymeleafAutoConfiguration.class, SecurityAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
		MultipartAutoConfiguration.class })
@ComponentScan(basePackages = "io.vqr",
		excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@Filter(type = FilterType.REGEX, pattern = VqrApplication.WEB_PACKAGES) })
public class VqrApplication {

	/**
	 * The portal's classes: only {@code serve} (io.vqr.web.PortalApplication) loads them.
	 */
	public static final String WEB_PACKAGES = "io\\.vqr\\.web\\..*";

}
