package io.vqr.sample;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * Collision-free ID numbers for the whole sample province. Every person gets a serial
 * (school index × rows per school + row); a bijective affine permutation spreads the
 * serials over (place of birth, birth date, sequence), so two different serials never
 * give the same number, and neighbours in a class do not share a birthday.
 * <p>
 * Graduates use sequences 000–899, teachers 900–999, so they never collide either.
 * Graduates of one year fall in disjoint birth windows per level (中职-like born 17–20
 * years before, 高职-like 20–23, 职业本科 23–26), so all graduates of a year are distinct.
 */
final class IdSerials {

	/** Rows reserved per school in the graduate serial space. */
	static final long GRADUATE_ROWS_PER_SCHOOL = 16_384;

	/** Rows reserved per school in the teacher serial space. */
	static final long TEACHER_ROWS_PER_SCHOOL = 4_096;

	/** School indexes the serial spaces can hold. */
	static final int MAX_SCHOOL_INDEX = 3_400;

	private static final int WINDOW_DAYS = 1_095;

	private static final int GRADUATE_SEQUENCES = 450;

	private static final int TEACHER_SEQUENCES = 50;

	private static final LocalDate TEACHER_BORN_FROM = LocalDate.of(1960, 1, 1);

	private static final int TEACHER_WINDOW_DAYS = (int) (LocalDate.of(2002, 1, 1).toEpochDay()
			- TEACHER_BORN_FROM.toEpochDay());

	private final List<String> places;

	private final Permutation graduates;

	private final Permutation teachers;

	IdSerials(List<String> places) {
		this.places = List.copyOf(places);
		this.graduates = new Permutation((long) places.size() * WINDOW_DAYS * GRADUATE_SEQUENCES);
		this.teachers = new Permutation((long) places.size() * TEACHER_WINDOW_DAYS * TEACHER_SEQUENCES);
		if (this.graduates.size < (MAX_SCHOOL_INDEX + 20L) * GRADUATE_ROWS_PER_SCHOOL
				|| this.teachers.size < MAX_SCHOOL_INDEX * TEACHER_ROWS_PER_SCHOOL) {
			throw new IllegalStateException("too few places of birth for the ID serial space");
		}
	}

	/**
	 * The number of graduate {@code serial} of a year.
	 * @param ageClass 0 中职-like, 1 高职-like, 2 职业本科
	 */
	String graduate(int year, int ageClass, long serial, boolean male) {
		long slot = this.graduates.apply(serial);
		int sequence = (int) (slot % GRADUATE_SEQUENCES);
		long rest = slot / GRADUATE_SEQUENCES;
		int day = (int) (rest % WINDOW_DAYS);
		String place = this.places.get((int) (rest / WINDOW_DAYS));
		LocalDate born = LocalDate.of(year - 20 - 3 * ageClass, 1, 1).plusDays(day);
		return IdNumbers.build(place, born, sequence, male);
	}

	/** The number of teacher {@code serial}; it does not depend on the year. */
	String teacher(long serial, boolean male) {
		long slot = this.teachers.apply(serial);
		int sequence = GRADUATE_SEQUENCES + (int) (slot % TEACHER_SEQUENCES);
		long rest = slot / TEACHER_SEQUENCES;
		int day = (int) (rest % TEACHER_WINDOW_DAYS);
		String place = this.places.get((int) (rest / TEACHER_WINDOW_DAYS));
		return IdNumbers.build(place, TEACHER_BORN_FROM.plusDays(day), sequence, male);
	}

	/** x → (a·x + c) mod size with a coprime to size: a bijection on [0, size). */
	private static final class Permutation {

		private final long size;

		private final long factor;

		private final long offset;

		Permutation(long size) {
			this.size = size;
			long candidate = 2_654_435L;
			while (!BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(size)).equals(BigInteger.ONE)) {
				candidate++;
			}
			this.factor = candidate;
			this.offset = size / 3;
		}

		long apply(long serial) {
			if (serial < 0 || serial >= this.size) {
				throw new IllegalArgumentException("serial out of range: " + serial);
			}
			return Math.floorMod(Math.addExact(Math.multiplyExact(this.factor, serial), this.offset), this.size);
		}

	}

}
