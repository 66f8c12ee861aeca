package io.vqr.normalize;

/** Real, valid ID numbers built by computing the GB 11643 check character. */
final class TestIds {

	private TestIds() {
	}

	/** An ID from its first 17 digits, with the correct check character. */
	static String id(String first17) {
		return first17 + IdNumber.checkCharacter(first17);
	}

	/** A valid ID of someone born on 2006-03-15 in 广州市白云区 whose check character is X. */
	static String idEndingInX() {
		for (int sequence = 0; sequence < 1000; sequence++) {
			String first17 = "44011120060315" + String.format("%03d", sequence);
			if (IdNumber.checkCharacter(first17) == 'X') {
				return first17 + 'X';
			}
		}
		throw new IllegalStateException("no sequence gives X");
	}

	/** The same number with a wrong check character. */
	static String withWrongCheck(String id) {
		char right = id.charAt(17);
		return id.substring(0, 17) + ((right == '1') ? '2' : '1');
	}

}
