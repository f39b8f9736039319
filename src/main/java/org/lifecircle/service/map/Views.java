package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.service.map.MapViews.ProfileView;
import org.lifecircle.service.map.MapViews.RuleView;
import org.locationtech.jts.geom.Envelope;

/** Conversions from engine results to the map's view records. */
final class Views {

    private Views() {
    }

    static ProfileView profile(PolicyProfile profile) {
        List<RuleView> rules = new ArrayList<>();
        for (Category category : profile.categories()) {
            CategoryRule r = profile.findRule(category).orElseThrow();
            rules.add(new RuleView(category.id(), r.maxWalkMeters(), boxed(r.maxWalkMinutes()),
                    boxed(r.speedMetersPerSecond()), boxed(r.targetPct()), r.basis(), r.display().label(),
                    r.display().labelEn(), r.display().color().orElse(null), r.scope().demandGroup().id(),
                    boxed(r.scope().capacityPer1000Target())));
        }
        return new ProfileView(profile.id(), profile.title(), profile.note(), rules);
    }

    /** A feature's values by field name, in field order. */
    static Map<String, Object> values(Layer layer, LayerFeature feature) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int f = 0; f < layer.fields().size(); f++) {
            values.put(layer.fields().get(f).name(), feature.value(f));
        }
        return values;
    }

    /** A district's bounding box (west, south, east, north), or null for the areas outside every district. */
    static double[] bbox(DistrictAssignment assignment, String code) {
        for (District d : assignment.districts()) {
            if (d.code().equals(code)) {
                Envelope e = d.boundary().getEnvelopeInternal();
                return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
            }
        }
        return null;
    }

    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
