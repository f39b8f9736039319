package org.lifecircle.service.map;

import java.util.List;
import java.util.Map;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.WalkingGraph;

/**
 * A dataset as the map works on it: its walking graph and inputs, in memory.
 *
 * @param name the dataset's name
 * @param version changes whenever the dataset is re-imported, so that caches can tell
 * @param census district census totals by district index (may be empty)
 * @param censusAges census residents by age group (0-2, 3-5, 60+) by district index (may be empty)
 */
public record LoadedDataset(String name, String version, WalkingGraph graph, List<Facility> facilities,
                            List<ResidentialArea> areas, List<District> districts, Map<Integer, Double> census,
                            Map<Integer, double[]> censusAges) {

    public LoadedDataset {
        facilities = List.copyOf(facilities);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
        census = Map.copyOf(census);
        censusAges = Map.copyOf(censusAges);
    }
}
