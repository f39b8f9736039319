package org.lifecircle.service.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.catchment.CatchmentPolygon;
import org.lifecircle.catchment.CatchmentPolygons;
import org.lifecircle.catchment.CatchmentSource;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.results.CatchmentLayer;

/**
 * Builds the catchments of a coverage run's facilities for export: per category (one, or every
 * category of the profile), the facilities snapped again as the coverage run snapped them, the
 * polygons in the requested form, at the category's threshold or in bands of minutes.
 */
final class ExportCatchments {

    private final CoverageResult result;
    private final PlanarNetwork network;
    private final double maxSnapMeters;

    ExportCatchments(CoverageResult result, PlanarNetwork network, double maxSnapMeters) {
        this.result = result;
        this.network = network;
        this.maxSnapMeters = maxSnapMeters;
    }

    List<CatchmentLayer.Catchment> build(CatchmentForm form, Optional<Category> only, List<Double> bandMinutes,
                                         OptionalDouble speed, double lateralOffsetMeters) {
        List<CatchmentLayer.Catchment> catchments = new ArrayList<>();
        Snapper snapper = new Snapper(network.graph(), maxSnapMeters);
        for (Category category : only.map(List::of).orElse(result.profile().categories())) {
            CategoryRule rule = result.profile().getRule(category);
            List<Facility> facilities = new ArrayList<>();
            List<CatchmentSource> sources = new ArrayList<>();
            for (Facility f : result.facilities()) {
                Optional<Snap> snap = rule.scope().counts(f) ? snapper.findSnap(f.lon(), f.lat()) : Optional.empty();
                if (snap.isPresent()) {
                    facilities.add(f);
                    sources.add(new CatchmentSource(snap.get(), f.lon(), f.lat()));
                }
            }
            if (sources.isEmpty()) {
                continue;
            }
            double metersPerMinute = 60 * speed(rule, bandMinutes, speed);
            List<Double> bands = bandMinutes.isEmpty() ? List.of(rule.maxWalkMeters())
                    : bandMinutes.stream().map(m -> m * metersPerMinute).toList();
            for (CatchmentPolygon polygon : new CatchmentPolygons(network, sources).form(form).bandsMeters(bands)
                    .lateralOffsetMeters(lateralOffsetMeters).run()) {
                Facility facility = polygon.source() < 0 ? null : facilities.get(polygon.source());
                Double minutes = bandMinutes.isEmpty() ? null
                        : Math.round(polygon.maxWalkMeters() / metersPerMinute * 10) / 10.0;
                catchments.add(new CatchmentLayer.Catchment(category, facility, polygon, minutes));
            }
        }
        return catchments;
    }

    /** The speed for minute bands: the one given, else the rule's; not needed without bands. */
    private static double speed(CategoryRule rule, List<Double> bandMinutes, OptionalDouble speed) {
        if (bandMinutes.isEmpty()) {
            return 1;
        }
        if (speed.isPresent()) {
            return speed.getAsDouble();
        }
        if (rule.speedMetersPerSecond().isPresent()) {
            return rule.speedMetersPerSecond().getAsDouble();
        }
        throw new InvalidInputException("category " + rule.category().id() + " has a threshold in metres, not minutes;"
                + " give a walking speed for the minute bands (e.g. 1.0 m/s)");
    }
}
