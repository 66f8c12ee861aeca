package io.vqr.jobs.ingest;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * One partition per worker, as many as the grid but no more than there are files free to
 * take; each worker claims files from the registry until none is left. A partition says
 * only since when a failed file counts as this run's own failure (it is not taken again
 * by the run that failed it), so a worker anywhere could run it.
 * <p>
 * One partition per file made Spring Batch create, start, update and end 600 step
 * executions for a province (a tenth of the processing step's time went to that, and
 * 1,200 rows of job metadata a run).
 */
class WorkerPartitioner implements Partitioner {

	private final int files;

	private final OffsetDateTime failedBefore;

	WorkerPartitioner(int files, OffsetDateTime failedBefore) {
		this.files = files;
		this.failedBefore = failedBefore;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int worker = 1; worker <= Math.min(gridSize, this.files); worker++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(IngestRunState.FAILED_BEFORE, this.failedBefore.toString());
			partitions.put("worker-" + worker, context);
		}
		return partitions;
	}

}
