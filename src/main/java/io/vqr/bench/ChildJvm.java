package io.vqr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a child process and watches it through {@code /proc/<pid>}: its resident-set
 * high-water mark ({@code VmHWM}, which only grows, so the last reading before exit is
 * the peak) and its CPU time, polled every {@value #POLL_MILLIS} ms.
 */
public final class ChildJvm {

	private static final long POLL_MILLIS = 100;

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double CLOCK_TICKS = 100.0;

	private ChildJvm() {
	}

	/** The java launcher of this JVM, so children run on the same Java. */
	public static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Runs {@code command} with output to {@code log} and waits for it. */
	public static ChildRun run(List<String> command, Path log) throws IOException, InterruptedException {
		Files.createDirectories(log.toAbsolutePath().getParent());
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		Path proc = Path.of("/proc", Long.toString(process.pid()));
		double peakKb = 0;
		double cpu = 0;
		while (process.isAlive()) {
			peakKb = Math.max(peakKb, vmHwmKb(proc).orElse(0L));
			cpu = Math.max(cpu, cpuSeconds(proc).orElse(0.0));
			process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		double wall = (System.nanoTime() - start) / 1e9;
		return new ChildRun(process.exitValue(), wall, cpu, peakKb / 1024.0, log);
	}

	static Optional<Long> vmHwmKb(Path proc) {
		try {
			for (String line : Files.readAllLines(proc.resolve("status"))) {
				if (line.startsWith("VmHWM:")) {
					return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// the process has just exited; the previous reading stands
		}
		return Optional.empty();
	}

	/**
	 * User + system time of the process; with {@code withChildren}, also of its
	 * waited-for children (PostgreSQL's backends count into the postmaster that way).
	 */
	static Optional<Double> cpuSeconds(Path proc, boolean withChildren) {
		try {
			String stat = Files.readString(proc.resolve("stat"));
			// The command name (field 2) may hold spaces; the fields after it are plain.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16,
			// cstime 17.
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			if (withChildren) {
				ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
			}
			return Optional.of(ticks / CLOCK_TICKS);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	static Optional<Double> cpuSeconds(Path proc) {
		return cpuSeconds(proc, false);
	}

	/** The 1-minute load average, or NaN where there is no {@code /proc/loadavg}. */
	public static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

}
