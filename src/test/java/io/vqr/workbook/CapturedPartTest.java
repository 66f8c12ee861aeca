package io.vqr.workbook;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapturedPartTest {

	private final byte[] part = new byte[100_000];

	CapturedPartTest() {
		new Random(7).nextBytes(this.part);
	}

	@Test
	void keepsThePartWholeInOrder() throws Exception {
		// A small expected length makes the buffer grow several times; the stream gives
		// odd-sized pieces, as an inflater does.
		CapturedPart captured = CapturedPart.readAll(pieces(this.part), 1 << 20, 10);
		assertThat(captured.length()).isEqualTo(this.part.length);
		assertThat(captured.stream().readAllBytes()).isEqualTo(this.part);
	}

	@Test
	void keepsNothingWhenThePartIsLargerThanTheLimit() throws Exception {
		assertThat(CapturedPart.readAll(pieces(this.part), this.part.length - 1, this.part.length)).isNull();
		// A zip entry that declares less than it holds is caught too.
		assertThat(CapturedPart.readAll(pieces(this.part), this.part.length - 1, 100)).isNull();
	}

	@Test
	void aPartOfExactlyTheLimitIsKept() throws Exception {
		CapturedPart captured = CapturedPart.readAll(pieces(this.part), this.part.length, -1);
		assertThat(captured.stream().readAllBytes()).isEqualTo(this.part);
	}

	@Test
	void anEmptyPartIsKeptEmpty() throws Exception {
		CapturedPart captured = CapturedPart.readAll(pieces(new byte[0]), 1 << 20, 0);
		assertThat(captured.length()).isZero();
		assertThat(captured.stream().readAllBytes()).isEmpty();
	}

	private static InputStream pieces(byte[] bytes) {
		return new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 7_919));
			}
		};
	}

}
