package io.vqr.ops.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a delivery did: files copied and mailed, files already delivered before, failures.
 */
public record DeliveryResult(int copied, int mailed, int alreadyDelivered, int failed) {

	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("copied to outboxes", this.copied);
		counts.put("mailed", this.mailed);
		counts.put("delivered before", this.alreadyDelivered);
		counts.put("delivery failures", this.failed);
		return counts;
	}

}
