package io.vqr.ops.delivery;

/** How a report reached a recipient. */
public enum Channel {

	/** Copied into the recipient's outbox folder. */
	OUTBOX,

	/** Attached to an e-mail. */
	EMAIL

}
