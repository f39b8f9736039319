package org.lifecircle.store;

import java.util.List;

/** A saved run with its rules and results, areas in dataset order. */
public record StoredRun(RunInfo info, List<RunRule> rules, List<AreaResult> areas, List<DistrictResult> districts,
                        String profileText) {

    /** A run read without its profile's text. */
    public StoredRun(RunInfo info, List<RunRule> rules, List<AreaResult> areas, List<DistrictResult> districts) {
        this(info, rules, areas, districts, "");
    }

    public StoredRun {
        rules = List.copyOf(rules);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
    }
}
