package io.vqr.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds the command line with the exit codes of the contract: 0 done, 2 wrong usage (one
 * line saying what is wrong and how to get help), 1 the job failed (one line with the
 * cause; the stack trace goes to the log at debug level).
 */
public final class CommandLines {

	private static final Logger log = LoggerFactory.getLogger(CommandLines.class);

	public static final int USAGE = 2;

	public static final int FAILED = 1;

	private CommandLines() {
	}

	public static CommandLine create() {
		CommandLine commandLine = new CommandLine(new VqrCommand());
		commandLine.setParameterExceptionHandler(CommandLines::usageError);
		commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
			log.debug("command failed", ex);
			PrintWriter err = cl.getErr();
			err.println("error: " + describe(ex));
			err.flush();
			return FAILED;
		});
		commandLine.setUsageHelpAutoWidth(true);
		return commandLine;
	}

	private static int usageError(ParameterException ex, String[] args) {
		CommandLine cl = ex.getCommandLine();
		PrintWriter err = cl.getErr();
		err.println("error: " + ex.getMessage());
		err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
		err.flush();
		return USAGE;
	}

	/**
	 * The cause a data office can act on: the innermost message, with its type when the
	 * message is empty.
	 */
	static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		if (cause != ex && ex.getMessage() != null && !ex.getMessage().contains(message)) {
			return ex.getMessage() + ": " + message;
		}
		return message;
	}

}
