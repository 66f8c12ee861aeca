package io.vqr.report.model;

import java.util.List;

import io.vqr.indicators.Indicator;

/**
 * Schools ranked by one indicator, best first by its direction (生师比: lowest first);
 * schools with an empty value are left out.
 *
 * @param indicator the indicator
 * @param rows the ranking
 */
public record Ranking(Indicator indicator, List<RankingRow> rows) {

	public Ranking {
		rows = List.copyOf(rows);
	}

}
