package io.vqr.bench;

/**
 * One child JVM's figures in one run.
 *
 * @param wallSeconds start to exit, JVM start-up included
 * @param cpuSeconds the JVM's own user + system CPU time
 * @param dbCpuSeconds PostgreSQL's CPU time over the same interval (all its processes)
 * @param items rows (ingest, floor) or report files (report) it produced
 * @param perSecond items per wall-clock second
 * @param peakRssMb resident-set high-water mark of the JVM ({@code VmHWM})
 * @param peakHeapMb most heap in use, just before a collection (GC log)
 * @param heapAfterGcMb most heap still in use after any collection (old-generation
 * garbage included)
 * @param liveHeapMb most heap still in use after a full collection: the live set, in a
 * run probed with full collections; 0 in the timed runs, which are not
 * @param liveHeapMedianMb the median of the same over the run's probes
 * @param loadAverage the machine's 1-minute load average when it ended
 */
public record Measurement(double wallSeconds, double cpuSeconds, double dbCpuSeconds, long items, double perSecond,
		double peakRssMb, double peakHeapMb, double heapAfterGcMb, double liveHeapMb, double liveHeapMedianMb,
		double loadAverage) {

}
