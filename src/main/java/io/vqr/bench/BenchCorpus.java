package io.vqr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;

/**
 * A deterministic province of good submissions written by the sample generator — every
 * 办学类型, clean and messy forms, .xlsx and .xls, no defect or broken files — kept in a
 * folder and reused by later benchmark runs with the same parameters.
 *
 * @param dir the folder (the inbox the ingest reads)
 * @param schools schools (one file each)
 * @param sizeScale the generator's size factor
 * @param xlsxFiles .xlsx files
 * @param xlsFiles .xls files
 * @param megabytes the workbooks' total size
 * @param rowsPerSheet data rows per sheet over all files, by the standard's sheet key
 * @param generatedSeconds how long writing it took (0 when reused)
 */
public record BenchCorpus(Path dir, int schools, double sizeScale, int xlsxFiles, int xlsFiles, double megabytes,
		Map<String, Long> rowsPerSheet, double generatedSeconds) {

	public long totalRows() {
		return this.rowsPerSheet.values().stream().mapToLong(Long::longValue).sum();
	}

	public int files() {
		return this.xlsxFiles + this.xlsFiles;
	}

	/**
	 * Writes the corpus into {@code dir} unless a complete one with the same parameters
	 * is there.
	 */
	public static BenchCorpus prepare(Path dir, int schools, double sizeScale, int year, long seed) throws IOException {
		Path manifestFile = dir.resolve(SampleCorpus.MANIFEST);
		ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		Manifest manifest = null;
		if (Files.exists(manifestFile)) {
			Manifest existing = json.readValue(manifestFile.toFile(), Manifest.class);
			if (existing.schools() == schools && existing.sizeScale() == sizeScale && existing.seed() == seed
					&& existing.year() == year
					&& existing.files().stream().allMatch((e) -> Files.exists(dir.resolve(e.file())))) {
				manifest = existing;
			}
		}
		double seconds = 0;
		if (manifest == null) {
			long start = System.nanoTime();
			manifest = new SampleCorpus().generate(dir, schools, year, seed,
					SampleCorpus.Options.defaults().withSizeScale(sizeScale).withDefects(false));
			seconds = (System.nanoTime() - start) / 1e9;
		}
		Map<String, Long> rows = new TreeMap<>();
		manifest.files()
			.forEach((entry) -> entry.counts().forEach((sheet, count) -> rows.merge(sheet, (long) count, Long::sum)));
		int xlsx = 0;
		int xls = 0;
		long bytes = 0;
		try (Stream<Path> listing = Files.list(dir)) {
			for (Path file : (Iterable<Path>) listing.filter(FloorLoader::isWorkbook)::iterator) {
				bytes += Files.size(file);
				if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
					xls++;
				}
				else {
					xlsx++;
				}
			}
		}
		return new BenchCorpus(dir, schools, sizeScale, xlsx, xls, bytes / 1e6, rows, seconds);
	}

}
