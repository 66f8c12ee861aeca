package io.vqr.sample;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a sample submission is rendered: a file format and the {@link Quirk}s it shows. A
 * form without quirks is exactly the template's layout.
 *
 * @param name stable name, e.g. {@code CLEAN_XLSX}, {@code MESSY_XLS},
 * {@code XLSX+MERGED_CELLS}
 * @param format the file format
 * @param quirks the deviations shown
 */
public record Form(String name, FileFormat format, Set<Quirk> quirks) {

	public static final Form CLEAN_XLSX = new Form("CLEAN_XLSX", FileFormat.XLSX, Set.of());

	public static final Form CLEAN_XLS = new Form("CLEAN_XLS", FileFormat.XLS, Set.of());

	public static final Form MESSY_XLSX = new Form("MESSY_XLSX", FileFormat.XLSX, EnumSet.allOf(Quirk.class));

	public static final Form MESSY_XLS = new Form("MESSY_XLS", FileFormat.XLS, EnumSet.allOf(Quirk.class));

	public Form {
		quirks = quirks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(quirks));
	}

	/** The xlsx form showing one quirk only. */
	public static Form only(Quirk quirk) {
		return new Form("XLSX+" + quirk.name(), FileFormat.XLSX, EnumSet.of(quirk));
	}

	public boolean has(Quirk quirk) {
		return this.quirks.contains(quirk);
	}

	public boolean isClean() {
		return this.quirks.isEmpty();
	}

	/** The file formats written. */
	public enum FileFormat {

		/** Office Open XML, written streaming (SXSSF). */
		XLSX,

		/** BIFF8, written with HSSF. */
		XLS;

		/** The file name extension with its dot. */
		public String extension() {
			return "." + name().toLowerCase(Locale.ROOT);
		}

	}

}
