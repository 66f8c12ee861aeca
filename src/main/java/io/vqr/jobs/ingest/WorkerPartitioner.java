package io.vqr.jobs.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * One partition per worker, as many as cores but no more than there are files: each takes
 * pending submissions from the run's {@link PendingSubmissions} until none is left.
 * <p>
 * One partition per file made Spring Batch create, start, update and end 600 step
 * executions for a province (a tenth of the processing step's time went to that, and
 * 1,200 rows of job metadata a run). The registry already knows which files are left
 * (processing, or failed), so a restart needs nothing more from the partitions.
 */
class WorkerPartitioner implements Partitioner {

	private final int files;

	WorkerPartitioner(int files) {
		this.files = files;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int worker = 1; worker <= Math.min(gridSize, this.files); worker++) {
			partitions.put("worker-" + worker, new ExecutionContext());
		}
		return partitions;
	}

}
