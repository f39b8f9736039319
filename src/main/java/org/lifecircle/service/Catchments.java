package org.lifecircle.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.catchment.CatchmentShapes;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.geo.PlanarArea;
import org.lifecircle.io.export.ExportField;
import org.lifecircle.io.export.ExportLayer;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Geometry;

/**
 * The catchments layer: per category, the network within its threshold of the facilities, in
 * one of three forms as Esri's service areas offer them: {@code dissolve} (one polygon per
 * category), {@code split} (each piece of network to its nearest facility) and {@code overlap}
 * (each facility's own reach, overlapping its neighbours').
 */
public final class Catchments {

    public static final List<String> FORMS = List.of("dissolve", "split", "overlap");

    private Catchments() {
    }

    public static ExportLayer layer(WalkingGraph graph, CoverageResult result, String form, Optional<Category> category) {
        String chosen = form == null ? "dissolve" : form.strip().toLowerCase(Locale.ROOT);
        if (!FORMS.contains(chosen)) {
            throw new InvalidInputException("unknown catchment form '" + form + "' (known: dissolve, split, overlap)");
        }
        List<ExportField> fields = List.of(ExportField.text("category", "category", 20), ExportField.text("form", "form", 10),
                ExportField.text("facility_id", "fac_id", 40), ExportField.text("facility_name", "fac_name", 120),
                ExportField.real("max_walk_m", "max_walk_m", 1), ExportField.real("area_m2", "area_m2", 0));
        List<ExportLayer.Feature> features = new ArrayList<>();
        CatchmentShapes shapes = new CatchmentShapes(graph);
        Snapper snapper = new Snapper(graph, Snapper.DEFAULT_MAX_SNAP_METERS);
        for (Category c : result.profile().categories()) {
            if (category.isEmpty() || category.get() == c) {
                double limit = result.profile().findRule(c).orElseThrow().maxWalkMeters();
                addCategory(features, shapes, snapper, graph, result.facilities(), c, limit, chosen);
            }
        }
        return new ExportLayer("catchments", true, fields, features);
    }

    private static void addCategory(List<ExportLayer.Feature> out, CatchmentShapes shapes, Snapper snapper,
                                    WalkingGraph graph, List<Facility> all, Category category, double limit, String form) {
        List<Facility> facilities = new ArrayList<>();
        List<Snap> snaps = new ArrayList<>();
        for (Facility f : all) {
            if (f.category() == category) {
                snapper.findSnap(f.lon(), f.lat()).ifPresent(s -> {
                    facilities.add(f);
                    snaps.add(s);
                });
            }
        }
        if (snaps.isEmpty()) {
            return;
        }
        if (form.equals("overlap")) {
            for (int i = 0; i < snaps.size(); i++) {
                SearchResult one = search(graph, List.of(snaps.get(i)), limit);
                out.add(feature(category, form, facilities.get(i), limit, shapes.dissolved(one)));
            }
            return;
        }
        SearchResult result = search(graph, snaps, limit);
        if (form.equals("dissolve")) {
            out.add(feature(category, form, null, limit, shapes.dissolved(result)));
            return;
        }
        for (Map.Entry<Integer, Geometry> piece : shapes.splitByNearest(result).entrySet()) {
            out.add(feature(category, form, facilities.get(piece.getKey()), limit, piece.getValue()));
        }
    }

    private static SearchResult search(WalkingGraph graph, List<Snap> sources, double limit) {
        return new MultiSourceSearch(graph, sources).maxWalkMeters(limit).countSnapDistance(true).run();
    }

    private static ExportLayer.Feature feature(Category category, String form, Facility facility, double limit,
                                               Geometry polygon) {
        return new ExportLayer.Feature(polygon, Arrays.asList(category.id(), form, facility == null ? null : facility.id(),
                facility == null ? null : facility.name(), limit, (double) Math.round(PlanarArea.squareMeters(polygon))));
    }
}
