package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.service.map.MapViews.DistrictRow;
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
                    r.display().labelEn(), r.display().color().orElse(null)));
        }
        return new ProfileView(profile.id(), profile.title(), profile.note(), rules);
    }

    static DistrictRow districtRow(DistrictCoverage row, DistrictAssignment assignment) {
        double[] bbox = null;
        for (District d : assignment.districts()) {
            if (d.code().equals(row.districtCode())) {
                Envelope e = d.boundary().getEnvelopeInternal();
                bbox = new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
            }
        }
        return new DistrictRow(row.districtCode(), row.districtName(), bbox, row.areas(), row.areasCovered(),
                row.population(), row.populationCovered(), Math.round(row.coveragePct() * 10) / 10.0,
                boxed(row.targetPct()), row.pass().orElse(null));
    }

    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
