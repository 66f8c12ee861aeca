package io.vqr.ops.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.jobs.JobBusyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler fires each job's work on its cron and goes on after a run that fails: the
 * next tick runs it again.
 */
class JobSchedulerTest {

	@TempDir
	Path dir;

	@Test
	void firesOnTheCronAndSurvivesAFailingRun() throws Exception {
		JobDefinition job = job("every-second", "* * * * * *", null);
		AtomicInteger calls = new AtomicInteger();
		List<JobWork> done = new CopyOnWriteArrayList<>();
		CountDownLatch twoSucceeded = new CountDownLatch(2);
		JobScheduler scheduler = new JobScheduler(List.of(job), (definition, work) -> {
			int call = calls.incrementAndGet();
			if (call == 1) {
				throw new IllegalStateException("database down");
			}
			if (call == 2) {
				throw new JobBusyException("another process is already running ingest");
			}
			done.add(work);
			twoSucceeded.countDown();
			return new RunOutcome(definition.name(), work, true, Map.of(), Optional.empty(), Duration.ZERO,
					Optional.empty());
		});
		try {
			assertThat(scheduler.start()).isEqualTo(1);
			assertThat(twoSucceeded.await(30, TimeUnit.SECONDS)).as("runs after the failed ones").isTrue();
		}
		finally {
			scheduler.stop(Duration.ofSeconds(10));
		}
		assertThat(calls.get()).isGreaterThanOrEqualTo(4);
		assertThat(done).containsOnly(JobWork.INGEST);
		int afterStop = calls.get();
		Thread.sleep(1500);
		assertThat(calls.get()).as("no run after stop").isEqualTo(afterStop);
	}

	@Test
	void ingestOutsideTheSubmissionWindowDoesNothing() throws Exception {
		JobDefinition closed = job("closed", "* * * * * *", "2000-01-01");
		AtomicInteger calls = new AtomicInteger();
		JobScheduler scheduler = new JobScheduler(List.of(closed), (definition, work) -> {
			calls.incrementAndGet();
			return null;
		});
		scheduler.tick(closed, JobWork.INGEST);
		assertThat(calls.get()).isZero();
		scheduler.tick(closed, JobWork.REPORT);
		assertThat(calls.get()).as("reports run whatever the window").isEqualTo(1);
	}

	private JobDefinition job(String name, String cron, String windowUntil) throws IOException {
		Files.createDirectories(this.dir.resolve("in"));
		Files.createDirectories(this.dir.resolve("out"));
		Path file = this.dir.resolve(name + ".yaml");
		Files.writeString(file, "year: 2024\nfolders: {inbox: in, output: out}\nschedule:\n  ingest: \"" + cron + "\"\n"
				+ ((windowUntil != null) ? "  window: {until: " + windowUntil + "}\n" : ""));
		return JobDefinitions.load(file);
	}

}
