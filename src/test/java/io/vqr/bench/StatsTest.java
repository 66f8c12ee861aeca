package io.vqr.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTest {

	@Test
	void oddCountTakesTheMiddleValueAndKeepsRunOrder() {
		Stats stats = Stats.of(List.of(9.0, 3.0, 5.0));
		assertThat(stats.min()).isEqualTo(3.0);
		assertThat(stats.median()).isEqualTo(5.0);
		assertThat(stats.max()).isEqualTo(9.0);
		assertThat(stats.values()).containsExactly(9.0, 3.0, 5.0);
	}

	@Test
	void evenCountAveragesTheTwoMiddleValues() {
		assertThat(Stats.of(List.of(4.0, 1.0, 2.0, 10.0)).median()).isEqualTo(3.0);
	}

	@Test
	void noValuesGiveNaN() {
		assertThat(Stats.of(List.of()).median()).isNaN();
	}

}
