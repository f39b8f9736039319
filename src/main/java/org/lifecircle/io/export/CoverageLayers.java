package org.lifecircle.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The export layers of a coverage run: facilities (points), residential areas with their
 * coverage (all, or only the gaps: areas uncovered for at least one category), and districts
 * (boundaries with their per-category summary). Field names follow coverage.csv and districts.csv.
 */
public final class CoverageLayers {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private CoverageLayers() {
    }

    public static Layer facilities(CoverageResult result) {
        List<LayerField> fields = List.of(LayerField.text("id", "设施编号"), LayerField.text("name", "设施名称"),
                LayerField.text("category", "设施类别"), LayerField.text("subtype", "设施子类"),
                LayerField.text("tier", "养老设施层级"), LayerField.integer("capacity", "床位或托位数"),
                LayerField.text("source", "数据来源"));
        List<LayerFeature> features = new ArrayList<>();
        for (Facility f : result.facilities()) {
            Long capacity = f.capacity().isPresent() ? (long) f.capacity().getAsInt() : null;
            features.add(new LayerFeature(GEOMETRY.createPoint(new Coordinate(f.lon(), f.lat())),
                    Arrays.asList(f.id(), f.name(), f.category().id(), f.subtype(), f.tier(), capacity,
                            f.source())));
        }
        return new Layer("facilities", true, fields, features);
    }

    /** Every residential area with its coverage, or (gapsOnly) those uncovered for some category. */
    public static Layer coverage(CoverageResult result, DistrictAssignment districts, boolean gapsOnly) {
        List<LayerField> fields = new ArrayList<>(List.of(LayerField.integer("area_id", "区域序号"),
                LayerField.text("source_id", "来源编号"), LayerField.text("name", "小区名称"),
                LayerField.text("district_code", "行政区代码"), LayerField.text("district_name", "行政区名称"),
                LayerField.integer("population", "人口"), LayerField.text("population_source", "人口来源")));
        for (Category c : result.profile().categories()) {
            String label = result.profile().display(c).label();
            fields.add(LayerField.real(c.id() + "_distance_m", "最近" + label + "步行距离（米）", 1));
            fields.add(LayerField.text(c.id() + "_facility_id", "最近" + label + "编号"));
            fields.add(LayerField.text(c.id() + "_facility_name", "最近" + label + "名称"));
            fields.add(LayerField.bool(c.id() + "_covered", label + "是否覆盖"));
        }
        List<LayerFeature> features = new ArrayList<>();
        for (AreaCoverage coverage : result.coverage()) {
            if (!gapsOnly || coverage.byCategory().values().stream().anyMatch(c -> !c.covered())) {
                features.add(areaFeature(result, districts, coverage));
            }
        }
        return new Layer(gapsOnly ? "gaps" : "coverage", false, fields, features);
    }

    private static LayerFeature areaFeature(CoverageResult result, DistrictAssignment districts, AreaCoverage coverage) {
        int a = coverage.area();
        ResidentialArea area = result.areas().get(a);
        List<Object> values = new ArrayList<>(Arrays.asList((long) a + 1, area.sourceId(), area.name(),
                districts.code(a), districts.name(a),
                area.population().isKnown() ? Math.round(area.population().residents()) : null,
                area.population().source().id()));
        for (Category c : result.profile().categories()) {
            CategoryCoverage cc = coverage.get(c);
            Facility nearest = cc.hasDistance() ? result.facilities().get(cc.facility()) : null;
            values.add(cc.hasDistance() ? CategoryLabels.rounded(cc.distanceMeters(), 1) : null);
            values.add(nearest == null ? null : nearest.id());
            values.add(nearest == null ? null : nearest.name());
            values.add(cc.covered());
        }
        return new LayerFeature(area.polygon(), values);
    }

    /** One feature per district (its boundary) with the per-category summary as columns. */
    public static Layer districts(List<DistrictCoverage> rows, DistrictAssignment assignment, PolicyProfile profile) {
        List<Category> categories = profile.categories();
        List<LayerField> fields = new ArrayList<>(List.of(LayerField.text("district_code", "行政区代码"),
                LayerField.text("district_name", "行政区名称"), LayerField.integer("areas", "小区数"),
                LayerField.integer("population", "人口")));
        for (Category c : categories) {
            String label = profile.display(c).label();
            fields.add(LayerField.integer(c.id() + "_areas_covered", label + "覆盖小区数"));
            fields.add(LayerField.integer(c.id() + "_population_covered", label + "覆盖人口"));
            fields.add(LayerField.real(c.id() + "_coverage_pct", label + "覆盖率（%）", 1));
            fields.add(LayerField.real(c.id() + "_target_pct", label + "目标覆盖率（%）", 1));
            fields.add(LayerField.bool(c.id() + "_pass", label + "是否达标"));
        }
        List<LayerFeature> features = new ArrayList<>();
        for (District district : assignment.districts()) {
            List<DistrictCoverage> own = rows.stream().filter(r -> r.districtCode().equals(district.code())).toList();
            features.add(new LayerFeature(district.boundary(), districtValues(district, own, categories)));
        }
        return new Layer("districts", false, fields, features);
    }

    private static List<Object> districtValues(District district, List<DistrictCoverage> rows, List<Category> categories) {
        DistrictCoverage any = rows.isEmpty() ? null : rows.get(0);
        List<Object> values = new ArrayList<>(Arrays.asList(district.code(), district.name(),
                any == null ? 0L : (long) any.areas(), any == null ? 0L : Math.round(any.population())));
        for (Category c : categories) {
            DistrictCoverage row = rows.stream().filter(r -> r.category().equals(c)).findFirst().orElse(null);
            values.add(row == null ? null : (long) row.areasCovered());
            values.add(row == null ? null : Math.round(row.populationCovered()));
            values.add(row == null ? null : CategoryLabels.rounded(row.coveragePct(), 1));
            values.add(row == null || row.targetPct().isEmpty() ? null
                    : CategoryLabels.rounded(row.targetPct().getAsDouble(), 1));
            values.add(row == null ? null : row.pass().orElse(null));
        }
        return values;
    }
}
