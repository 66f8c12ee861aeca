package io.vqr.jobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What the jobs share: the threads their partitions run on, one per core unless
 * {@code vqr.workers} says otherwise.
 */
@Configuration
public class JobsConfiguration {

	/** DefaultBatchConfiguration's bean that registers every Job bean at start-up. */
	private static final String JOB_REGISTRY_INITIALIZER = "jobRegistrySmartInitializingSingleton";

	/** The number of partitions a job splits its work into. */
	public static int workers(int configured) {
		return (configured > 0) ? configured : Runtime.getRuntime().availableProcessors();
	}

	@Bean
	ThreadPoolTaskExecutor partitionTaskExecutor(@Value("${vqr.workers:0}") int configured) {
		int threads = workers(configured);
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("worker-");
		executor.initialize();
		return executor;
	}

	/**
	 * Jobs are looked up by bean name, so Spring Batch need not register every job when
	 * the context starts: doing so created the report job's renderers (fonts, templates)
	 * in every ingest. The report job's configuration and components are {@code @Lazy},
	 * and the registry still learns of a job when it is created.
	 */
	@Bean
	static BeanDefinitionRegistryPostProcessor jobsCreatedOnDemand() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				if (registry.containsBeanDefinition(JOB_REGISTRY_INITIALIZER)) {
					registry.removeBeanDefinition(JOB_REGISTRY_INITIALIZER);
				}
			}

			@Override
			public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			}

		};
	}

}
