package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.model.EntrancePoint;
import org.lifecircle.model.ResidentialArea;

/**
 * What {@link GateMatcher} found.
 *
 * @param areas the areas in their order, those with gates from the file carrying them as entrances
 * @param matchedGates gates that became an area's entrance
 * @param gatedAreas areas that got at least one
 * @param unmatched gates near no area's outline, in file order
 */
public record GateMatch(List<ResidentialArea> areas, int matchedGates, int gatedAreas, List<EntrancePoint> unmatched) {

    public GateMatch {
        areas = List.copyOf(areas);
        unmatched = List.copyOf(unmatched);
    }
}
