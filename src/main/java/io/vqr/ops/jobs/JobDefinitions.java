package io.vqr.ops.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import io.vqr.ops.jobs.JobDefinition.MailSettings;
import io.vqr.ops.jobs.JobDefinition.Schedule;
import io.vqr.ops.jobs.Recipient.SchoolFilter;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewSettings;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeList;
import io.vqr.standard.CodeLists;

import org.springframework.scheduling.support.CronExpression;

/**
 * Reads the job files a data office edits ({@code jobs/*.yaml}) and refuses anything it
 * would have to guess about: unknown keys, a bad cron expression, a folder that does not
 * exist, a year out of range, a malformed e-mail address. Relative paths are resolved
 * against the folder of the job file.
 */
public final class JobDefinitions {

	static final Set<String> TOP_KEYS = Set.of("year", "folders", "schedule", "roster", "recipients", "mail", "review");

	static final Set<String> REVIEW_KEYS = Set.of("mode", "city-level");

	static final Set<String> FOLDER_KEYS = Set.of("inbox", "feedback", "archive", "output");

	static final Set<String> SCHEDULE_KEYS = Set.of("ingest", "report", "zone", "window");

	static final Set<String> WINDOW_KEYS = Set.of("from", "until");

	static final Set<String> RECIPIENT_KEYS = Set.of("name", "email", "outbox", "reports");

	static final Set<String> REPORT_KEYS = Set.of("province", "schools", "cities");

	static final Set<String> SCHOOL_FILTER_KEYS = Set.of("cities", "types", "codes");

	static final Set<String> MAIL_KEYS = Set.of("host", "port", "username", "password-env", "from", "starttls",
			"max-mail-mb");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;.]+");

	private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");

	private static final Pattern CITY_PREFIX = Pattern.compile("\\d{2,6}");

	/** A city of the city reports: the 4-digit prefix of its 行政区划代码. */
	private static final Pattern CITY_REPORT = Pattern.compile("\\d{4}");

	private JobDefinitions() {
	}

	/** Every {@code *.yaml}/{@code *.yml} file of a folder, in name order. */
	public static List<JobDefinition> loadAll(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new JobDefinitionException(folder + " is not a folder of job files; give the folder holding the"
					+ " *.yaml job definitions (e.g. jobs/)");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((file) -> {
				String name = file.getFileName().toString();
				return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
			}).sorted().toList();
		}
		if (files.isEmpty()) {
			throw new JobDefinitionException(
					folder + " holds no job file (*.yaml); copy jobs/2024.yaml there and" + " edit it");
		}
		List<JobDefinition> jobs = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Path file : files) {
			JobDefinition job = load(file);
			if (!names.add(job.name())) {
				throw new JobDefinitionException(file + ": another file in " + folder + " is also named '" + job.name()
						+ "'; rename one of them");
			}
			jobs.add(job);
		}
		return jobs;
	}

	/** Reads and checks one job file. */
	public static JobDefinition load(Path file) throws IOException {
		Path source = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source)) {
			throw new JobDefinitionException(
					file + " does not exist; give the path of a job file such as" + " jobs/2024.yaml");
		}
		String shown = file.toString();
		Node root;
		try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			throw new JobDefinitionException(shown + ":" + (ex.getProblemMark().getLine() + 1) + ": not valid YAML ("
					+ ex.getProblem() + "); check the indentation and quoting there", ex);
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new JobDefinitionException(shown + ": empty or not a set of keys; start from jobs/2024.yaml");
		}
		YamlSection top = new YamlSection(shown, "", mapping);
		top.allowOnly(TOP_KEYS);
		Path base = source.getParent();
		int year = year(top);
		YamlSection folders = top.requiredSection("folders", "inbox:, output: and optionally feedback:, archive:");
		folders.allowOnly(FOLDER_KEYS);
		Path inbox = folder(folders, "inbox", base)
			.orElseThrow(() -> folders.error("inbox", "missing; add the folder where schools' workbooks arrive"));
		Path output = folder(folders, "output", base)
			.orElseThrow(() -> folders.error("output", "missing; add the folder reports are written to"));
		Path feedback = folder(folders, "feedback", base).orElse(inbox.resolve("feedback"));
		Optional<Path> archive = folder(folders, "archive", base);
		Schedule schedule = schedule(top);
		Optional<Path> roster = top.text("roster").map((text) -> {
			Path path = base.resolve(text).normalize();
			if (!Files.isRegularFile(path)) {
				throw top.error("roster", path + " does not exist; give the CSV of expected schools (学校代码,学校名称,"
						+ "办学类型,所在地区代码) or remove the key");
			}
			return path;
		});
		List<Recipient> recipients = new ArrayList<>();
		Set<String> recipientNames = new HashSet<>();
		for (YamlSection entry : top.sections("recipients")) {
			Recipient recipient = recipient(entry, base);
			if (!recipientNames.add(recipient.name())) {
				throw entry.error("name",
						"'" + recipient.name() + "' is listed twice; give each recipient its own name");
			}
			recipients.add(recipient);
		}
		Optional<MailSettings> mail = top.section("mail").map(JobDefinitions::mail);
		ReviewSettings.Settings review = top.section("review")
			.map(JobDefinitions::review)
			.orElse(ReviewSettings.Settings.DEFAULT);
		String name = source.getFileName().toString().replaceFirst("\\.ya?ml$", "");
		return new JobDefinition(source, name, year, inbox, feedback, archive, output, schedule, roster,
				List.copyOf(recipients), mail, review);
	}

	private static int year(YamlSection top) {
		String text = top.requiredText("year", "the reporting year, e.g. year: 2024");
		int year;
		try {
			year = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw top.error("year", "'" + text + "' is not a year; write the reporting year as digits, e.g. 2024");
		}
		if (year < 2000 || year > 2099) {
			throw top.error("year", year + " is out of range; write a reporting year between 2000 and 2099");
		}
		return year;
	}

	private static Optional<Path> folder(YamlSection section, String key, Path base) {
		return section.text(key).map((text) -> {
			Path path = base.resolve(text).normalize();
			if (!Files.isDirectory(path)) {
				throw section.error(key, path + " does not exist or is not a folder; create it or correct the path"
						+ " (relative paths start at the job file's folder)");
			}
			return path;
		});
	}

	private static Schedule schedule(YamlSection top) {
		Optional<YamlSection> found = top.section("schedule");
		if (found.isEmpty()) {
			return new Schedule(Optional.empty(), Optional.empty(), ZoneId.systemDefault(), Optional.empty(),
					Optional.empty());
		}
		YamlSection schedule = found.get();
		schedule.allowOnly(SCHEDULE_KEYS);
		Optional<String> ingest = schedule.text("ingest").map((text) -> cron(schedule, "ingest", text));
		Optional<String> report = schedule.text("report").map((text) -> cron(schedule, "report", text));
		ZoneId zone = schedule.text("zone").map((text) -> {
			try {
				return ZoneId.of(text);
			}
			catch (DateTimeException ex) {
				throw schedule.error("zone", "'" + text + "' is not a time zone; write e.g. Asia/Shanghai");
			}
		}).orElse(ZoneId.systemDefault());
		Optional<LocalDate> from = Optional.empty();
		Optional<LocalDate> until = Optional.empty();
		Optional<YamlSection> window = schedule.section("window");
		if (window.isPresent()) {
			window.get().allowOnly(WINDOW_KEYS);
			from = window.get().text("from").map((text) -> date(window.get(), "from", text));
			until = window.get().text("until").map((text) -> date(window.get(), "until", text));
			if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
				throw window.get().error("until", until.get() + " is before from: " + from.get() + "; swap them");
			}
		}
		return new Schedule(ingest, report, zone, from, until);
	}

	private static String cron(YamlSection section, String key, String text) {
		try {
			CronExpression.parse(text);
			return text;
		}
		catch (IllegalArgumentException ex) {
			throw section.error(key, "'" + text + "' is not a cron expression (" + ex.getMessage() + "); write six"
					+ " fields, second minute hour day month weekday, e.g. \"0 0 7 * * *\" for 07:00 every day");
		}
	}

	private static LocalDate date(YamlSection section, String key, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException ex) {
			throw section.error(key, "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-09-01");
		}
	}

	private static Recipient recipient(YamlSection entry, Path base) {
		entry.allowOnly(RECIPIENT_KEYS);
		String name = entry.requiredText("name", "who receives the reports, e.g. name: 省教育厅职成处");
		Optional<String> email = entry.text("email").map((text) -> {
			if (!EMAIL.matcher(text).matches()) {
				throw entry.error("email", "'" + text + "' is not an e-mail address; write one address such as"
						+ " office@example.gov.cn, or remove the key to deliver to the outbox only");
			}
			return text;
		});
		Path outbox = folder(entry, "outbox", base)
			.orElseThrow(() -> entry.error("outbox", "missing; add the folder this recipient's PDFs are copied to"));
		YamlSection reports = entry.requiredSection("reports", "province: true and/or schools: with a filter");
		reports.allowOnly(REPORT_KEYS);
		boolean province = reports.text("province").map((text) -> bool(reports, "province", text)).orElse(false);
		Optional<SchoolFilter> schools = schoolFilter(reports);
		List<String> cities = cityReports(reports);
		if (!province && schools.isEmpty() && cities.isEmpty()) {
			throw reports.error("province", "this recipient would receive nothing; set province: true and/or give"
					+ " schools: (all, or cities:/types:/codes:) and/or cities: for city reports");
		}
		return new Recipient(name, email, outbox, province, schools, cities);
	}

	/**
	 * {@code cities: ["4401"]}: the cities whose city report (中职地市级年报) the recipient
	 * receives, each the 4-digit prefix of the city's 行政区划代码.
	 */
	private static List<String> cityReports(YamlSection reports) {
		List<String> cities = reports.texts("cities");
		for (String city : cities) {
			if (!CITY_REPORT.matcher(city).matches()) {
				throw reports.error("cities",
						"“" + city + "”不是地级市的代码：请写城市行政区划代码的前4位数字并加引号，" + "如广州市写 \"4401\"（地市中等职业教育质量报告按城市发送）");
			}
		}
		return List.copyOf(new java.util.LinkedHashSet<>(cities));
	}

	private static Optional<SchoolFilter> schoolFilter(YamlSection reports) {
		Optional<Node> value = reports.value("schools");
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> scalar = (value.get() instanceof org.yaml.snakeyaml.nodes.ScalarNode text)
				? Optional.of(text.getValue().trim()) : Optional.empty();
		if (scalar.isPresent()) {
			if (scalar.get().equals("all")) {
				return Optional.of(new SchoolFilter(List.of(), List.of(), List.of()));
			}
			if (scalar.get().equals("none") || scalar.get().equals("false")) {
				return Optional.empty();
			}
			throw reports.error("schools", "'" + scalar.get() + "' is not understood; write schools: all, or give"
					+ " cities:, types: and/or codes: under schools:");
		}
		YamlSection filter = reports.requiredSection("schools", "cities:, types: and/or codes:");
		filter.allowOnly(SCHOOL_FILTER_KEYS);
		List<String> cities = filter.texts("cities");
		for (String city : cities) {
			if (!CITY_PREFIX.matcher(city).matches()) {
				throw filter.error("cities", "'" + city + "' is not a region code prefix; write 2 to 6 digits of the"
						+ " 行政区划代码, e.g. \"4401\" for 广州市 (quote it)");
			}
		}
		CodeList types = CodeLists.get(CodeLists.SCHOOL_TYPE);
		List<String> typeNames = new ArrayList<>();
		for (String type : filter.texts("types")) {
			typeNames.add(types.resolve(type)
				.map(CodeEntry::name)
				.orElseThrow(() -> filter.error("types", "'" + type + "' is not a " + types.name() + "; write one of "
						+ String.join("、", types.entries().stream().map(CodeEntry::name).toList()))));
		}
		List<String> codes = filter.texts("codes");
		for (String code : codes) {
			if (!SCHOOL_CODE.matcher(code).matches()) {
				throw filter.error("codes", "'" + code + "' is not a school code; write the 10-digit 学校代码 in quotes,"
						+ " e.g. \"4144012345\"");
			}
		}
		return Optional.of(new SchoolFilter(List.copyOf(cities), List.copyOf(typeNames), List.copyOf(codes)));
	}

	private static ReviewSettings.Settings review(YamlSection review) {
		review.allowOnly(REVIEW_KEYS);
		ReviewMode mode = review.text("mode")
			.map((text) -> ReviewMode.fromCode(text)
				.orElseThrow(() -> review.error("mode", "'" + text + "' is not a review mode; write required (schools"
						+ " explain and certify, the province approves) or auto (a file that passes the rules is"
						+ " approved at once)")))
			.orElse(ReviewMode.REQUIRED);
		CodeList types = CodeLists.get(CodeLists.SCHOOL_TYPE);
		List<String> cityLevel = new ArrayList<>();
		for (String type : review.texts("city-level")) {
			cityLevel.add(types.resolve(type)
				.map(CodeEntry::name)
				.orElseThrow(() -> review.error("city-level",
						"'" + type + "' is not a " + types.name()
								+ "; list the 办学类型 a city approves before the province, e.g. [中等职业学校], from: "
								+ String.join("、", types.entries().stream().map(CodeEntry::name).toList()))));
		}
		return new ReviewSettings.Settings(mode, cityLevel.stream().distinct().toList());
	}

	private static MailSettings mail(YamlSection mail) {
		mail.allowOnly(MAIL_KEYS);
		Optional<Integer> port = mail.text("port").map((text) -> {
			try {
				int value = Integer.parseInt(text);
				if (value > 0 && value < 65536) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw mail.error("port", "'" + text + "' is not a port; write the SMTP port, e.g. 465 or 587");
		});
		Optional<String> from = mail.text("from").map((text) -> {
			if (!EMAIL.matcher(text).matches()) {
				throw mail.error("from", "'" + text + "' is not an e-mail address; write the sender address");
			}
			return text;
		});
		Optional<String> passwordEnv = mail.text("password-env").map((text) -> {
			if (!text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
				throw mail.error("password-env", "'" + text + "' is not the name of an environment variable; write"
						+ " e.g. VQR_MAIL_PASSWORD and set that variable where the job runs (never the password itself)");
			}
			return text;
		});
		boolean startTls = mail.text("starttls").map((text) -> bool(mail, "starttls", text)).orElse(false);
		long maxBytes = mail.text("max-mail-mb").map((text) -> {
			try {
				long megabytes = Long.parseLong(text);
				if (megabytes >= 1 && megabytes <= 1024) {
					return megabytes * 1024 * 1024;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw mail.error("max-mail-mb",
					"'" + text + "' is not a size; write the most megabytes of attachments" + " per mail, e.g. 20");
		}).orElse(MailSettings.DEFAULT_MAX_MAIL_BYTES);
		return new MailSettings(mail.text("host"), port, mail.text("username"), passwordEnv, from, startTls, maxBytes);
	}

	private static boolean bool(YamlSection section, String key, String text) {
		return switch (text.toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> throw section.error(key, "'" + text + "' is not true or false; write true or false");
		};
	}

}
