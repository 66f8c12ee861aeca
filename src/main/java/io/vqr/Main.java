package io.vqr;

import io.vqr.cli.CommandLines;

/** Entry point of the runnable jar. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(CommandLines.create().execute(args));
	}

}
