package io.vqr.jobs;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directive is in the JVM exactly while at least one job runs, and never when
 * switched off.
 */
class QuickCompilationTest {

	@Test
	void excludesC2WhileJobsRunAndRestoresItAfterTheLast() throws Exception {
		QuickCompilation quick = new QuickCompilation(true);
		int before = directives();

		quick.beforeJob(new JobExecution(1L));
		quick.enter();
		assertThat(quick.active()).isTrue();
		assertThat(directives()).isEqualTo(before + 1);
		assertThat(print()).contains("Exclude:true");

		quick.afterJob(new JobExecution(1L));
		assertThat(quick.active()).as("other work still runs").isTrue();
		quick.exit();
		assertThat(quick.active()).isFalse();
		assertThat(directives()).isEqualTo(before);
	}

	@Test
	void changesNothingWhenSwitchedOff() throws Exception {
		QuickCompilation quick = new QuickCompilation(false);
		int before = directives();

		quick.beforeJob(new JobExecution(3L));

		assertThat(quick.active()).isFalse();
		assertThat(directives()).isEqualTo(before);
		quick.afterJob(new JobExecution(3L));
	}

	/** How many directives the JVM holds, its default one included. */
	private static int directives() throws Exception {
		return print().split("Directive:", -1).length - 1;
	}

	private static String print() throws Exception {
		return ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
					new Object[] { new String[0] }, new String[] { String[].class.getName() })
			.toString();
	}

}
