package io.vqr.jobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What the jobs share: the threads their partitions run on, one per core unless
 * {@code vqr.workers} says otherwise, and the JIT compiler's setting while reports run.
 */
@Configuration
public class JobsConfiguration {

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

	@Bean
	QuickCompilation quickCompilation(@Value("${vqr.quick-compilation:true}") boolean enabled) {
		return new QuickCompilation(enabled);
	}

}
