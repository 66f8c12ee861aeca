package io.vqr.sample;

import java.util.List;
import java.util.Map;

/**
 * What a generated corpus holds and what processing it should give, as written to
 * {@code manifest.json}.
 *
 * @param seed the generator seed
 * @param year the reporting year of every file
 * @param schools the number of good schools (indexes 0 to schools − 1)
 * @param sizeScale the scale of good schools
 * ({@link SampleSchools#generate(long, int, int, double)})
 * @param defectScale the scale of the schools behind broken and warned files
 * @param rowLimit the rows-per-sheet limit the oversized file exceeds by one
 * @param withPriorYear whether expectations assume year − 1 of the same corpus was
 * accepted first (W-YOY-JUMP)
 * @param files one entry per file, good schools first in index order
 */
public record Manifest(long seed, int year, int schools, double sizeScale, double defectScale, int rowLimit,
		boolean withPriorYear, List<Entry> files) {

	public Manifest {
		files = List.copyOf(files);
	}

	/**
	 * The files in the waves in which schools would have submitted them: a file that must
	 * be processed after others (a resubmission, a duplicate, a graduate also reported by
	 * another school) comes in a later wave.
	 */
	public List<List<String>> waves() {
		List<List<String>> waves = new java.util.ArrayList<>();
		java.util.Set<String> done = new java.util.HashSet<>();
		List<Entry> left = new java.util.ArrayList<>(this.files);
		while (!left.isEmpty()) {
			List<String> wave = left.stream()
				.filter((entry) -> done.containsAll(entry.processAfter()))
				.map(Entry::file)
				.toList();
			if (wave.isEmpty()) {
				throw new IllegalStateException("the manifest's processAfter lists form a cycle");
			}
			waves.add(wave);
			done.addAll(wave);
			left.removeIf((entry) -> done.contains(entry.file()));
		}
		return waves;
	}

	/** How a file should come out of processing. */
	public enum Status {

		ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED, DUPLICATE

	}

	/** What a file is. */
	public enum Kind {

		/** A school's correct submission, clean or messy: it loads the model's values. */
		GOOD,

		/** A workbook with one deliberate fault. */
		DEFECT,

		/** Not a readable workbook, or beyond the limits. */
		BROKEN,

		/** A byte-identical copy of another file. */
		COPY

	}

	/**
	 * One file.
	 *
	 * @param file the file name in the corpus directory
	 * @param kind what the file is
	 * @param schoolIndex the index of the school model behind it ({@code -1} for none)
	 * @param schoolCode the school's code as the model has it
	 * @param schoolName the school's name
	 * @param schoolType the school's 办学类型
	 * @param form the form's name ({@link Form#name()}) or what the broken file is
	 * @param target for a defect or broken file: the rule it is made to trigger
	 * @param expectedStatus the processing outcome
	 * @param expectedRules every ERROR and WARNING rule id the file should produce, and
	 * no other
	 * @param infoRules INFO rule ids it should produce
	 * @param counts data rows per sheet key as written (the profile counts 1)
	 * @param processAfter files that must be processed before this one for the
	 * expectation to hold
	 * @param description what is special about it
	 */
	public record Entry(String file, Kind kind, int schoolIndex, String schoolCode, String schoolName,
			String schoolType, String form, String target, Status expectedStatus, List<String> expectedRules,
			List<String> infoRules, Map<String, Integer> counts, List<String> processAfter, String description) {

		public Entry {
			expectedRules = List.copyOf(expectedRules);
			infoRules = List.copyOf(infoRules);
			counts = Map.copyOf(counts);
			processAfter = List.copyOf(processAfter);
		}

	}

}
