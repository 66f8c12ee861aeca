package io.vqr.ops.delivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of what went to whom ({@code delivery_log}): a file (by its bytes) is sent
 * to the same recipient through the same channel and address once.
 */
@Component
public class DeliveryLog {

	private final JdbcTemplate jdbc;

	public DeliveryLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One line of the log. */
	public record Line(Long runId, String jobName, int year, String recipient, Channel channel, String address,
			String file, String sha256, long sizeBytes, boolean delivered, String detail) {
	}

	public boolean alreadyDelivered(int year, String recipient, Channel channel, String address, String file,
			String sha256) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from delivery_log where year = ? and recipient = ? and channel = ?
				                 and address = ? and file_name = ? and sha256 = ? and outcome = 'DELIVERED')
				""", Boolean.class, year, recipient, channel.name(), address, file, sha256));
	}

	public void record(Line line) {
		this.jdbc.update("""
				insert into delivery_log (run_id, job_name, year, recipient, channel, address, file_name, sha256,
				                          size_bytes, outcome, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", line.runId(), line.jobName(), line.year(), line.recipient(), line.channel().name(), line.address(),
				line.file(), line.sha256(), line.sizeBytes(), line.delivered() ? "DELIVERED" : "FAILED", line.detail());
	}

}
