package io.vqr.ops.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.vqr.review.ReviewSettings;

/**
 * One job a data office runs for a reporting year, as written in a {@code jobs/*.yaml}
 * file: where submissions arrive and where everything goes, when ingest and reports run,
 * who receives which reports. Paths are absolute (resolved against the file's folder).
 *
 * @param source the YAML file it was read from
 * @param name the job's name (the file name without {@code .yaml})
 * @param year the reporting year
 * @param inbox where schools' workbooks arrive
 * @param feedback where feedback workbooks go
 * @param archive where processed files are archived, or empty for the data folder's
 * @param output where reports go ({@code <output>/<year>/...})
 * @param schedule when ingest and reports run
 * @param roster CSV of the schools expected to submit, if any
 * @param recipients who receives which reports
 * @param mail SMTP settings of this job, if any (else Spring's {@code spring.mail.*})
 * @param review how the year's files go through review ({@code review:}; default: mode
 * required, no city level)
 */
public record JobDefinition(Path source, String name, int year, Path inbox, Path feedback, Optional<Path> archive,
		Path output, Schedule schedule, Optional<Path> roster, List<Recipient> recipients, Optional<MailSettings> mail,
		ReviewSettings.Settings review) {

	/**
	 * When the job's work runs: Spring cron expressions (six fields: second minute hour
	 * day month weekday), evaluated in {@code zone}. Ingest ticks outside the submission
	 * window ({@code windowFrom}..{@code windowUntil}, inclusive, when given) do nothing.
	 */
	public record Schedule(Optional<String> ingestCron, Optional<String> reportCron, ZoneId zone,
			Optional<LocalDate> windowFrom, Optional<LocalDate> windowUntil) {

		/** Whether a daily ingest on this date falls in the submission window. */
		public boolean inWindow(LocalDate date) {
			return this.windowFrom.map((from) -> !date.isBefore(from)).orElse(true)
					&& this.windowUntil.map((until) -> !date.isAfter(until)).orElse(true);
		}

	}

	/**
	 * SMTP settings given in the job file; they win over {@code spring.mail.*}.
	 *
	 * @param passwordEnv the environment variable holding the password (never the
	 * password itself in the file)
	 * @param maxMailBytes the most attachment bytes one mail carries; more files are
	 * split across mails
	 */
	public record MailSettings(Optional<String> host, Optional<Integer> port, Optional<String> username,
			Optional<String> passwordEnv, Optional<String> from, boolean startTls, long maxMailBytes) {

		public static final long DEFAULT_MAX_MAIL_BYTES = 20L * 1024 * 1024;

	}

}
