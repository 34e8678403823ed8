package org.juxta.immigration.statistics;

import org.juxta.immigration.api.model.Statistics;
import org.juxta.immigration.api.model.StatisticsRow;

/** From counted groups to this API's models. */
final class StatisticsMapping {

    private StatisticsMapping() {
    }

    static Statistics toApi(StatisticsService.Result result) {
        return new Statistics()
                .from(result.from())
                .to(result.to())
                .minimumGroupSize(result.minimumGroupSize())
                .suppressedGroups(result.suppressedGroups())
                .rows(result.rows().stream()
                        .map(row -> new StatisticsRow().dimensions(row.dimensions()).count(row.count()))
                        .toList());
    }
}
