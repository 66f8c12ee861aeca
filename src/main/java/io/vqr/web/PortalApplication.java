package io.vqr.web;

import io.vqr.app.VqrApplication;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.PropertySource;

/**
 * The Spring context of {@code vqr serve}: everything the batch commands have (the same
 * warehouse, jobs and review) plus the web portal: Spring MVC with Thymeleaf pages and
 * Spring Security. {@link VqrApplication} is the batch commands' own and stays out of
 * this context (its exclusions would switch the web off).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = { ApplicationAvailabilityAutoConfiguration.class, HttpClientAutoConfiguration.class,
		JdbcClientAutoConfiguration.class, ProjectInfoAutoConfiguration.class, RestClientAutoConfiguration.class,
		RestTemplateAutoConfiguration.class, SqlInitializationAutoConfiguration.class,
		TaskSchedulingAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ComponentScan(basePackages = "io.vqr",
		excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = VqrApplication.class) })
@PropertySource("classpath:portal/portal.properties")
public class PortalApplication {

}
