package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.ops.jobs.DefinedJobRunner;
import io.vqr.ops.jobs.JobDefinition;
import io.vqr.ops.jobs.JobScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schedule}: the long-running scheduler of every job file in a folder, on one
 * warehouse opened once.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
		description = { "Runs every job file of a folder on its own cron (ingest during the submission window, reports",
				"and delivery at the deadline) until stopped with Ctrl-C or SIGTERM. A failed run is logged and",
				"continued by the next one. 'status' works meanwhile from another terminal." })
public class ScheduleCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

	@Spec
	CommandSpec spec;

	@Option(names = "--jobs", defaultValue = "jobs", paramLabel = "DIR",
			description = "folder of job files (*.yaml; default ${DEFAULT-VALUE})")
	Path jobs;

	@Option(names = "--grace", defaultValue = "120", paramLabel = "SECONDS",
			description = "on stop, how long a running job may take to finish (default ${DEFAULT-VALUE})")
	long grace;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		List<JobDefinition> definitions = JobFiles.loadAll(this.spec, this.jobs);
		Map<String, Object> properties = new HashMap<>(JobFiles.warehouseProperties(this.spec, definitions));
		// The scheduler's own shutdown hook stops the runs first, then closes the
		// context;
		// logging stays on until then.
		properties.put("spring.main.register-shutdown-hook", "false");
		properties.put("logging.register-shutdown-hook", "false");
		PrintWriter out = this.spec.commandLine().getOut();
		Warehouse warehouse = Warehouse.open(this.database, properties);
		DefinedJobRunner runner = new DefinedJobRunner(warehouse, JobFiles.REPORTS);
		JobScheduler scheduler = new JobScheduler(definitions, (job, work) -> runner.run(job, work, out));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log.info("Stopping the schedule: no new runs; waiting up to {} s for running ones", this.grace);
			scheduler.stop(Duration.ofSeconds(this.grace));
			log.info("Schedule stopped; closing the warehouse");
			try {
				warehouse.close();
			}
			catch (java.io.IOException | RuntimeException ex) {
				log.warn("Closing the warehouse: {}", ex.getMessage());
			}
			stopped.countDown();
		}, "vqr-schedule-stop"));
		int schedules = scheduler.start();
		log.info("Scheduling {} job file(s) from {} ({} schedule(s)); stop with Ctrl-C or SIGTERM", definitions.size(),
				this.jobs, schedules);
		stopped.await();
		return 0;
	}

}
