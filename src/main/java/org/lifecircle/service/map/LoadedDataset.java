package org.lifecircle.service.map;

import java.util.List;
import java.util.Map;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.units.UnitTree;

/**
 * A dataset as the map works on it: its walking graph and inputs, in memory.
 *
 * @param name the dataset's name
 * @param version changes whenever the dataset is re-imported, so that caches can tell
 * @param census district census totals by district index (may be empty)
 * @param censusAges census residents by age group (0-2, 3-5, 60+) by district index (may be empty)
 * @param units the units of every level the dataset has (its districts among them), parents resolved
 */
public record LoadedDataset(String name, String version, WalkingGraph graph, List<Facility> facilities,
                            List<ResidentialArea> areas, List<District> districts, Map<Integer, Double> census,
                            Map<Integer, double[]> censusAges, UnitTree units) {

    /** A dataset whose only units are its districts. */
    public LoadedDataset(String name, String version, WalkingGraph graph, List<Facility> facilities,
                         List<ResidentialArea> areas, List<District> districts, Map<Integer, Double> census,
                         Map<Integer, double[]> censusAges) {
        this(name, version, graph, facilities, areas, districts, census, censusAges,
                districts.isEmpty() ? UnitTree.empty() : UnitTree.ofDistricts(districts, "districts"));
    }

    public LoadedDataset {
        facilities = List.copyOf(facilities);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
        census = Map.copyOf(census);
        censusAges = Map.copyOf(censusAges);
    }
}
