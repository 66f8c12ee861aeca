package io.vqr.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.warehouse.Archive;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Submission;

/**
 * Finds what is new in an inbox: every workbook file not received before (by name and
 * content) is archived unchanged and registered for processing, or recorded as a
 * DUPLICATE when the same bytes were processed under another name. Files are taken oldest
 * first, so a school's later file is registered (and so supersedes) after its earlier
 * one.
 */
public final class InboxScanner {

	private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

	private static final List<String> WORKBOOK_EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls");

	private final SubmissionRegistry registry;

	private final Archive archive;

	public InboxScanner(SubmissionRegistry registry, Archive archive) {
		this.registry = registry;
		this.archive = archive;
	}

	/** What the scan did with one file. */
	public record ScannedFile(Path file, String sha256, Optional<Long> registeredId, Optional<Long> duplicateOf) {
	}

	/**
	 * Result of a scan: what was registered or recognised, and how many files were there
	 * from earlier runs.
	 */
	public record ScanResult(List<ScannedFile> files, int alreadyReceived, List<Path> ignored) {
	}

	public ScanResult scan(Path inbox, int year, Long runId) throws IOException {
		if (!Files.isDirectory(inbox)) {
			throw new IOException("the inbox " + inbox + " is not a folder");
		}
		List<Path> candidates;
		List<Path> ignored = new ArrayList<>();
		try (Stream<Path> listing = Files.list(inbox)) {
			candidates = listing.filter(Files::isRegularFile)
				.sorted(Comparator.comparing(InboxScanner::modified).thenComparing(Path::toString))
				.toList();
		}
		List<ScannedFile> files = new ArrayList<>();
		int alreadyReceived = 0;
		for (Path file : candidates) {
			String name = file.getFileName().toString();
			if (!isWorkbookName(name)) {
				ignored.add(file);
				continue;
			}
			String sha256 = Archive.sha256(file);
			if (this.registry.alreadyReceived(year, name, sha256)) {
				alreadyReceived++;
				continue;
			}
			Optional<Submission> earlier = this.registry.bySha256(year, sha256);
			if (earlier.isPresent()) {
				this.registry.recordDuplicate(year, name, sha256, earlier.get().id(), runId);
				log.info("{}: same content as {} (submission {}), not processed again", name, earlier.get().fileName(),
						earlier.get().id());
				files.add(new ScannedFile(file, sha256, Optional.empty(), Optional.of(earlier.get().id())));
				continue;
			}
			Path archived = this.archive.store(file, year, sha256);
			long id = this.registry.register(year, name, sha256, Files.size(file), archived.toString(), runId);
			files.add(new ScannedFile(file, sha256, Optional.of(id), Optional.empty()));
		}
		if (!ignored.isEmpty()) {
			log.warn("Ignored {} file(s) in {} that are not workbooks (.xlsx, .xlsm, .xls): {}", ignored.size(), inbox,
					ignored.stream().map((path) -> path.getFileName().toString()).toList());
		}
		return new ScanResult(files, alreadyReceived, ignored);
	}

	/**
	 * Workbook extensions; Excel's lock files (~$name.xlsx) and hidden files are not
	 * submissions.
	 */
	static boolean isWorkbookName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("~$") || lower.startsWith(".")) {
			return false;
		}
		return WORKBOOK_EXTENSIONS.stream().anyMatch(lower::endsWith);
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

}
