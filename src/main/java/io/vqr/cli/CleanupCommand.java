package io.vqr.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.ops.cleanup.ArchiveCleanup;
import io.vqr.ops.cleanup.ArchiveCleanup.RemovedFile;
import io.vqr.ops.cleanup.BatchMetadataCleanup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cleanup}: retention of job metadata and archived workbooks. */
@Command(name = "cleanup", mixinStandardHelpOptions = true,
		description = { "Removes Spring Batch job metadata of runs that ended more than DAYS ago (never a running one)",
				"and archived workbooks older than DAYS that no longer count: superseded versions and rejected",
				"files a later file replaced. The warehouse keeps every accepted version's data, the registry and",
				"the findings. Prints what it removed; --dry-run only prints." })
public class CleanupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--older-than", required = true, paramLabel = "DAYS", description = "age in days")
	int days;

	@Option(names = "--dry-run", description = "print what would be removed, remove nothing")
	boolean dryRun;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		if (this.days < 1) {
			throw new ParameterException(this.spec.commandLine(),
					"--older-than must be at least 1 day, not " + this.days);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		String verb = this.dryRun ? "Would remove" : "Removed";
		try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
			Map<String, Integer> rows = warehouse.bean(BatchMetadataCleanup.class)
				.remove(LocalDateTime.now().minusDays(this.days), this.dryRun);
			out.printf("%s job metadata of runs ended before %d day(s) ago:%n", verb, this.days);
			rows.forEach((table, count) -> out.printf("  %-30s %6d row(s)%n", table, count));
			List<RemovedFile> files = warehouse.bean(ArchiveCleanup.class)
				.remove(OffsetDateTime.now().minusDays(this.days), this.dryRun);
			long bytes = files.stream().mapToLong(RemovedFile::bytes).sum();
			out.printf("%s %d archived workbook(s), %,d bytes:%n", verb, files.size(), bytes);
			for (RemovedFile file : files) {
				out.printf("  %d %s %s %s (%s)%n", file.year(), (file.schoolCode() != null) ? file.schoolCode() : "-",
						file.status(), file.fileName(), file.path());
			}
			out.flush();
		}
		return 0;
	}

}
