package io.vqr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogPeakTest {

	@TempDir
	Path dir;

	@Test
	void takesTheLargestBeforeAfterAndCommittedOverEveryCollection() throws IOException {
		Path log = this.dir.resolve("gc.log");
		Files.writeString(log, """
				[0.005s][info][gc] Using G1
				[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->5M(258M) 3.456ms
				[1.020s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 221M->104M(260M) 20.295ms
				[1.500s][info][gc] GC(2) Pause Remark 150M->90M(300M) 1.2ms
				[2.000s][info][gc] GC(3) Pause Full (Diagnostic Command) 2048K->1024K(1G) 5.0ms
				[2.500s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 60M->30M(1G) 2.1ms
				[3.000s][info][gc] GC(5) Pause Full (System.gc()) 80M->61M(1G) 9.0ms
				""");
		GcLogPeak peak = GcLogPeak.read(log);
		assertThat(peak.usedBeforeGcMb()).isEqualTo(221.0);
		assertThat(peak.afterGcMb()).isEqualTo(104.0);
		assertThat(peak.liveAfterFullGcMb()).isEqualTo(61.0);
		assertThat(peak.liveMedianAfterFullGcMb()).isEqualTo(31.0);
		assertThat(peak.committedMb()).isEqualTo(1024.0);
		assertThat(peak.collections()).isEqualTo(6);
		assertThat(peak.fullCollections()).isEqualTo(2);
	}

	@Test
	void aMissingLogIsNoCollection() throws IOException {
		assertThat(GcLogPeak.read(this.dir.resolve("none.log")).collections()).isZero();
	}

}
