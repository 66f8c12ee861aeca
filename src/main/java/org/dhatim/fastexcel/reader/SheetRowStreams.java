package org.dhatim.fastexcel.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.XMLStreamException;

/**
 * fastexcel's row stream over worksheet XML the caller already holds. fastexcel only
 * opens a sheet from its own zip, so vqr would inflate each worksheet twice (once for the
 * pre-scan of merged regions, once for the rows); its row parser is package-private,
 * hence this one class in fastexcel's package.
 */
public final class SheetRowStreams {

	private SheetRowStreams() {
	}

	/**
	 * The rows of the worksheet XML in {@code worksheet}, read with {@code workbook}'s
	 * strings and formats.
	 */
	public static Stream<Row> rows(ReadableWorkbook workbook, InputStream worksheet) {
		try {
			return StreamSupport.stream(new RowSpliterator(workbook, worksheet), false).onClose(() -> {
				try {
					worksheet.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (XMLStreamException ex) {
			throw new ExcelReaderException(ex);
		}
	}

}
