package io.vqr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.vqr.sample.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCorpusTest {

	@TempDir
	Path dir;

	@Test
	void writesGoodFilesOnlyAndReusesThemWhenAskedAgain() throws IOException {
		BenchCorpus first = BenchCorpus.prepare(this.dir, 8, 0.05, 2024, 7);
		assertThat(first.files()).isEqualTo(8);
		assertThat(first.xlsFiles()).isPositive();
		assertThat(first.xlsxFiles()).isPositive();
		assertThat(first.rowsPerSheet()).containsKeys("graduates", "teachers", "majors");
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.filter(FloorLoader::isWorkbook).count()).isEqualTo(8);
		}
		long modified = Files.getLastModifiedTime(this.dir.resolve(SampleCorpus.MANIFEST)).toMillis();

		BenchCorpus again = BenchCorpus.prepare(this.dir, 8, 0.05, 2024, 7);
		assertThat(again.generatedSeconds()).isZero();
		assertThat(again.rowsPerSheet()).isEqualTo(first.rowsPerSheet());
		assertThat(again.megabytes()).isEqualTo(first.megabytes());
		assertThat(Files.getLastModifiedTime(this.dir.resolve(SampleCorpus.MANIFEST)).toMillis()).isEqualTo(modified);
	}

	@Test
	void otherParametersWriteTheCorpusAgain() throws IOException {
		BenchCorpus small = BenchCorpus.prepare(this.dir, 8, 0.05, 2024, 7);
		BenchCorpus bigger = BenchCorpus.prepare(this.dir, 8, 0.1, 2024, 7);
		assertThat(bigger.generatedSeconds()).isPositive();
		assertThat(bigger.totalRows()).isGreaterThan(small.totalRows());
	}

}
