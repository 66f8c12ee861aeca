package io.vqr.ops.cleanup;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes Spring Batch job metadata of executions that ended before a cut-off, child
 * tables first (step execution contexts, step executions, job execution contexts,
 * parameters, executions), then the job instances left without executions. An execution
 * still running (or left running by a killed process: no end time) is never touched. One
 * transaction; a dry run rolls it back, so its counts are exactly what a real run
 * removes.
 */
@Component
public class BatchMetadataCleanup {

	private static final String OLD_EXECUTIONS = """
			select job_execution_id from batch_job_execution
			 where end_time is not null and end_time < ?
			   and status not in ('STARTING', 'STARTED', 'STOPPING')
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public BatchMetadataCleanup(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * @return rows removed (or that would be) per table, in the order removed
	 */
	public Map<String, Integer> remove(LocalDateTime endedBefore, boolean dryRun) {
		return this.transactions.execute((status) -> {
			List<Long> ids = this.jdbc.queryForList(OLD_EXECUTIONS, Long.class, endedBefore);
			Long[] executions = ids.toArray(Long[]::new);
			Map<String, Integer> removed = new LinkedHashMap<>();
			removed.put("BATCH_STEP_EXECUTION_CONTEXT", this.jdbc.update("""
					delete from batch_step_execution_context where step_execution_id in
					  (select step_execution_id from batch_step_execution where job_execution_id = any (?))
					""", (Object) executions));
			removed.put("BATCH_STEP_EXECUTION", this.jdbc
				.update("delete from batch_step_execution where job_execution_id = any (?)", (Object) executions));
			removed.put("BATCH_JOB_EXECUTION_CONTEXT", this.jdbc.update(
					"delete from batch_job_execution_context where job_execution_id = any (?)", (Object) executions));
			removed.put("BATCH_JOB_EXECUTION_PARAMS", this.jdbc.update(
					"delete from batch_job_execution_params where job_execution_id = any (?)", (Object) executions));
			removed.put("BATCH_JOB_EXECUTION", this.jdbc
				.update("delete from batch_job_execution where job_execution_id = any (?)", (Object) executions));
			removed.put("BATCH_JOB_INSTANCE", this.jdbc.update("""
					delete from batch_job_instance i
					 where not exists (select 1 from batch_job_execution e where e.job_instance_id = i.job_instance_id)
					"""));
			if (dryRun) {
				status.setRollbackOnly();
			}
			return removed;
		});
	}

}
