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
		return run(command, log, 0);
	}

	/**
	 * Runs {@code command}, a JVM, and while it runs has it collect its whole heap every
	 * {@code fullGcEveryMillis} ms ({@code jcmd <pid> GC.run}) when that is above 0, so
	 * its GC log shows the live set over the run. The collections cost the child time:
	 * such a run is not a timing.
	 */
	public static ChildRun run(List<String> command, Path log, long fullGcEveryMillis)
			throws IOException, InterruptedException {
		Files.createDirectories(log.toAbsolutePath().getParent());
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		Path proc = Path.of("/proc", Long.toString(process.pid()));
		double peakKb = 0;
		double cpu = 0;
		long nextFullGc = start + fullGcEveryMillis * 1_000_000;
		while (process.isAlive()) {
			peakKb = Math.max(peakKb, vmHwmKb(proc).orElse(0L));
			cpu = Math.max(cpu, cpuSeconds(proc).orElse(0.0));
			if (fullGcEveryMillis > 0 && System.nanoTime() >= nextFullGc) {
				collectHeap(process.pid(), log);
				nextFullGc = System.nanoTime() + fullGcEveryMillis * 1_000_000;
			}
			process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		double wall = (System.nanoTime() - start) / 1e9;
		return new ChildRun(process.exitValue(), wall, cpu, peakKb / 1024.0, log);
	}

	/**
	 * Asks JVM {@code pid} for a full collection; its output goes to a log of its own
	 * beside {@code childLog}. A JVM still starting (or already ending) may not answer:
	 * that probe is simply missed.
	 */
	private static void collectHeap(long pid, Path childLog) throws IOException, InterruptedException {
		Path jcmd = jcmd().orElseThrow(() -> new IOException("no jcmd in " + System.getProperty("java.home")));
		Path probeLog = childLog.resolveSibling(childLog.getFileName() + ".jcmd");
		Process probe = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(probeLog.toFile()))
			.start();
		if (!probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			probe.destroyForcibly();
		}
	}

	/** The JDK's jcmd beside this JVM's java, which the live-heap probe needs. */
	public static Optional<Path> jcmd() {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		return Files.isExecutable(jcmd) ? Optional.of(jcmd) : Optional.empty();
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
