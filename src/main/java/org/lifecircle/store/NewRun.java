package org.lifecircle.store;

import java.time.Instant;
import java.util.List;

/**
 * A run to save: what was analysed, how, and the results per area and per district.
 *
 * @param profileText the profile as applied (YAML, {@code ProfileText}); a replay needs it for the
 *     rules' scopes and bundles, which {@code rules} lack; "" only for runs copied from LifeCircle 0.2
 */
public record NewRun(String datasetName, String datasetVersionId, Instant createdAt, RunParameters parameters,
                     List<RunRule> rules, List<AreaResult> areas, List<DistrictResult> districts, String profileText) {

    public NewRun {
        rules = List.copyOf(rules);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
    }
}
