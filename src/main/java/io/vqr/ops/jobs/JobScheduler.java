package io.vqr.ops.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.jobs.JobBusyException;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs each job's ingest and report on its cron (Spring's {@link ThreadPoolTaskScheduler}
 * and {@link CronTrigger}). A run that fails is logged and the schedule goes on: the next
 * tick runs it again, and the Spring Batch job continues where it stopped. The work of
 * one job never overlaps itself (a report waits for a running ingest); different jobs may
 * run side by side.
 */
public final class JobScheduler implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	/** Does one run of a job's work (the {@link DefinedJobRunner} in production). */
	@FunctionalInterface
	public interface Work {

		RunOutcome run(JobDefinition job, JobWork work) throws Exception;

	}

	private final List<JobDefinition> jobs;

	private final Work work;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final Map<String, ReentrantLock> jobLocks = new HashMap<>();

	public JobScheduler(List<JobDefinition> jobs, Work work) {
		this.jobs = List.copyOf(jobs);
		this.work = work;
		this.scheduler.setPoolSize(Math.max(1, jobs.size()));
		this.scheduler.setThreadNamePrefix("job-");
		this.scheduler.setWaitForTasksToCompleteOnShutdown(true);
		// On stop, a running run may finish; ticks not yet due must not start.
		this.scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
		this.scheduler.setErrorHandler((ex) -> log.error("Scheduled run failed unexpectedly", ex));
		jobs.forEach((job) -> this.jobLocks.put(job.name(), new ReentrantLock()));
	}

	/**
	 * Schedules every job's work.
	 * @return the number of schedules (a job with both crons counts twice)
	 */
	public int start() {
		this.scheduler.initialize();
		int scheduled = 0;
		for (JobDefinition job : this.jobs) {
			JobDefinition.Schedule schedule = job.schedule();
			if (schedule.ingestCron().isPresent()) {
				this.scheduler.schedule(() -> tick(job, JobWork.INGEST),
						new CronTrigger(schedule.ingestCron().get(), schedule.zone()));
				log.info("Job {}: ingest on '{}' ({}){}", job.name(), schedule.ingestCron().get(), schedule.zone(),
						window(schedule));
				scheduled++;
			}
			if (schedule.reportCron().isPresent()) {
				this.scheduler.schedule(() -> tick(job, JobWork.REPORT),
						new CronTrigger(schedule.reportCron().get(), schedule.zone()));
				log.info("Job {}: report and delivery on '{}' ({})", job.name(), schedule.reportCron().get(),
						schedule.zone());
				scheduled++;
			}
			if (schedule.ingestCron().isEmpty() && schedule.reportCron().isEmpty()) {
				log.warn("Job {} has no schedule: (ingest:/report:); it runs only with 'jobrun'", job.name());
			}
		}
		return scheduled;
	}

	/**
	 * One tick: runs the work unless it is an ingest outside the submission window; never
	 * lets a failure stop the schedule.
	 */
	void tick(JobDefinition job, JobWork what) {
		if (what == JobWork.INGEST && !job.schedule().inWindow(LocalDate.now(job.schedule().zone()))) {
			log.debug("Job {}: outside the submission window, no ingest", job.name());
			return;
		}
		ReentrantLock lock = this.jobLocks.get(job.name());
		lock.lock();
		try {
			this.work.run(job, what);
		}
		catch (JobBusyException ex) {
			log.warn("Job {} {} skipped: {}", job.name(), what.name().toLowerCase(Locale.ROOT), ex.getMessage());
		}
		catch (Exception ex) {
			log.error("Job {} {} failed: {}; the next scheduled run continues it", job.name(),
					what.name().toLowerCase(Locale.ROOT), ex.getMessage());
			log.debug("Failure of job " + job.name(), ex);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Stops scheduling and waits for running work up to {@code grace}.
	 */
	public void stop(Duration grace) {
		this.scheduler.setAwaitTerminationMillis(grace.toMillis());
		this.scheduler.shutdown();
	}

	@Override
	public void close() {
		stop(Duration.ofSeconds(60));
	}

	private static String window(JobDefinition.Schedule schedule) {
		if (schedule.windowFrom().isEmpty() && schedule.windowUntil().isEmpty()) {
			return "";
		}
		return ", window " + schedule.windowFrom().map(Object::toString).orElse("…") + " to "
				+ schedule.windowUntil().map(Object::toString).orElse("…");
	}

}
