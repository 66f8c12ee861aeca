package io.vqr.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vqr.sample.Manifest.Entry;
import io.vqr.sample.Manifest.Kind;
import io.vqr.sample.Manifest.Status;
import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SampleSchool.MajorRow;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.ReadLimits;

/**
 * Writes a corpus of sample submissions for one year into a directory: one good file per
 * school (clean and messy forms, xlsx and xls), one file per rule of the catalogue that a
 * workbook can break, files that are no workbooks at all, a duplicate, and
 * {@code manifest.json} saying what processing each should give. Schools are written in
 * parallel; every byte depends only on the seed, the school and the form, never on
 * scheduling (except the encrypted file, whose salt POI draws at random).
 */
public final class SampleCorpus {

	/** The manifest's file name in the corpus directory. */
	public static final String MANIFEST = "manifest.json";

	/** Schools behind defect and broken files take indexes from here on. */
	static final int DEFECT_BASE_INDEX = 3_000;

	/** The good forms in rotation; {@code null} stands for a single-quirk form. */
	private static final Form[] ROTATION = { Form.CLEAN_XLSX, Form.MESSY_XLSX, Form.CLEAN_XLSX, null, Form.CLEAN_XLS,
			null, Form.CLEAN_XLSX, Form.MESSY_XLS };

	private final SubmissionWriter writer = new SubmissionWriter();

	/**
	 * Generation options.
	 *
	 * @param threads schools written at once
	 * @param sizeScale size of good schools (1 = a realistic province)
	 * @param defectScale size of the schools behind defect files
	 * @param rowLimit the rows-per-sheet limit the oversized file breaks (its graduates
	 * sheet has one row more)
	 * @param withPriorYear whether the manifest assumes year − 1 was accepted first
	 * @param includeDefects whether to write the defect, broken and duplicate files
	 */
	public record Options(int threads, double sizeScale, double defectScale, int rowLimit, boolean withPriorYear,
			boolean includeDefects) {

		public static Options defaults() {
			return new Options(Runtime.getRuntime().availableProcessors(), 1.0, 0.25,
					ReadLimits.defaults().maxRowsPerSheet(), false, true);
		}

		public Options withThreads(int value) {
			return new Options(value, this.sizeScale, this.defectScale, this.rowLimit, this.withPriorYear,
					this.includeDefects);
		}

		public Options withSizeScale(double value) {
			return new Options(this.threads, value, this.defectScale, this.rowLimit, this.withPriorYear,
					this.includeDefects);
		}

		public Options withDefectScale(double value) {
			return new Options(this.threads, this.sizeScale, value, this.rowLimit, this.withPriorYear,
					this.includeDefects);
		}

		public Options withRowLimit(int value) {
			return new Options(this.threads, this.sizeScale, this.defectScale, value, this.withPriorYear,
					this.includeDefects);
		}

		public Options withPriorYear(boolean value) {
			return new Options(this.threads, this.sizeScale, this.defectScale, this.rowLimit, value,
					this.includeDefects);
		}

		public Options withDefects(boolean value) {
			return new Options(this.threads, this.sizeScale, this.defectScale, this.rowLimit, this.withPriorYear,
					value);
		}

	}

	/** The form good school {@code index} is written in. */
	public static Form formOf(int index) {
		Form form = ROTATION[index % ROTATION.length];
		if (form != null) {
			return form;
		}
		Quirk[] quirks = Quirk.values();
		return Form.only(quirks[(index / 4) % quirks.length]);
	}

	/**
	 * Writes the corpus and its manifest into {@code dir} (created if missing) and
	 * returns the manifest.
	 */
	public Manifest generate(Path dir, int schools, int year, long seed, Options options) {
		if (schools < 0 || schools > DEFECT_BASE_INDEX) {
			throw new IllegalArgumentException("schools must be 0–" + DEFECT_BASE_INDEX + ": " + schools);
		}
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + dir, ex);
		}
		FileNames names = new FileNames();
		List<Entry> entries = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
		try {
			List<Future<Entry>> good = new ArrayList<>();
			for (int index = 0; index < schools; index++) {
				int school = index;
				Form form = formOf(school);
				// Names are given out in index order, before any thread runs; the
				// rows are drawn in the threads.
				String file = names.claim(goodName(school, SampleSchools.schoolCode(school),
						SampleSchools.schoolName(seed, school), year, form));
				good.add(pool.submit(() -> writeGood(dir, file,
						SampleSchools.generate(seed, school, year, options.sizeScale()), form, options)));
			}
			entries.addAll(collect(good));
			if (options.includeDefects()) {
				entries.addAll(collect(submitDefects(pool, dir, names, schools, year, seed, options, entries)));
			}
		}
		finally {
			pool.shutdown();
		}
		Manifest manifest = new Manifest(seed, year, schools, options.sizeScale(), options.defectScale(),
				options.rowLimit(), options.withPriorYear(), entries);
		writeManifest(dir.resolve(MANIFEST), manifest);
		return manifest;
	}

	/** Reads a manifest written by {@link #generate}. */
	public static Manifest readManifest(Path file) {
		try {
			return mapper().readValue(file.toFile(), Manifest.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private Entry writeGood(Path dir, String file, SampleSchool school, Form form, Options options) {
		this.writer.write(school, form, dir.resolve(file));
		List<String> rules = new ArrayList<>();
		if (options.withPriorYear() && school.index() == SampleSchools.JUMP_SCHOOL_INDEX) {
			rules.add(Rule.W_YOY_JUMP.id());
		}
		String description = form.isClean() ? "the template's layout" : "quirks: " + form.quirks();
		if (!rules.isEmpty()) {
			description += "; graduates changed by more than 50% against year − 1";
		}
		return new Entry(file, Kind.GOOD, school.index(), school.code(), school.name(), school.type(), form.name(),
				null, rules.isEmpty() ? Status.ACCEPTED : Status.ACCEPTED_WITH_WARNINGS, rules, infoRules(form),
				counts(school), List.of(), description);
	}

	private static List<String> infoRules(Form form) {
		List<String> info = new ArrayList<>();
		if (form.has(Quirk.EXTRA_SHEET)) {
			info.add(Rule.I_EXTRA_SHEET.id());
		}
		if (form.has(Quirk.EXTRA_COLUMNS)) {
			info.add(Rule.I_EXTRA_COLUMN.id());
		}
		return info;
	}

	private List<Future<Entry>> submitDefects(ExecutorService pool, Path dir, FileNames names, int schools, int year,
			long seed, Options options, List<Entry> good) {
		List<Future<Entry>> futures = new ArrayList<>();
		SampleSchool reference = (schools > 0) ? SampleSchools.generate(seed, 0, year, options.sizeScale()) : null;
		int slot = 0;
		for (Defect defect : Defect.values()) {
			if (!defect.appliesTo(SubmissionStandard.forYear(year))) {
				continue;
			}
			if (defect == Defect.CROSS_SCHOOL_ID && (reference == null || reference.graduates().isEmpty())) {
				continue;
			}
			SampleSchool school = fittingSchool(defect, seed, year, options, slot++);
			String file = names.claim(defectName(school, defect));
			List<String> after = (defect == Defect.CROSS_SCHOOL_ID) ? List.of(good.get(0).file()) : List.of();
			futures.add(pool.submit(() -> writeDefect(dir, file, school, defect, reference, after)));
		}
		futures.addAll(submitBroken(pool, dir, names, year, seed, options, slot));
		if (!good.isEmpty()) {
			Entry original = good.get(0);
			String copy = names.claim(original.schoolName() + "（重新提交）" + extension(original.file()));
			futures.add(pool.submit(() -> {
				// Replacing: the demo writes its samples again into the same folder.
				Files.copy(dir.resolve(original.file()), dir.resolve(copy), StandardCopyOption.REPLACE_EXISTING);
				return new Entry(copy, Kind.COPY, original.schoolIndex(), original.schoolCode(), original.schoolName(),
						original.schoolType(), original.form(), null, Status.DUPLICATE, List.of(), List.of(),
						original.counts(), List.of(original.file()), "a byte-identical copy of " + original.file());
			}));
		}
		return futures;
	}

	private static SampleSchool fittingSchool(Defect defect, long seed, int year, Options options, int slot) {
		for (int index = DEFECT_BASE_INDEX + slot; index <= SampleSchools.MAX_INDEX; index += 50) {
			SampleSchool school = SampleSchools.generate(seed, index, year, options.defectScale());
			if (defect.fits(school)) {
				return school;
			}
		}
		throw new IllegalStateException("no sample school fits " + defect);
	}

	private Entry writeDefect(Path dir, String file, SampleSchool school, Defect defect, SampleSchool reference,
			List<String> after) {
		Form form = defectForm(defect);
		this.writer.write(school, form, defect.tampering(school, reference), dir.resolve(file));
		Rule rule = defect.rule();
		Status status = (rule.severity() == Severity.ERROR) ? Status.REJECTED : Status.ACCEPTED_WITH_WARNINGS;
		Map<String, Integer> counts = counts(school);
		if (defect == Defect.SHEET_MISSING) {
			counts.remove(SubmissionStandard.TEACHERS);
		}
		if (defect == Defect.SERVICE_SHEET_MISSING) {
			counts.remove(SubmissionStandard.SERVICE);
		}
		return new Entry(file, Kind.DEFECT, school.index(), school.code(), school.name(), school.type(), form.name(),
				rule.id(), status, List.of(rule.id()), List.of(), counts, after, defect.description());
	}

	/** Defect files are clean apart from their defect; every seventh is an .xls. */
	static Form defectForm(Defect defect) {
		return (defect.ordinal() % 7 == 3) ? Form.CLEAN_XLS : Form.CLEAN_XLSX;
	}

	private List<Future<Entry>> submitBroken(ExecutorService pool, Path dir, FileNames names, int year, long seed,
			Options options, int firstSlot) {
		List<Future<Entry>> futures = new ArrayList<>();
		int slot = firstSlot;
		SampleSchool empty = SampleSchools.generate(seed, DEFECT_BASE_INDEX + slot++, year, options.defectScale());
		String emptyName = names.claim(empty.name() + "_空文件.xlsx");
		futures.add(pool.submit(() -> {
			Files.write(dir.resolve(emptyName), new byte[0]);
			return broken(emptyName, empty, "EMPTY", Rule.F_UNREADABLE, "an empty file (0 bytes)");
		}));
		SampleSchool text = SampleSchools.generate(seed, DEFECT_BASE_INDEX + slot++, year, options.defectScale());
		String textName = names.claim(text.name() + "_文本文件.xlsx");
		futures.add(pool.submit(() -> {
			Files.write(dir.resolve(textName), BrokenFiles.textFile(text));
			return broken(textName, text, "TEXT_AS_XLSX", Rule.F_UNREADABLE, "a CSV text file named .xlsx");
		}));
		SampleSchool cut = SampleSchools.generate(seed, DEFECT_BASE_INDEX + slot++, year, options.defectScale());
		String cutName = names.claim(cut.name() + "_文件不完整.xlsx");
		futures.add(pool.submit(() -> {
			Files.write(dir.resolve(cutName), BrokenFiles.truncated(this.writer.toBytes(cut, Form.CLEAN_XLSX)));
			return broken(cutName, cut, "TRUNCATED", Rule.F_UNREADABLE, "the first 60% of a clean xlsx");
		}));
		SampleSchool locked = SampleSchools.generate(seed, DEFECT_BASE_INDEX + slot++, year, options.defectScale());
		String lockedName = names.claim(locked.name() + "_加密.xlsx");
		futures.add(pool.submit(() -> {
			Files.write(dir.resolve(lockedName), BrokenFiles.encrypted(this.writer.toBytes(locked, Form.CLEAN_XLSX)));
			return broken(lockedName, locked, "ENCRYPTED", Rule.F_ENCRYPTED,
					"a clean xlsx encrypted with the password " + BrokenFiles.PASSWORD + " (agile)");
		}));
		SampleSchool bomb = SampleSchools.generate(seed, DEFECT_BASE_INDEX + slot++, year, options.defectScale());
		String bombName = names.claim(bomb.name() + "_压缩炸弹.xlsx");
		futures.add(pool.submit(() -> {
			byte[] clean = this.writer.toBytes(bomb, Form.CLEAN_XLSX);
			Files.write(dir.resolve(bombName), BrokenFiles.zipBomb(clean, graduatesSheetEntry()));
			return broken(bombName, bomb, "ZIP_BOMB", Rule.F_TOO_LARGE, "a clean xlsx whose 毕业生去向 sheet carries "
					+ BrokenFiles.BOMB_PADDING + " bytes of blanks (compression ratio about 0.001)");
		}));
		SampleSchool big = oversized(SampleSchools.generate(seed, DEFECT_BASE_INDEX + slot, year, 0.05),
				options.rowLimit() + 1);
		String bigName = names.claim(big.name() + "_行数超限.xlsx");
		futures.add(pool.submit(() -> {
			this.writer.write(big, Form.CLEAN_XLSX, dir.resolve(bigName));
			return broken(bigName, big, "TOO_MANY_ROWS", Rule.F_TOO_LARGE, "毕业生去向 with " + big.graduates().size()
					+ " rows, one more than the row limit " + options.rowLimit());
		}));
		return futures;
	}

	/** The zip entry of 毕业生去向 in a clean xlsx: sheets are numbered in template order. */
	private static String graduatesSheetEntry() {
		// v2 adds its sheets after 毕业生去向, so its place is the same in every standard.
		List<String> keys = SubmissionStandard.v1().sheets().stream().map((sheet) -> sheet.key()).toList();
		return "xl/worksheets/sheet" + (keys.indexOf(SubmissionStandard.GRADUATES) + 1) + ".xml";
	}

	private static Entry broken(String file, SampleSchool school, String what, Rule rule, String description) {
		return new Entry(file, Kind.BROKEN, school.index(), school.code(), school.name(), school.type(), what,
				rule.id(), Status.REJECTED, List.of(rule.id()), List.of(), Map.of(), List.of(), description);
	}

	/**
	 * The school with exactly {@code rows} graduates: each graduate repeated in turn with
	 * new student numbers and ID numbers, majors' 毕业生数 matching.
	 */
	static SampleSchool oversized(SampleSchool school, int rows) {
		List<GraduateRow> source = school.graduates();
		List<GraduateRow> graduates = new ArrayList<>(rows);
		Map<String, Integer> perMajor = new LinkedHashMap<>();
		for (int i = 0; i < source.size(); i++) {
			int copies = rows / source.size() + ((i < rows % source.size()) ? 1 : 0);
			GraduateRow row = source.get(i);
			for (int c = 0; c < copies; c++) {
				int serial = graduates.size();
				boolean male = row.gender().equals("男");
				graduates.add(new GraduateRow(String.format("%09d", serial), row.name(),
						SampleSchools.spareGraduateId(school.year(), serial, male), row.gender(), row.majorCode(),
						row.destination(), row.employer(), row.employerRegion(), row.employerIndustry(),
						row.employerKind(), row.related(), row.monthlyIncome(), row.furtherSchool(),
						row.certificate()));
				perMajor.merge(row.majorCode(), 1, Integer::sum);
			}
		}
		List<MajorRow> majors = school.majors()
			.stream()
			.map((m) -> new MajorRow(m.majorCode(), m.majorName(), m.duration(), m.plan(), m.admitted(), m.registered(),
					m.enrolled(), m.throughTrack(), perMajor.getOrDefault(m.majorCode(), 0), m.apprentices()))
			.toList();
		return school.withRows(majors, graduates);
	}

	private static Map<String, Integer> counts(SampleSchool school) {
		return new TreeMap<>(school.counts());
	}

	/** Mostly {@code <学校代码>_<年度>}, sometimes with or without the Chinese name. */
	private static String goodName(int index, String code, String name, int year, Form form) {
		String ext = form.format().extension();
		return switch (index % 10) {
			case 7 -> name + year + "年度质量数据" + ext;
			case 8 -> code + "-" + name + ext;
			case 9 -> year + "年" + name + "质量年报数据采集表" + ext;
			default -> code + "_" + year + ext;
		};
	}

	private static String defectName(SampleSchool school, Defect defect) {
		String ext = defectForm(defect).format().extension();
		if (defect == Defect.FILE_NAME) {
			return school.code() + "_" + (school.year() - 1) + ext;
		}
		return school.name() + "_" + defect.label() + ext;
	}

	private static String extension(String file) {
		return file.substring(file.lastIndexOf('.'));
	}

	private static <T> List<T> collect(List<Future<T>> futures) {
		List<T> results = new ArrayList<>(futures.size());
		for (Future<T> future : futures) {
			try {
				results.add(future.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while writing samples", ex);
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException("cannot write a sample", cause);
			}
		}
		return results;
	}

	private static void writeManifest(Path file, Manifest manifest) {
		try {
			mapper().writeValue(file.toFile(), manifest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private static ObjectMapper mapper() {
		return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	}

	/** Gives out file names once: a name taken already gets the school code appended. */
	private static final class FileNames {

		private final Set<String> taken = new HashSet<>();

		String claim(String wanted) {
			String name = wanted;
			int dot = wanted.lastIndexOf('.');
			int n = 2;
			while (!this.taken.add(name)) {
				name = wanted.substring(0, dot) + "（" + n++ + "）" + wanted.substring(dot);
			}
			return name;
		}

	}

}
