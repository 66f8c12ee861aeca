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
	void keepsEverythingReadThroughItInOrder() throws Exception {
		// A small expected length makes the buffer grow several times.
		CapturedPart in = new CapturedPart(new ByteArrayInputStream(this.part), 1 << 20, 10);
		byte[] chunk = new byte[777];
		assertThat(in.read()).isEqualTo(this.part[0] & 0xFF);
		while (in.read(chunk, 3, 700) != -1) {
			// read through, as the pre-scan does
		}
		assertThat(readAll(in.captured())).isEqualTo(this.part);
	}

	@Test
	void keepsNothingOnceThePartIsLargerThanTheLimit() throws Exception {
		CapturedPart in = new CapturedPart(new ByteArrayInputStream(this.part), this.part.length - 1, this.part.length);
		assertThat(in.readAllBytes()).isEqualTo(this.part);
		assertThat(in.captured()).isNull();
	}

	@Test
	void aPartOfExactlyTheLimitIsKept() throws Exception {
		CapturedPart in = new CapturedPart(new ByteArrayInputStream(this.part), this.part.length, -1);
		in.readAllBytes();
		assertThat(readAll(in.captured())).isEqualTo(this.part);
	}

	@Test
	void skippedBytesLeaveNothingKept() throws Exception {
		CapturedPart in = new CapturedPart(new ByteArrayInputStream(this.part), 1 << 20, this.part.length);
		in.skip(10);
		in.readAllBytes();
		assertThat(in.captured()).isNull();
	}

	private static byte[] readAll(InputStream in) throws Exception {
		assertThat(in).isNotNull();
		return in.readAllBytes();
	}

}
