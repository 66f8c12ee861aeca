package io.vqr.report.model;

import java.util.List;

/**
 * 六、面临挑战与改进: one sentence per indicator below its threshold or clearly worse than Y-1, or
 * the fixed sentence of the template when there is none.
 *
 * @param sentences the sentences, never empty
 * @param found whether any challenge was found (false: {@code sentences} is the fixed
 * one)
 */
public record ChallengesSection(List<String> sentences, boolean found) {

	public ChallengesSection {
		sentences = List.copyOf(sentences);
	}

}
