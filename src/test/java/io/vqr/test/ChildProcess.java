package io.vqr.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code vqr} command in its own JVM (the test class path, {@code -Xmx512m}), for
 * tests that must kill a process the way an operating system or an operator would.
 */
public final class ChildProcess {

	private final Process process;

	private final List<String> output = new ArrayList<>();

	private ChildProcess(Process process) {
		this.process = process;
	}

	public static ChildProcess start(Path workingDirectory, Map<String, String> environment, String... arguments)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.vqr.Main"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.directory(workingDirectory.toFile());
		return new ChildProcess(builder.start());
	}

	/**
	 * Reads the output until a line contains the marker, then kills the process with
	 * SIGKILL.
	 * @return whether the marker came (false: the process ended first)
	 */
	public boolean killWhenOutputContains(String marker) throws IOException, InterruptedException {
		try (BufferedReader reader = reader()) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.output.add(line);
				if (line.contains(marker)) {
					this.process.destroyForcibly();
					this.process.waitFor(30, TimeUnit.SECONDS);
					return true;
				}
			}
		}
		return false;
	}

	/** Waits for the end, collecting the output. */
	public int waitForExit(long minutes) throws Exception {
		CompletableFuture<Void> reading = CompletableFuture.runAsync(this::drain);
		if (!this.process.waitFor(minutes, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("no exit within " + minutes + " minutes: " + this.output);
		}
		reading.get(10, TimeUnit.SECONDS);
		return this.process.exitValue();
	}

	public int exitValue() {
		return this.process.exitValue();
	}

	public List<String> output() {
		return this.output;
	}

	private void drain() {
		try (BufferedReader reader = reader()) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.output.add(line);
			}
		}
		catch (IOException ex) {
			this.output.add("(output lost: " + ex + ")");
		}
	}

	private BufferedReader reader() {
		return new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
	}

}
