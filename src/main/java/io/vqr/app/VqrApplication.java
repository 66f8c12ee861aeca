package io.vqr.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
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
 * schema) are left out: they cost every start about 0.12 s.
 */
@SpringBootApplication(scanBasePackages = "io.vqr", exclude = { ApplicationAvailabilityAutoConfiguration.class,
		HttpClientAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		JdbcClientAutoConfiguration.class, ProjectInfoAutoConfiguration.class, RestClientAutoConfiguration.class,
		RestTemplateAutoConfiguration.class, SqlInitializationAutoConfiguration.class, SslAutoConfiguration.class,
		TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class })
public class VqrApplication {

}
