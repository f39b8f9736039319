package org.lifecircle.service.coverage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.osm.DuplicateNodes;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.GraphBuildReport;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.units.UnitTree;

/**
 * Everything a coverage analysis reads, from files or from a stored dataset (the same content
 * either way, which is what makes their outputs identical).
 *
 * @param graph the walking graph
 * @param build what building it dropped
 * @param facilities facilities in input order
 * @param areas residential areas with their populations as given (estimates come later)
 * @param districts district boundaries
 * @param census census residents by district index
 * @param repaired geometries repaired on reading
 * @param skipped features that could not be used
 * @param inputs what summary.json lists as the inputs
 * @param duplicateOsmNodes repeated node ids of the OSM file; empty for a stored dataset (the store
 *     keeps the graph, not what reading the file found)
 * @param censusAges the census's residents by age group (0-2, 3-5, 60+; NaN where not given) by district index
 * @param units the units of every level given, parents resolved (the districts among them)
 * @param inputWarnings what reading the files found worth a warning (a file that fits better in another
 *     coordinate system, {@link CrsGuard}); empty for a stored dataset (its import said so)
 */
public record CoverageData(WalkingGraph graph, GraphBuildReport build, List<Facility> facilities, List<ResidentialArea> areas,
                    List<District> districts, Map<Integer, Double> census, List<String> repaired, List<String> skipped,
                    Map<String, Object> inputs, Optional<DuplicateNodes> duplicateOsmNodes,
                    Map<Integer, double[]> censusAges, UnitTree units, List<String> inputWarnings) {

    public CoverageData {
        inputWarnings = List.copyOf(inputWarnings);
    }

    /** Inputs whose only units are the districts. */
    public CoverageData(WalkingGraph graph, GraphBuildReport build, List<Facility> facilities, List<ResidentialArea> areas,
                        List<District> districts, Map<Integer, Double> census, List<String> repaired,
                        List<String> skipped, Map<String, Object> inputs, Optional<DuplicateNodes> duplicateOsmNodes,
                        Map<Integer, double[]> censusAges) {
        this(graph, build, facilities, areas, districts, census, repaired, skipped, inputs, duplicateOsmNodes,
                censusAges, districts.isEmpty() ? UnitTree.empty() : UnitTree.ofDistricts(districts, "districts"),
                List.of());
    }

    /** Inputs without census age counts. */
    public CoverageData(WalkingGraph graph, GraphBuildReport build, List<Facility> facilities, List<ResidentialArea> areas,
                        List<District> districts, Map<Integer, Double> census, List<String> repaired,
                        List<String> skipped, Map<String, Object> inputs, Optional<DuplicateNodes> duplicateOsmNodes) {
        this(graph, build, facilities, areas, districts, census, repaired, skipped, inputs, duplicateOsmNodes, Map.of());
    }
}
