package io.vqr.cli;

import io.vqr.standard.SubmissionStandard;
import picocli.CommandLine.IVersionProvider;

/** Prints the build's version and the submission standard it implements. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = VersionProvider.class.getPackage().getImplementationVersion();
		return new String[] { "vqr " + ((version != null) ? version : "(development build)"),
				"submission standards v1 (to " + (SubmissionStandard.FIRST_V2_YEAR - 1) + "), v2 (from "
						+ SubmissionStandard.FIRST_V2_YEAR + ")" };
	}

}
