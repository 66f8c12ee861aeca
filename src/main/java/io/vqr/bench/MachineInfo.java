package io.vqr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine the figures were taken on, from {@code /proc}.
 *
 * @param processors cores the JVM sees ({@code nproc})
 * @param memoryGb total memory
 * @param cpuModel the first processor's model name
 * @param loadAverage the 1-minute load average when the benchmark started
 * @param java the Java version the children run on
 */
public record MachineInfo(int processors, double memoryGb, String cpuModel, double loadAverage, String java) {

	public static MachineInfo read() {
		return new MachineInfo(Runtime.getRuntime().availableProcessors(), totalMemoryGb(), firstCpuModel(),
				ChildJvm.loadAverage(), System.getProperty("java.version"));
	}

	private static double totalMemoryGb() {
		for (String line : lines("/proc/meminfo")) {
			if (line.startsWith("MemTotal:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
			}
		}
		return Double.NaN;
	}

	private static String firstCpuModel() {
		for (String line : lines("/proc/cpuinfo")) {
			if (line.startsWith("model name")) {
				return line.substring(line.indexOf(':') + 1).trim();
			}
		}
		return System.getProperty("os.arch");
	}

	private static List<String> lines(String file) {
		try {
			return Files.readAllLines(Path.of(file));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
