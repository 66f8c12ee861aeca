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
 * Runs jobs in one of two ways.
 * <ul>
 * <li>{@link #run}: so that running it again after any stop continues it: one process at
 * a time per job and identifying parameters (a PostgreSQL advisory lock, so it holds
 * across machines sharing a database); executions a killed process left "running" are
 * marked failed; a failed or stopped execution is restarted (Spring Batch skips its
 * completed steps and partitions); otherwise a new run starts. For the report job, whose
 * work is files in one folder.
 * <li>{@link #runAlongside}: a new job instance every time, in as many processes at once
 * as wish, for a job whose work is claimed in the database (the ingest): nothing needs
 * restarting, the next run takes over what a stopped one left.
 * </ul>
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

	/**
	 * Advisory lock space (two-int form) of the runs started by {@link #runAlongside}:
	 * each run's process holds the lock of its run number while the run lasts, so an
	 * execution still marked running whose lock is free was left by a process that
	 * stopped.
	 */
	static final int RUN_LOCK_SPACE = 0x76717202;

	/**
	 * Runs a job as a new instance, whatever else runs: other processes may run the same
	 * job with the same identifying parameters at the same time. Executions of the job
	 * that processes which stopped left marked running are marked failed first.
	 * @param identifying what the work is (year, inbox, ...), without {@link #RUN}
	 * @param other non-identifying parameters of this launch
	 */
	public JobExecution runAlongside(Job job, JobParameters identifying, JobParameters other) throws Exception {
		try (Connection session = this.dataSource.getConnection()) {
			session.setAutoCommit(true);
			long run = nextRun(session);
			lock(session, run, true);
			try {
				abandonStoppedRuns(session, job.getName());
				JobParametersBuilder builder = new JobParametersBuilder(other);
				identifying.getParameters().forEach(builder::addJobParameter);
				builder.addLong(RUN, run);
				return this.launcher.run(job, builder.toJobParameters());
			}
			finally {
				lock(session, run, false);
			}
		}
	}

	private static long nextRun(Connection session) throws SQLException {
		try (PreparedStatement statement = session.prepareStatement("select nextval('job_run_seq')");
				ResultSet row = statement.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	/** Takes (blocking) or releases this session's lock of a run number. */
	private static void lock(Connection session, long run, boolean take) throws SQLException {
		try (PreparedStatement statement = session
			.prepareStatement(take ? "select pg_advisory_lock(?, ?)" : "select pg_advisory_unlock(?, ?)")) {
			statement.setInt(1, RUN_LOCK_SPACE);
			statement.setInt(2, (int) run);
			statement.execute();
		}
	}

	private static boolean tryLock(Connection session, long run) throws SQLException {
		try (PreparedStatement statement = session.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
			statement.setInt(1, RUN_LOCK_SPACE);
			statement.setInt(2, (int) run);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private void abandonStoppedRuns(Connection session, String jobName) throws SQLException {
		for (JobExecution execution : this.explorer.findRunningJobExecutions(jobName)) {
			Long run = execution.getJobParameters().getLong(RUN);
			if (run == null || !tryLock(session, run)) {
				continue;
			}
			try {
				abandonStale(execution);
			}
			catch (RuntimeException ex) {
				// Another process marked it at the same moment.
				log.debug("Execution {} not marked: {}", execution.getId(), ex.toString());
			}
			finally {
				lock(session, run, false);
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
	 * lets us restart it, and so it no longer shows as running.
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
