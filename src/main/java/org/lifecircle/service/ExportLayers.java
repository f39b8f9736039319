package org.lifecircle.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.io.export.ExportField;
import org.lifecircle.io.export.ExportLayer;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The exportable layers of a coverage report: facilities, coverage (all areas), gaps, districts. */
public final class ExportLayers {

    /** The layer names users give to {@code export --layer}. */
    public static final List<String> NAMES = List.of("facilities", "coverage", "gaps", "catchments", "districts");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Map<Category, String> SHORT = Map.of(Category.ELDERLY_CARE, "ec", Category.CHILDCARE, "cc",
            Category.CONVENIENCE, "cv");

    private ExportLayers() {
    }

    public static String checkName(String layer) {
        String name = layer == null ? "" : layer.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            throw new InvalidInputException("unknown layer '" + layer + "' (known: " + String.join(", ", NAMES) + ")");
        }
        return name;
    }

    public static ExportLayer facilities(List<Facility> facilities) {
        List<ExportField> fields = List.of(ExportField.text("id", "id", 40), ExportField.text("category", "category", 20),
                ExportField.text("subtype", "subtype", 30), ExportField.text("tier", "tier", 20),
                ExportField.text("name", "name", 120), ExportField.integer("capacity", "capacity"),
                ExportField.text("source", "source", 80));
        List<ExportLayer.Feature> features = new ArrayList<>();
        for (Facility f : facilities) {
            features.add(new ExportLayer.Feature(GEOMETRY.createPoint(new Coordinate(f.lon(), f.lat())), Arrays.asList(
                    f.id(), f.category().id(), f.subtype(), f.tier(), f.name(),
                    f.capacity().isPresent() ? f.capacity().getAsInt() : null, f.source())));
        }
        return new ExportLayer("facilities", false, fields, features);
    }

    /** Every area with its coverage, or only the gaps (areas not covered for some category). */
    public static ExportLayer areas(CoverageResult result, DistrictAssignment districts, boolean gapsOnly) {
        List<ExportField> fields = new ArrayList<>(List.of(ExportField.integer("area_id", "area_id"),
                ExportField.text("source_id", "source_id", 40), ExportField.text("name", "name", 120),
                ExportField.text("district_code", "dist_code", 20), ExportField.text("district_name", "dist_name", 60),
                ExportField.integer("population", "population"), ExportField.text("population_source", "pop_source", 20)));
        for (Category c : result.profile().categories()) {
            String s = SHORT.get(c);
            fields.add(ExportField.real(c.id() + "_distance_m", s + "_dist_m", 1));
            fields.add(ExportField.text(c.id() + "_facility_id", s + "_fac_id", 40));
            fields.add(ExportField.text(c.id() + "_facility_name", s + "_fac_nam", 120));
            fields.add(ExportField.bool(c.id() + "_covered", s + "_covered"));
        }
        List<ExportLayer.Feature> features = new ArrayList<>();
        for (AreaCoverage coverage : result.coverage()) {
            boolean gap = coverage.byCategory().values().stream().anyMatch(c -> !c.covered());
            if (!gapsOnly || gap) {
                features.add(areaFeature(result, districts, coverage));
            }
        }
        return new ExportLayer(gapsOnly ? "gaps" : "coverage", true, fields, features);
    }

    private static ExportLayer.Feature areaFeature(CoverageResult result, DistrictAssignment districts, AreaCoverage coverage) {
        int a = coverage.area();
        ResidentialArea area = result.areas().get(a);
        List<Object> values = new ArrayList<>(Arrays.asList(a + 1, area.sourceId(), area.name(), districts.code(a),
                districts.name(a), area.population().isKnown() ? Math.round(area.population().residents()) : null,
                area.population().source().id()));
        for (Category c : result.profile().categories()) {
            CategoryCoverage cc = coverage.get(c);
            Facility f = cc.hasDistance() ? result.facilities().get(cc.facility()) : null;
            values.add(cc.hasDistance() ? Math.round(cc.distanceMeters() * 10) / 10.0 : null);
            values.add(f == null ? null : f.id());
            values.add(f == null ? null : f.name());
            values.add(cc.covered());
        }
        return new ExportLayer.Feature(area.polygon(), values);
    }

    /** One feature per district: per category its coverage, target and pass. */
    public static ExportLayer districts(List<DistrictCoverage> rows, DistrictAssignment assignment, List<Category> categories) {
        List<ExportField> fields = new ArrayList<>(List.of(ExportField.text("district_code", "dist_code", 20),
                ExportField.text("district_name", "dist_name", 60), ExportField.integer("areas", "areas"),
                ExportField.integer("population", "population")));
        for (Category c : categories) {
            String s = SHORT.get(c);
            fields.add(ExportField.real(c.id() + "_coverage_pct", s + "_pct", 1));
            fields.add(ExportField.real(c.id() + "_target_pct", s + "_target", 1));
            fields.add(ExportField.text(c.id() + "_pass", s + "_pass", 5));
        }
        List<ExportLayer.Feature> features = new ArrayList<>();
        for (District d : assignment.districts()) {
            List<DistrictCoverage> mine = rows.stream().filter(r -> r.districtCode().equals(d.code())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<Object> values = new ArrayList<>(Arrays.asList(d.code(), d.name(), mine.get(0).areas(),
                    Math.round(mine.get(0).population())));
            for (Category c : categories) {
                DistrictCoverage r = mine.stream().filter(x -> x.category() == c).findFirst().orElseThrow();
                values.add(Math.round(r.coveragePct() * 10) / 10.0);
                values.add(r.targetPct().isPresent() ? r.targetPct().getAsDouble() : null);
                values.add(r.pass().map(p -> p ? "pass" : "fail").orElse(""));
            }
            features.add(new ExportLayer.Feature(d.boundary(), values));
        }
        return new ExportLayer("districts", true, fields, features);
    }
}
