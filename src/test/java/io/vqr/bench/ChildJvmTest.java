package io.vqr.bench;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's watch over a child JVM through /proc, and the live-heap probe: full
 * collections asked for with jcmd while the child runs show up in its GC log.
 */
@EnabledOnOs(OS.LINUX)
class ChildJvmTest {

	@TempDir
	Path dir;

	@Test
	void measuresAChildAndCollectsItsHeapWhileItRuns() throws Exception {
		Path gcLog = this.dir.resolve("gc.log");
		List<String> command = List.of(ChildJvm.javaExecutable(), "-Xmx64m", "-Xlog:gc:file=" + gcLog, "-cp",
				System.getProperty("java.class.path"), Sleeper.class.getName());

		ChildRun run = ChildJvm.run(command, this.dir.resolve("child.log"), 500);

		assertThat(run.exitCode()).isZero();
		assertThat(run.wallSeconds()).isGreaterThanOrEqualTo(2.0);
		assertThat(run.peakRssMb()).isPositive();
		GcLogPeak peak = GcLogPeak.read(gcLog);
		assertThat(peak.fullCollections()).as("full collections asked for by jcmd").isGreaterThanOrEqualTo(1);
		// The sleeper keeps 8 MB alive throughout: the live heap sees it, and not much
		// more.
		assertThat(peak.liveAfterFullGcMb()).isBetween(8.0, 40.0);
	}

	/** A child that holds 8 MB and waits. */
	public static final class Sleeper {

		private Sleeper() {
		}

		public static void main(String[] args) throws InterruptedException {
			byte[] kept = new byte[8 << 20];
			Thread.sleep(2500);
			System.out.println(kept.length);
		}

	}

}
