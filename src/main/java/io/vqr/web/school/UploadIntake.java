package io.vqr.web.school;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.findings.Finding;
import io.vqr.jobs.ingest.FileIntake;
import io.vqr.jobs.ingest.IntakeResult;
import io.vqr.validation.SchoolIdentity;
import io.vqr.validation.SubmissionValidator;
import io.vqr.validation.TypedRowSink;
import io.vqr.validation.ValidationOutcome;
import io.vqr.warehouse.SubmissionStatus;
import io.vqr.web.Masking;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One uploaded workbook, from the browser to its outcome: the content decides the format
 * (never the name), the 学校代码 inside must be the uploader's school, then the file goes the
 * batch's way ({@link FileIntake}: archived, registered, claimed and processed through
 * the same stages as a batch ingest, which may run at the same time) while the school
 * waits. The upload itself is never kept where a page could serve it: only the archive
 * holds it, as every submitted file.
 */
@Component
public class UploadIntake {

	private static final Logger log = LoggerFactory.getLogger(UploadIntake.class);

	private final SubmissionValidator validator;

	private final FileIntake intake;

	private final Path work;

	UploadIntake(SubmissionValidator validator, FileIntake intake, @Value("${vqr.data-dir:data}") Path dataDir) {
		this.validator = validator;
		this.intake = intake;
		this.work = dataDir.resolve("portal");
	}

	/** What became of an upload. */
	public sealed interface Result {

		/** Processed (or the same content was processed before): see the file's page. */
		record Processed(long submissionId, boolean duplicate) implements Result {
		}

		/**
		 * Refused before processing: why, and the findings of a file that could not be
		 * read.
		 */
		record Refused(String reason, List<Finding> findings) implements Result {
		}

	}

	public Result submit(int year, String schoolCode, String originalName, InputStream content) throws IOException {
		Path inbox = this.work.resolve("uploads").resolve(UUID.randomUUID().toString());
		Files.createDirectories(inbox);
		try {
			Path received = inbox.resolve("upload");
			Files.copy(content, received, StandardCopyOption.REPLACE_EXISTING);
			Optional<String> extension = workbookExtension(received);
			if (extension.isEmpty()) {
				return new Result.Refused(
						"上传的文件不是 Excel 工作簿（.xlsx 或 .xls）。请在 Excel 中打开本校填好的数据表，" + "“另存为” Excel 工作簿后再上传。", List.of());
			}
			String name = fileName(originalName, extension.get());
			Path file = Files.move(received, inbox.resolve(name));
			ValidationOutcome precheck = this.validator.validate(file, name, year, TypedRowSink.DISCARD);
			Optional<String> code = precheck.school().map(SchoolIdentity::code);
			if (code.isEmpty()) {
				return new Result.Refused("未能从文件中读出学校代码，文件没有提交。请按下表修改后再上传；" + "学校代码填在“学校基本信息”表中。", precheck.findings());
			}
			if (!code.get().equals(schoolCode)) {
				String other = precheck.school().map(SchoolIdentity::name).orElse("");
				return new Result.Refused("文件中的学校代码是 " + code.get() + (other.isBlank() ? "" : "（" + other + "）")
						+ "，不是本校的学校代码 " + schoolCode + "，文件没有提交。请上传本校的数据文件；" + "如学校代码填错了，请改正后再上传。", List.of());
			}
			IntakeResult result = this.intake.submit(year, name, file,
					this.work.resolve("feedback").resolve(Integer.toString(year)));
			boolean duplicate = result.status() == SubmissionStatus.DUPLICATE;
			log.info("Portal upload of school {} is submission {} ({})", schoolCode, result.submissionId(),
					result.status());
			return new Result.Processed(result.submissionId(), duplicate);
		}
		finally {
			deleteQuietly(inbox);
		}
	}

	/** .xlsx or .xls by what the bytes are; empty when they are not a workbook. */
	static Optional<String> workbookExtension(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			FileMagic magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
			return switch (magic) {
				case OOXML -> Optional.of(".xlsx");
				case OLE2 -> Optional.of(".xls");
				default -> Optional.empty();
			};
		}
	}

	/**
	 * The school's file name without any folder, control or reserved character, with the
	 * extension its content has.
	 */
	static String fileName(String originalName, String extension) {
		String name = (originalName != null) ? originalName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		String lower = name.toLowerCase(Locale.ROOT);
		for (String known : List.of(".xlsx", ".xlsm", ".xls")) {
			if (lower.endsWith(known)) {
				name = name.substring(0, name.length() - known.length());
				break;
			}
		}
		name = Masking.text(name);
		if (name.isBlank() || name.startsWith(".") || name.startsWith("~$")) {
			name = "上传的工作簿";
		}
		if (name.length() > 80) {
			name = name.substring(0, 80);
		}
		return name + extension;
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}: {}", path, ex.getMessage());
				}
			});
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", folder, ex.getMessage());
		}
	}

}
