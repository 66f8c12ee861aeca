package io.vqr.feedback;

import java.util.Map;

import io.vqr.standard.Severity;

/**
 * The outcome a feedback workbook announces (submission standard section 3), with the
 * words a school reads and the colour of the verdict.
 */
public enum FeedbackStatus {

	/** No ERROR and no WARNING: loaded. */
	ACCEPTED("已通过", Tone.GOOD, "数据已通过校验并已入库，无需再次提交。"),

	/** WARNINGs but no ERROR: loaded; the school may confirm or fix. */
	ACCEPTED_WITH_WARNINGS("已通过（有警告）", Tone.CAUTION, "数据已通过校验并已入库。请逐条核实警告：数据无误可不修改；如需更正，请修改后重新提交整个文件，新文件将替换本次数据。"),

	/** At least one ERROR: nothing of the file was loaded. */
	REJECTED("未通过", Tone.BAD, "数据未入库（此前已通过的数据不受影响）。请修改全部错误后重新提交整个文件。"),

	/** The same content (SHA-256) was processed before: not processed again. */
	DUPLICATE("重复提交", Tone.CAUTION, "本文件与此前提交的文件内容完全相同，未重新处理，结果以前次为准。如需更正数据，请修改后重新提交。");

	/** How the verdict is coloured: green, amber or red. */
	public enum Tone {

		GOOD, CAUTION, BAD

	}

	private final String label;

	private final Tone tone;

	private final String explanation;

	FeedbackStatus(String label, Tone tone, String explanation) {
		this.label = label;
		this.tone = tone;
		this.explanation = explanation;
	}

	/** The verdict as the school reads it, e.g. {@code 已通过（有警告）}. */
	public String label() {
		return this.label;
	}

	public Tone tone() {
		return this.tone;
	}

	/** One sentence in Chinese on what the verdict means for the school. */
	public String explanation() {
		return this.explanation;
	}

	/** The verdict of a processed (not duplicate) file from its counts per severity. */
	public static FeedbackStatus of(Map<Severity, Integer> counts) {
		if (counts.getOrDefault(Severity.ERROR, 0) > 0) {
			return REJECTED;
		}
		if (counts.getOrDefault(Severity.WARNING, 0) > 0) {
			return ACCEPTED_WITH_WARNINGS;
		}
		return ACCEPTED;
	}

}
