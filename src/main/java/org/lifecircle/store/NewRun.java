package org.lifecircle.store;

import java.time.Instant;
import java.util.List;

/** A run to save: what was analysed, how, and the results per area and per district. */
public record NewRun(String datasetName, String datasetVersionId, Instant createdAt, RunParameters parameters,
                     List<RunRule> rules, List<AreaResult> areas, List<DistrictResult> districts, String profileText) {

    /** A run without the profile's text (only its rules are kept). */
    public NewRun(String datasetName, String datasetVersionId, Instant createdAt, RunParameters parameters,
                  List<RunRule> rules, List<AreaResult> areas, List<DistrictResult> districts) {
        this(datasetName, datasetVersionId, createdAt, parameters, rules, areas, districts, "");
    }

    public NewRun {
        rules = List.copyOf(rules);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
    }
}
