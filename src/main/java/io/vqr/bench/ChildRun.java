package io.vqr.bench;

import java.nio.file.Path;

/**
 * What one child process did.
 *
 * @param exitCode its exit status
 * @param wallSeconds from start to exit
 * @param cpuSeconds user + system CPU time of the process itself (its own children
 * excluded)
 * @param peakRssMb its resident-set high-water mark ({@code VmHWM})
 * @param log the file holding its standard output and error
 */
public record ChildRun(int exitCode, double wallSeconds, double cpuSeconds, double peakRssMb, Path log) {

}
