package io.vqr.jobs.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.warehouse.Archive;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.NewFile;
import io.vqr.warehouse.SubmissionRegistry.Submission;

/**
 * Finds what is new in an inbox: every workbook file not received before (by name and
 * content) is archived unchanged (unless it is over the size limit) and registered for
 * processing, or recorded as a DUPLICATE when the same bytes were processed under another
 * name. Files are taken oldest first, so a school's later file is registered (and so
 * supersedes) after its earlier one.
 */
public final class InboxScanner {

	private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

	/** Hashing and copying are bound by the disk beyond a few threads. */
	private static final int MAX_THREADS = 4;

	private static final List<String> WORKBOOK_EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls");

	private final SubmissionRegistry registry;

	private final Archive archive;

	private final long maxFileBytes;

	/**
	 * @param maxFileBytes the size limit: a larger file is registered (its name, size and
	 * digest) but not archived, and processing rejects it as F-TOO-LARGE
	 */
	public InboxScanner(SubmissionRegistry registry, Archive archive, long maxFileBytes) {
		this.registry = registry;
		this.archive = archive;
		this.maxFileBytes = maxFileBytes;
	}

	/** What the scan did with one file. */
	public record ScannedFile(Path file, String sha256, Optional<Long> registeredId, Optional<Long> duplicateOf) {
	}

	/**
	 * Result of a scan: what was registered or recognised, how many files were there from
	 * earlier runs, what is not a workbook and the symbolic links refused.
	 */
	public record ScanResult(List<ScannedFile> files, int alreadyReceived, List<Path> ignored, List<Path> refused) {
	}

	private static String names(List<Path> paths) {
		return paths.stream().map((path) -> UntrustedText.forLog(path.getFileName().toString())).toList().toString();
	}

	/**
	 * @param feedbackDir where the feedback workbooks of the files registered go, whoever
	 * processes them
	 */
	public ScanResult scan(Path inbox, int year, Long runId, Path feedbackDir) throws IOException {
		if (!Files.isDirectory(inbox)) {
			throw new IOException("the inbox " + inbox + " is not a folder");
		}
		List<Path> candidates;
		List<Path> ignored = new ArrayList<>();
		List<Path> refused = new ArrayList<>();
		try (Stream<Path> listing = Files.list(inbox)) {
			// A symbolic link is never followed: one to a workbook elsewhere was loaded
			// as
			// that school's submission, one to a system file was copied into the archive.
			// Sub-folders (feedback/) are passed over.
			candidates = listing.filter((path) -> {
				if (Files.isSymbolicLink(path)) {
					refused.add(path);
					return false;
				}
				return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
			}).sorted(Comparator.comparing(InboxScanner::modified).thenComparing(Path::toString)).toList();
		}
		if (!refused.isEmpty()) {
			log.warn("收件箱 {} 中有 {} 个符号链接，未读取：{}；只读取直接放入收件箱的工作簿", UntrustedText.forLog(inbox.toString()), refused.size(),
					names(refused));
		}
		List<Path> workbooks = new ArrayList<>();
		for (Path file : candidates) {
			(isWorkbookName(file.getFileName().toString()) ? workbooks : ignored).add(file);
		}
		if (!ignored.isEmpty()) {
			log.warn("收件箱 {} 中有 {} 个文件不是工作簿（.xlsx、.xlsm、.xls），未读取：{}", UntrustedText.forLog(inbox.toString()),
					ignored.size(), names(ignored));
		}
		// Files are hashed and archived on all cores while this thread registers them:
		// one by one, the scan of a province kept the workers waiting a second.
		ExecutorService pool = Executors.newFixedThreadPool(
				Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())), (task) -> {
					Thread thread = new Thread(task, "inbox-scan");
					thread.setDaemon(true);
					return thread;
				});
		try {
			List<Future<String>> digests = new ArrayList<>();
			for (Path file : workbooks) {
				digests.add(pool.submit(() -> Archive.sha256(file)));
			}
			// What the year already holds, read once: two lookups per file were a
			// third of the scan of a province.
			this.registry.lockYearForScan(year);
			Set<String> received = this.registry.receivedFiles(year);
			Map<String, Submission> bySha256 = this.registry.submissionsBySha256(year);
			List<Future<Path>> copies = new ArrayList<>();
			// Registered together after the loop; a file with the same content as one
			// of them is recorded as its duplicate once it has an id.
			List<NewFile> newFiles = new ArrayList<>();
			Map<String, NewFile> newBySha256 = new HashMap<>();
			record Received(Path file, String name, String sha256) {
			}
			List<Received> inOrder = new ArrayList<>();
			int alreadyReceived = 0;
			for (int i = 0; i < workbooks.size(); i++) {
				Path file = workbooks.get(i);
				String name = file.getFileName().toString();
				String sha256 = result(digests.get(i));
				if (!received.add(SubmissionRegistry.receivedKey(name, sha256))) {
					alreadyReceived++;
					continue;
				}
				inOrder.add(new Received(file, name, sha256));
				if (bySha256.containsKey(sha256) || newBySha256.containsKey(sha256)) {
					continue;
				}
				long size = Files.size(file);
				NewFile registered;
				if (size > this.maxFileBytes) {
					// Rejected by its size alone: a 1 GB file was copied whole into the
					// archive before it was refused. Its digest was read as a stream.
					log.warn("{}：{} 字节，超过上限 {} 字节；已登记，未归档", UntrustedText.forLog(name), size, this.maxFileBytes);
					registered = new NewFile(name, sha256, size, null);
				}
				else {
					// Registered while the copy runs: a failed copy fails the scan, and
					// its
					// transaction takes the registration back.
					copies.add(pool.submit(() -> this.archive.store(file, year, sha256)));
					registered = new NewFile(name, sha256, size, this.archive.target(file, year, sha256).toString());
				}
				newFiles.add(registered);
				newBySha256.put(sha256, registered);
			}
			Map<String, Long> ids = this.registry.register(year, newFiles, runId,
					feedbackDir.toAbsolutePath().normalize().toString());
			List<ScannedFile> files = new ArrayList<>();
			for (Received file : inOrder) {
				String sha256 = file.sha256();
				NewFile registered = newBySha256.get(sha256);
				if (registered != null && registered.fileName().equals(file.name())) {
					files.add(new ScannedFile(file.file(), sha256, Optional.of(ids.get(sha256)), Optional.empty()));
					continue;
				}
				long earlierId = (registered != null) ? ids.get(sha256) : bySha256.get(sha256).id();
				String earlierName = (registered != null) ? registered.fileName() : bySha256.get(sha256).fileName();
				this.registry.recordDuplicate(year, file.name(), sha256, earlierId, runId);
				log.info("{}：与 {}（提交 {}）内容相同，不再处理", UntrustedText.forLog(file.name()),
						UntrustedText.forLog(earlierName), earlierId);
				files.add(new ScannedFile(file.file(), sha256, Optional.empty(), Optional.of(earlierId)));
			}
			for (Future<Path> copy : copies) {
				result(copy);
			}
			return new ScanResult(files, alreadyReceived, ignored, refused);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static <T> T result(Future<T> future) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while scanning the inbox");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
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
