package io.vqr.jobs.ingest;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.jobs.ingest.CrossSchoolIdCheck.Result;
import io.vqr.jobs.ingest.CrossSchoolIdCheck.WarnedFile;
import io.vqr.warehouse.AcceptedFiles;

import org.springframework.stereotype.Component;

/**
 * The cross-school ID check of a run (or of an upload), then, once its transaction has
 * committed, each file it warned handed to {@link AcceptedFiles#warningsAdded} (review
 * moves the school-year back to explaining).
 */
@Component
public class CrossSchoolWarnings {

	private static final Logger log = LoggerFactory.getLogger(CrossSchoolWarnings.class);

	private final CrossSchoolIdCheck check;

	private final AcceptedFiles acceptedFiles;

	public CrossSchoolWarnings(CrossSchoolIdCheck check, AcceptedFiles acceptedFiles) {
		this.check = check;
		this.acceptedFiles = acceptedFiles;
	}

	public Result check(int year) throws IOException {
		Result result = this.check.check(year);
		if (result.checked() > 0) {
			log.info("跨校身份证号核查：核查 {} 个文件，其中 {} 个文件的 {} 名毕业生也出现在其他学校的数据中", result.checked(), result.warned(),
					result.graduates());
		}
		for (WarnedFile warned : result.warnedFiles()) {
			this.acceptedFiles.warningsAdded(warned.submissionId(), warned.year(), warned.schoolCode());
		}
		return result;
	}

}
