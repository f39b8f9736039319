package org.lifecircle.store;

import java.util.List;

/** A saved run with its rules and results, areas in dataset order. */
public record StoredRun(RunInfo info, List<RunRule> rules, List<AreaResult> areas, List<DistrictResult> districts) {

    public StoredRun {
        rules = List.copyOf(rules);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
    }
}
