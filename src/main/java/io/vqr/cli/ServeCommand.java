package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import io.vqr.web.PortalApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.WebApplicationType;

/**
 * {@code serve}: the web portal on the warehouse. With the embedded database this process
 * owns the data folder, so it also runs the job files' schedule (what {@code schedule}
 * would); with a PostgreSQL URL {@code schedule} may run apart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Runs the web portal (docs/portal.md): schools upload and fix their workbooks, explain and",
				"certify; reviewers approve or return; officials download reports. Accounts: 'vqr user'.",
				"With the embedded database it also runs the job files of --jobs on their cron (as 'schedule')." })
public class ServeCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

	@Spec
	CommandSpec spec;

	@Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
			description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
	int port;

	@Option(names = "--address", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
			description = "address to listen on (default ${DEFAULT-VALUE}: put a TLS proxy in front; 0.0.0.0 for all)")
	String address;

	@Option(names = "--reports", defaultValue = "reports", paramLabel = "DIR",
			description = "folder of the rendered reports officials download and the report run writes "
					+ "(default ${DEFAULT-VALUE})")
	Path reports;

	@Option(names = "--jobs", defaultValue = "jobs", paramLabel = "DIR",
			description = "folder of job files scheduled with the embedded database (default ${DEFAULT-VALUE})")
	Path jobs;

	@Option(names = "--year", paramLabel = "Y",
			description = "the reporting year schools submit for (default: the latest year with files, else last year)")
	Integer year;

	@Option(names = "--no-schedule", description = "do not run the job files' schedule in this process")
	boolean noSchedule;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		if (this.port < 0 || this.port > 65535) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "--port must be 0–65535");
		}
		boolean schedule = !this.noSchedule && this.database.externalUrl().isEmpty() && Files.isDirectory(this.jobs);
		List<JobDefinition> definitions = schedule ? JobFiles.loadAll(this.spec, this.jobs) : List.of();
		Map<String, Object> properties = new HashMap<>(JobFiles.warehouseProperties(this.spec, definitions));
		properties.put("server.port", this.port);
		properties.put("server.address", this.address);
		if (this.year != null) {
			Years.check(this.spec, this.year);
			properties.put("vqr.portal.year", this.year);
		}
		properties.put("vqr.portal.reports-dir", this.reports.toAbsolutePath().normalize().toString());
		properties.put("spring.main.register-shutdown-hook", "false");
		properties.put("logging.register-shutdown-hook", "false");
		PrintWriter out = this.spec.commandLine().getOut();
		Warehouse warehouse = Warehouse.open(this.database, properties, PortalApplication.class,
				WebApplicationType.SERVLET);
		JobScheduler scheduler = null;
		if (schedule && !definitions.isEmpty()) {
			DefinedJobRunner runner = new DefinedJobRunner(warehouse, JobFiles.REPORTS);
			scheduler = new JobScheduler(definitions, (job, work) -> runner.run(job, work, out),
					Duration.ofMinutes(15));
			int schedules = scheduler.start();
			log.info("Scheduling {} job file(s) from {} ({} schedule(s))", definitions.size(), this.jobs, schedules);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		JobScheduler running = scheduler;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log.info("Stopping the portal");
			if (running != null) {
				running.stop(Duration.ofSeconds(120));
			}
			try {
				warehouse.close();
			}
			catch (java.io.IOException | RuntimeException ex) {
				log.warn("Closing the warehouse: {}", ex.getMessage());
			}
			stopped.countDown();
		}, "vqr-serve-stop"));
		String port = warehouse.context().getEnvironment().getProperty("local.server.port", "" + this.port);
		out.printf("The portal is at http://%s:%s/ (stop with Ctrl-C)%n", this.address, port);
		out.flush();
		stopped.await();
		return 0;
	}

}
