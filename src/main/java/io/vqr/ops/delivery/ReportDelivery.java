package io.vqr.ops.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.jobs.JobBusyException;
import io.vqr.ops.delivery.DeliveryLog.Line;
import io.vqr.ops.delivery.RenderedReports.Entry;
import io.vqr.ops.jobs.JobDefinition;
import io.vqr.ops.jobs.Recipient;
import io.vqr.warehouse.Archive;

/**
 * Delivers a job's rendered reports to its recipients: each recipient's PDFs (by its
 * filter, from {@code reports.json}) are copied into {@code <outbox>/<year>/} and, when
 * SMTP is configured and the recipient has an address, mailed. Every file delivered or
 * failed is logged in {@code delivery_log}; what was delivered before (same bytes, same
 * recipient, channel and address) is not delivered again, what failed is retried.
 */
public final class ReportDelivery {

	private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

	private final DeliveryLog deliveryLog;

	private final DataSource dataSource;

	private final Optional<Mailer> mailer;

	public ReportDelivery(DeliveryLog deliveryLog, DataSource dataSource, Optional<Mailer> mailer) {
		this.deliveryLog = deliveryLog;
		this.dataSource = dataSource;
		this.mailer = mailer;
	}

	/**
	 * @param runId the report run the files come from, for the log (may be null)
	 * @throws JobBusyException when another process is delivering the same job's reports
	 */
	public DeliveryResult deliver(JobDefinition job, Long runId) throws IOException, SQLException {
		String lockKey = "deliver " + job.name() + " " + job.year();
		try (Connection lock = this.dataSource.getConnection()) {
			if (!advisoryLock(lock, lockKey, true)) {
				throw new JobBusyException("another process is delivering the reports of job " + job.name()
						+ "; wait for it to finish, then run again");
			}
			try {
				return deliverLocked(job, runId);
			}
			finally {
				advisoryLock(lock, lockKey, false);
			}
		}
	}

	private DeliveryResult deliverLocked(JobDefinition job, Long runId) throws IOException {
		RenderedReports index = RenderedReports.read(job.output(), job.year());
		Tally tally = new Tally();
		if (this.mailer.isEmpty() && job.recipients().stream().anyMatch((recipient) -> recipient.email().isPresent())) {
			log.info("SMTP is not configured (spring.mail.host, or mail: in {}); recipients get their outbox copy only",
					job.source().getFileName());
		}
		for (Recipient recipient : job.recipients()) {
			List<String> files = filesFor(recipient, index);
			Tally before = tally.copy();
			List<Path> toMail = new ArrayList<>();
			for (String relative : files) {
				Path file = index.resolve(relative);
				if (!Files.isRegularFile(file)) {
					log.warn("{} lists {}, which is missing; not delivered to {}", RenderedReports.FILE_NAME, relative,
							recipient.name());
					tally.failed++;
					continue;
				}
				String sha256 = Archive.sha256(file);
				copyToOutbox(job, runId, recipient, relative, file, sha256, tally);
				if (recipient.email().isPresent() && this.mailer.isPresent()) {
					if (this.deliveryLog.alreadyDelivered(job.year(), recipient.name(), Channel.EMAIL,
							recipient.email().get(), relative, sha256)) {
						tally.before++;
					}
					else {
						toMail.add(file);
					}
				}
			}
			if (!toMail.isEmpty()) {
				mail(job, runId, recipient, index, toMail, tally);
			}
			log.info("Delivered to {}: {} report file(s), {} copied to {}, {} mailed{}, {} delivered before, {} failed",
					recipient.name(), files.size(), tally.copied - before.copied, recipient.outbox(),
					tally.mailed - before.mailed, recipient.email().map((email) -> " to " + email).orElse(""),
					tally.before - before.before, tally.failed - before.failed);
		}
		return new DeliveryResult(tally.copied, tally.mailed, tally.before, tally.failed);
	}

	/**
	 * The recipient's PDFs: the provincial report first, then city reports by city, then
	 * schools by code. A city report goes only to those who asked for its city
	 * ({@code reports: cities:}), never through a school filter.
	 */
	static List<String> filesFor(Recipient recipient, RenderedReports index) {
		return index.entries()
			.stream()
			.filter((entry) -> entry.city() ? recipient.receivesCity(entry.cityCode())
					: recipient.receives(entry.province(), entry.schoolCode(), entry.schoolType(), entry.cityCode()))
			.sorted(Comparator.comparing((Entry entry) -> !entry.province())
				.thenComparing((Entry entry) -> !entry.city())
				.thenComparing((entry) -> (entry.cityCode() != null && entry.city()) ? entry.cityCode() : "")
				.thenComparing((entry) -> (entry.schoolCode() != null) ? entry.schoolCode() : ""))
			.flatMap((entry) -> entry.pdfs().stream())
			.distinct()
			.toList();
	}

	private void copyToOutbox(JobDefinition job, Long runId, Recipient recipient, String relative, Path file,
			String sha256, Tally tally) {
		String address = recipient.outbox().toString();
		if (this.deliveryLog.alreadyDelivered(job.year(), recipient.name(), Channel.OUTBOX, address, relative,
				sha256)) {
			tally.before++;
			return;
		}
		Path folder = recipient.outbox().resolve(Integer.toString(job.year()));
		Path target = folder.resolve(file.getFileName().toString());
		long size = 0;
		try {
			size = Files.size(file);
			Files.createDirectories(folder);
			Path part = folder.resolve(target.getFileName() + ".part");
			Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			this.deliveryLog.record(new Line(runId, job.name(), job.year(), recipient.name(), Channel.OUTBOX, address,
					relative, sha256, size, true, null));
			tally.copied++;
		}
		catch (IOException ex) {
			log.warn("Could not copy {} to {}: {}", relative, folder, ex.getMessage());
			this.deliveryLog.record(new Line(runId, job.name(), job.year(), recipient.name(), Channel.OUTBOX, address,
					relative, sha256, size, false, String.valueOf(ex.getMessage())));
			tally.failed++;
		}
	}

	private void mail(JobDefinition job, Long runId, Recipient recipient, RenderedReports index, List<Path> files,
			Tally tally) throws IOException {
		Mailer sender = this.mailer.orElseThrow();
		String address = recipient.email().orElseThrow();
		List<List<Path>> mails = sender.split(files);
		int number = 1;
		for (List<Path> mail : mails) {
			String detail = null;
			try {
				sender.send(recipient, job.year(), mail, number, mails.size());
			}
			catch (jakarta.mail.MessagingException | org.springframework.mail.MailException ex) {
				detail = String.valueOf(ex.getMessage());
				log.warn("Mail {}/{} to {} failed ({}); it is retried on the next delivery", number, mails.size(),
						address, detail);
			}
			for (Path file : mail) {
				String relative = index.yearFolder().relativize(file).toString();
				this.deliveryLog.record(new Line(runId, job.name(), job.year(), recipient.name(), Channel.EMAIL,
						address, relative, Archive.sha256(file), Files.size(file), detail == null, detail));
				if (detail == null) {
					tally.mailed++;
				}
				else {
					tally.failed++;
				}
			}
			number++;
		}
	}

	private static boolean advisoryLock(Connection connection, String key, boolean lock) throws SQLException {
		String sql = lock ? "select pg_try_advisory_lock(hashtext(?))" : "select pg_advisory_unlock(hashtext(?))";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** Running counts of one delivery. */
	private static final class Tally {

		int copied;

		int mailed;

		int before;

		int failed;

		Tally copy() {
			Tally copy = new Tally();
			copy.copied = this.copied;
			copy.mailed = this.mailed;
			copy.before = this.before;
			copy.failed = this.failed;
			return copy;
		}

	}

}
