package io.vqr.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vqr.sample.Manifest;

/**
 * Splits a sample corpus into the waves in which schools would have submitted it: a file
 * that must be processed after others (a resubmission, a duplicate, a graduate also
 * reported by another school) goes into a later wave.
 */
final class SubmissionWaves {

	private SubmissionWaves() {
	}

	static List<List<String>> of(Manifest manifest) {
		List<List<String>> waves = new ArrayList<>();
		Set<String> done = new HashSet<>();
		List<Manifest.Entry> left = new ArrayList<>(manifest.files());
		while (!left.isEmpty()) {
			List<String> wave = new ArrayList<>();
			for (Manifest.Entry entry : left) {
				if (done.containsAll(entry.processAfter())) {
					wave.add(entry.file());
				}
			}
			if (wave.isEmpty()) {
				throw new IllegalStateException("the manifest's processAfter lists form a cycle");
			}
			waves.add(wave);
			done.addAll(wave);
			left.removeIf((entry) -> done.contains(entry.file()));
		}
		return waves;
	}

}
