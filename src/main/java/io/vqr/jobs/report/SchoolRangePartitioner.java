package io.vqr.jobs.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits the schools to report on into contiguous ranges of school codes, one per worker,
 * like Spring Batch's column-range partitioner: the context holds only the first and last
 * code, and a restarted partition reads the same range again.
 */
class SchoolRangePartitioner implements Partitioner {

	static final String FIRST = "firstSchool";

	static final String LAST = "lastSchool";

	private final List<String> schools;

	SchoolRangePartitioner(List<String> sortedSchools) {
		this.schools = sortedSchools;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		int size = this.schools.size();
		int grid = Math.max(1, Math.min(gridSize, size));
		for (int i = 0; i < grid && size > 0; i++) {
			int from = i * size / grid;
			int to = (i + 1) * size / grid - 1;
			ExecutionContext context = new ExecutionContext();
			context.putString(FIRST, this.schools.get(from));
			context.putString(LAST, this.schools.get(to));
			partitions.put("schools-" + this.schools.get(from), context);
		}
		return partitions;
	}

}
