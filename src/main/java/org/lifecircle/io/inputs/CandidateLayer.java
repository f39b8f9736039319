package org.lifecircle.io.inputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.plan.CandidateSite;
import org.locationtech.jts.geom.Point;

/**
 * Reads candidate sites ({@code suggest --candidates}) from a feature file's rows: points with an
 * id (unique in the file), an optional name and capacity, in the columns facilities use.
 */
public final class CandidateLayer {

    private CandidateLayer() {
    }

    public static List<CandidateSite> candidates(List<SourceFeature> features, String fileName) {
        if (features.isEmpty()) {
            throw new InvalidInputException(fileName + ": no candidate sites in the file");
        }
        List<CandidateSite> out = new ArrayList<>(features.size());
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            SourceFeature feature = features.get(i);
            String id = FeatureIds.of(feature, i + 1);
            String earlier = seen.putIfAbsent(id, feature.location());
            if (earlier != null) {
                throw new InvalidInputException(feature.location() + ": candidate id '" + id + "' is used twice (also "
                        + earlier + "); give every candidate its own id");
            }
            if (!(feature.geometry() instanceof Point point) || point.isEmpty()) {
                throw new InvalidInputException(feature.location() + ": a candidate site must be a point, got a "
                        + feature.geometry().getGeometryType());
            }
            OptionalInt capacity = Columns.findNumber(feature, Columns.CAPACITY, FacilityLayer.MAX_CAPACITY,
                    "places for one facility").map(v -> OptionalInt.of((int) Math.round(v))).orElse(OptionalInt.empty());
            out.add(new CandidateSite(id, Columns.findText(feature, Columns.NAME).orElse(""), point.getX(), point.getY(),
                    capacity, feature.location()));
        }
        return out;
    }
}
