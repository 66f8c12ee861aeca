package io.vqr.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;

/**
 * Keeps the JVM's optimizing compiler (C2) out of the way while reports render. Rendering
 * runs a great deal of library code (Flying Saucer, OpenPDF, Thymeleaf, POI, XMLBeans,
 * JFreeChart) for a minute or so on a few cores, and C2 competes with it for them:
 * measured per thread on a province of 600 schools with two cores, C2 spent 39
 * CPU-seconds compiling while the render workers spent 65, and the run ended before the
 * faster code paid that back. The quick compiler (C1) alone renders the same files with a
 * quarter less CPU (120 → 91 s; wall 74 → 60 s). The ingest is left alone: its time goes
 * to a few tight loops (XML scanning, hashing) where C2's code is worth its compile time
 * (measured: 28–29 s with C2, 31 s without).
 * <p>
 * Done with a HotSpot compiler directive excluding C2 (JEP 165), added through the
 * DiagnosticCommand MBean when the first report job starts and removed when the last
 * running one ends, so a long-running {@code schedule} process compiles as usual between
 * runs. On a JVM without directives nothing changes. Off with
 * {@code vqr.quick-compilation=false} (environment {@code VQR_QUICK_COMPILATION=false}).
 */
public class QuickCompilation implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(QuickCompilation.class);

	private static final String DIAGNOSTIC_COMMANDS = "com.sun.management:type=DiagnosticCommand";

	private static final Pattern ADDED = Pattern.compile("\\b[1-9]\\d* compiler directives added");

	private static final String NO_C2 = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

	private final boolean enabled;

	private final Object lock = new Object();

	private int running;

	private boolean added;

	public QuickCompilation(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		enter();
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		exit();
	}

	/** Work begins: the first one adds the directive. */
	public void enter() {
		if (!this.enabled) {
			return;
		}
		synchronized (this.lock) {
			if (this.running++ == 0) {
				this.added = addDirective();
			}
		}
	}

	/** Work ends: the last one removes the directive. */
	public void exit() {
		if (!this.enabled) {
			return;
		}
		synchronized (this.lock) {
			if (--this.running == 0 && this.added) {
				invoke("compilerDirectivesRemove");
				this.added = false;
			}
		}
	}

	/** Whether the directive is in force (for tests and logs). */
	public boolean active() {
		synchronized (this.lock) {
			return this.added;
		}
	}

	private static boolean addDirective() {
		Path file = null;
		try {
			// The command reads directives from a file only.
			file = Files.createTempFile("vqr-quick-compilation", ".json");
			Files.writeString(file, NO_C2);
			Object answer = invoke("compilerDirectivesAdd", file.toString());
			return answer != null && ADDED.matcher(answer.toString()).find();
		}
		catch (IOException ex) {
			log.debug("Compiler directive not written: {}", ex.toString());
			return false;
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.debug("Cannot delete {}: {}", file, ex.toString());
				}
			}
		}
	}

	/** The diagnostic command's answer, or null when there is no such command. */
	private static Object invoke(String command, String... arguments) {
		try {
			Object answer = ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName(DIAGNOSTIC_COMMANDS), command, new Object[] { arguments },
						new String[] { String[].class.getName() });
			log.debug("{}: {}", command, answer);
			return answer;
		}
		catch (JMException | RuntimeException ex) {
			// Not HotSpot, or diagnostic commands disabled: compile as usual.
			log.debug("{} not available: {}", command, ex.toString());
			return null;
		}
	}

}
