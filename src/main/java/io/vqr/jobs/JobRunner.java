package io.vqr.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameter;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a job so that running it again after any stop continues it: one process at a time
 * per job and identifying parameters (a PostgreSQL advisory lock, so it holds across
 * machines sharing a database); executions a killed process left "running" are marked
 * failed; a failed or stopped execution is restarted (Spring Batch skips its completed
 * steps and partitions); otherwise a new run starts.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	/**
	 * The identifying parameter that makes a new instance once the previous one
	 * completed.
	 */
	public static final String RUN = "run";

	private final JobLauncher launcher;

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final DataSource dataSource;

	public JobRunner(JobLauncher launcher, JobExplorer explorer, JobRepository repository, DataSource dataSource) {
		this.launcher = launcher;
		this.explorer = explorer;
		this.repository = repository;
		this.dataSource = dataSource;
	}

	/**
	 * @param identifying what makes the work the same work (year, inbox, ...), without
	 * {@link #RUN}
	 * @param other non-identifying parameters of this launch (output folders, summary
	 * file)
	 * @throws JobBusyException when the same job with the same identifying parameters is
	 * running elsewhere
	 */
	public JobExecution run(Job job, JobParameters identifying, JobParameters other) throws Exception {
		String lockKey = job.getName() + identifying.getParameters()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getKey() + "=" + entry.getValue().getValue())
			.toList();
		try (Connection lockConnection = this.dataSource.getConnection()) {
			if (!tryLock(lockConnection, lockKey)) {
				throw new JobBusyException("another process is already running " + job.getName() + " with "
						+ describe(identifying) + "; wait for it to finish (see 'status'), then run again");
			}
			try {
				JobParameters parameters = parametersFor(job, identifying, other);
				return this.launcher.run(job, parameters);
			}
			finally {
				unlock(lockConnection, lockKey);
			}
		}
	}

	private JobParameters parametersFor(Job job, JobParameters identifying, JobParameters other) {
		Optional<JobExecution> last = lastExecution(job.getName(), identifying);
		JobParametersBuilder builder = new JobParametersBuilder(other);
		identifying.getParameters().forEach(builder::addJobParameter);
		if (last.isPresent()) {
			JobExecution execution = last.get();
			if (execution.getStatus().isRunning()) {
				abandonStale(execution);
			}
			BatchStatus status = execution.getStatus();
			if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
				log.info("Restarting {} run {} (execution {} ended {}): completed work is kept", job.getName(),
						execution.getJobParameters().getLong(RUN), execution.getId(), status);
				builder.addLong(RUN, execution.getJobParameters().getLong(RUN));
				return builder.toJobParameters();
			}
		}
		builder.addLong(RUN, System.currentTimeMillis());
		return builder.toJobParameters();
	}

	/**
	 * The latest execution of the latest instance whose identifying parameters (other
	 * than run) match.
	 */
	private Optional<JobExecution> lastExecution(String jobName, JobParameters identifying) {
		List<JobInstance> instances = this.explorer.findJobInstancesByJobName(jobName, 0, 200);
		for (JobInstance instance : instances) {
			Optional<JobExecution> latest = this.explorer.getJobExecutions(instance)
				.stream()
				.max(Comparator.comparing(JobExecution::getId));
			if (latest.isPresent() && sameWork(latest.get().getJobParameters(), identifying)) {
				return latest;
			}
		}
		return Optional.empty();
	}

	private static boolean sameWork(JobParameters candidate, JobParameters identifying) {
		Map<String, Object> wanted = new TreeMap<>();
		identifying.getParameters().forEach((key, value) -> wanted.put(key, value.getValue()));
		Map<String, Object> found = new TreeMap<>();
		candidate.getParameters().forEach((key, value) -> {
			if (value.isIdentifying() && !key.equals(RUN)) {
				found.put(key, value.getValue());
			}
		});
		return Objects.equals(wanted, found);
	}

	/**
	 * We hold the lock, so an execution still marked running belongs to a process that
	 * died (kill -9, power loss): mark it and its running steps failed so Spring Batch
	 * lets us restart it.
	 */
	private void abandonStale(JobExecution execution) {
		log.warn("{} execution {} was left running by a process that stopped; marking it failed to restart it",
				execution.getJobInstance().getJobName(), execution.getId());
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(step.getExitStatus().and(org.springframework.batch.core.ExitStatus.FAILED));
				step.setEndTime(now);
				this.repository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED.addExitDescription("process died"));
		execution.setEndTime(now);
		this.repository.update(execution);
	}

	private static String describe(JobParameters parameters) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, JobParameter<?>> entry : parameters.getParameters().entrySet()) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(entry.getKey()).append('=').append(entry.getValue().getValue());
		}
		return text.toString();
	}

	private static boolean tryLock(Connection connection, String key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
			statement.setString(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void unlock(Connection connection, String key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
			statement.setString(1, key);
			statement.execute();
		}
	}

}
