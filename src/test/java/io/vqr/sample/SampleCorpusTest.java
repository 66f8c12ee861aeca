package io.vqr.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.vqr.sample.Manifest.Entry;
import io.vqr.sample.Manifest.Kind;
import io.vqr.sample.Manifest.Status;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SubmissionStandard;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleCorpusTest {

	private static final long SEED = 7L;

	private static final int YEAR = 2024;

	private static final SampleCorpus.Options OPTIONS = SampleCorpus.Options.defaults()
		.withSizeScale(0.05)
		.withDefectScale(0.1)
		.withRowLimit(300)
		.withPriorYear(true);

	@TempDir
	static Path dir;

	private static Manifest manifest;

	@BeforeAll
	static void generate() {
		manifest = new SampleCorpus().generate(dir.resolve("a"), 12, YEAR, SEED, OPTIONS);
	}

	private static Path file(Entry entry) {
		return dir.resolve("a").resolve(entry.file());
	}

	@Test
	void everyErrorRuleHasABrokenFileMadeForIt() {
		Set<String> targeted = manifest.files().stream().map(Entry::target).collect(Collectors.toSet());
		List<String> errors = Rule.of(SubmissionStandard.forYear(YEAR))
			.stream()
			.filter((rule) -> rule.severity() == Severity.ERROR)
			.map(Rule::id)
			.toList();
		assertThat(targeted).containsAll(errors);
		assertThat(targeted).contains("W-FILE-NAME", "W-TOTAL-MISMATCH", "W-GRADUATES-MISMATCH", "W-GENDER-ID", "W-AGE",
				"W-INCOME-RANGE", "W-ADMITTED-GT-PLAN", "W-MAJOR-NAME", "W-TEACHER-MAJOR", "W-CROSS-SCHOOL-ID");
		for (Entry entry : manifest.files()) {
			if (entry.target() != null) {
				Rule rule = Rule.byId(entry.target()).orElseThrow();
				assertThat(entry.expectedStatus())
					.isEqualTo((rule.severity() == Severity.ERROR) ? Status.REJECTED : Status.ACCEPTED_WITH_WARNINGS);
				assertThat(entry.expectedRules()).containsExactly(rule.id());
			}
		}
	}

	@Test
	void manifestOnDiskMatchesTheReturnedOne() {
		assertThat(SampleCorpus.readManifest(dir.resolve("a").resolve(SampleCorpus.MANIFEST))).isEqualTo(manifest);
		assertThat(manifest.files()).allMatch((entry) -> Files.exists(file(entry)));
		assertThat(manifest.files().stream().map(Entry::file).distinct().count()).isEqualTo(manifest.files().size());
	}

	@Test
	void goodFilesOpenAndLoadTheirModel() throws IOException {
		List<Entry> good = manifest.files().stream().filter((e) -> e.kind() == Kind.GOOD).toList();
		assertThat(good).hasSize(12);
		assertThat(good.stream().map(Entry::schoolType).distinct()).hasSize(6);
		assertThat(good.stream().map(Entry::form).distinct().count()).isGreaterThan(4);
		for (Entry entry : good) {
			SampleSchool school = SampleSchools.generate(SEED, entry.schoolIndex(), YEAR, OPTIONS.sizeScale());
			assertThat(entry.counts().get(SubmissionStandard.GRADUATES)).isEqualTo(school.graduates().size());
			try (Workbook workbook = WorkbookFactory.create(file(entry).toFile(), null, true)) {
				SubmissionWriterTest.assertSameValues(school, workbook);
			}
			Status expected = (entry.schoolIndex() == SampleSchools.JUMP_SCHOOL_INDEX) ? Status.ACCEPTED_WITH_WARNINGS
					: Status.ACCEPTED;
			assertThat(entry.expectedStatus()).isEqualTo(expected);
		}
	}

	@Test
	void defectFilesOpenAndCarryTheirDefect() throws IOException {
		for (Entry entry : manifest.files().stream().filter((e) -> e.kind() == Kind.DEFECT).toList()) {
			try (Workbook workbook = WorkbookFactory.create(file(entry).toFile(), null, true)) {
				assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
				if (entry.target().equals("F-SHEET-MISSING")) {
					assertThat(workbook.getSheet("教师")).isNull();
				}
				if (entry.target().equals("R-ID-PRECISION")) {
					Sheet graduates = workbook.getSheet("毕业生去向");
					long numeric = 0;
					for (int r = 1; r <= graduates.getLastRowNum(); r++) {
						if (graduates.getRow(r).getCell(2).getCellType() == CellType.NUMERIC) {
							numeric++;
						}
					}
					assertThat(numeric).isEqualTo(1);
				}
			}
		}
		Entry crossSchool = entry("W-CROSS-SCHOOL-ID");
		assertThat(crossSchool.processAfter()).containsExactly(manifest.files().get(0).file());
		Entry fileName = entry("W-FILE-NAME");
		assertThat(fileName.file()).isEqualTo(fileName.schoolCode() + "_" + (YEAR - 1) + ".xlsx");
	}

	@Test
	void unreadableFilesFailToOpen() {
		for (Entry entry : manifest.files()) {
			if (!"F-UNREADABLE".equals(entry.target())) {
				continue;
			}
			assertThatThrownBy(() -> {
				try (Workbook workbook = WorkbookFactory.create(file(entry).toFile(), null, true)) {
					workbook.getSheetAt(2).getLastRowNum();
				}
			}).as(entry.file()).isInstanceOfAny(IOException.class, RuntimeException.class);
		}
		assertThat(manifest.files().stream().filter((e) -> "F-UNREADABLE".equals(e.target())).map(Entry::form))
			.containsExactlyInAnyOrder("EMPTY", "TEXT_AS_XLSX", "TRUNCATED");
	}

	@Test
	void encryptedFileOpensOnlyWithItsPassword() throws Exception {
		Entry entry = entry("F-ENCRYPTED");
		assertThatThrownBy(() -> WorkbookFactory.create(file(entry).toFile(), null, true).close())
			.isInstanceOf(org.apache.poi.EncryptedDocumentException.class);
		try (POIFSFileSystem fs = new POIFSFileSystem(file(entry).toFile(), true)) {
			Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
			assertThat(decryptor.verifyPassword(BrokenFiles.PASSWORD)).isTrue();
			try (InputStream in = decryptor.getDataStream(fs); Workbook workbook = WorkbookFactory.create(in)) {
				assertThat(workbook.getSheet("毕业生去向")).isNotNull();
			}
		}
	}

	@Test
	void tooLargeFilesBreakTheirLimits() throws IOException {
		List<Entry> tooLarge = manifest.files().stream().filter((e) -> "F-TOO-LARGE".equals(e.target())).toList();
		assertThat(tooLarge).extracting(Entry::form).containsExactlyInAnyOrder("ZIP_BOMB", "TOO_MANY_ROWS");
		Entry bomb = tooLarge.stream().filter((e) -> e.form().equals("ZIP_BOMB")).findFirst().orElseThrow();
		assertThat(Files.size(file(bomb))).isLessThan(4L * 1024 * 1024);
		double smallest = 1;
		try (ZipFile zip = new ZipFile(file(bomb).toFile())) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getSize() > 0) {
					smallest = Math.min(smallest, entry.getCompressedSize() / (double) entry.getSize());
				}
			}
		}
		assertThat(smallest).isLessThan(0.005);
		assertThatThrownBy(() -> WorkbookFactory.create(file(bomb).toFile(), null, true).close())
			.hasStackTraceContaining("Zip bomb");
		Entry rows = tooLarge.stream().filter((e) -> e.form().equals("TOO_MANY_ROWS")).findFirst().orElseThrow();
		try (Workbook workbook = WorkbookFactory.create(file(rows).toFile(), null, true)) {
			assertThat(workbook.getSheet("毕业生去向").getLastRowNum()).isEqualTo(OPTIONS.rowLimit() + 1);
		}
	}

	@Test
	void theDuplicateIsByteIdenticalToTheFirstGoodFile() throws IOException {
		Entry copy = manifest.files().stream().filter((e) -> e.kind() == Kind.COPY).findFirst().orElseThrow();
		assertThat(copy.expectedStatus()).isEqualTo(Status.DUPLICATE);
		Path original = dir.resolve("a").resolve(copy.processAfter().get(0));
		assertThat(Files.readAllBytes(file(copy))).isEqualTo(Files.readAllBytes(original));
	}

	@Test
	void writingAgainIntoTheSameFolderReplacesTheFiles() {
		// The demo run a second time writes its samples into the folder of the first.
		SampleCorpus corpus = new SampleCorpus();
		corpus.generate(dir.resolve("c"), 8, YEAR, SEED, OPTIONS);
		assertThat(corpus.generate(dir.resolve("c"), 8, YEAR, SEED, OPTIONS).files()).isNotEmpty()
			.anyMatch((entry) -> entry.kind() == Kind.COPY);
	}

	@Test
	void theSameSeedGivesTheSameCorpus() throws IOException {
		Manifest again = new SampleCorpus().generate(dir.resolve("b"), 12, YEAR, SEED, OPTIONS.withThreads(1));
		assertThat(again).isEqualTo(manifest);
		for (Entry entry : manifest.files()) {
			byte[] first = Files.readAllBytes(file(entry));
			byte[] second = Files.readAllBytes(dir.resolve("b").resolve(entry.file()));
			if ("F-ENCRYPTED".equals(entry.target())) {
				// POI draws the salt at random; the content under the password is the
				// same.
				assertThat(second.length).isEqualTo(first.length);
				continue;
			}
			assertThat(second).as(entry.file()).isEqualTo(first);
		}
	}

	@Test
	void goodFilesAreMostlyNamedByCodeAndYear() {
		Map<Boolean, Long> byCode = manifest.files()
			.stream()
			.filter((e) -> e.kind() == Kind.GOOD)
			.collect(Collectors.partitioningBy((e) -> e.file().matches(e.schoolCode() + "_" + YEAR + "\\.xlsx?"),
					Collectors.counting()));
		assertThat(byCode.get(true)).isGreaterThan(byCode.get(false));
		assertThat(byCode.get(false)).isPositive();
	}

	private static Entry entry(String target) {
		return manifest.files().stream().filter((e) -> target.equals(e.target())).findFirst().orElseThrow();
	}

}
