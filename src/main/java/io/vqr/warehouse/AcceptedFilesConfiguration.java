package io.vqr.warehouse;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link PublishAtOnce} unless the application declares another {@link AcceptedFiles}
 * (review's). An auto-configuration (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports},
 * and so left out of component scanning): Spring Boot evaluates it after every bean of
 * the application is known, which is what makes the condition reliable.
 */
@AutoConfiguration
public class AcceptedFilesConfiguration {

	@Bean
	@ConditionalOnMissingBean(AcceptedFiles.class)
	PublishAtOnce publishAtOnce(Publisher publisher) {
		return new PublishAtOnce(publisher);
	}

}
