package org.lifecircle.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.Bundle;
import org.lifecircle.coverage.CommunityShare;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssigner;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.DistrictSupply;
import org.lifecircle.coverage.LevelCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.RuleSupply;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.units.UnitLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The layers of a coverage run, built once from its result: what every output reads.
 *
 * @param facilities the facilities (points)
 * @param areas every residential area with its coverage per category (polygons; coverage.csv's columns)
 * @param districtRows one row per district and category (a table: districts.csv's columns)
 * @param districts one feature per district boundary with every category's figures as columns
 */
public record RunLayers(Layer facilities, Layer areas, Layer districtRows, Layer districts) {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** The areas uncovered for at least one category. */
    public Layer gaps() {
        List<Integer> flags = new ArrayList<>();
        for (int f = 0; f < areas.fields().size(); f++) {
            if (areas.fields().get(f).name().endsWith(RunFields.COVERED_SUFFIX)) {
                flags.add(f);
            }
        }
        return areas.filter("gaps", feature -> flags.stream().anyMatch(f -> Boolean.FALSE.equals(feature.value(f))));
    }

    /** The layers restricted to one district (its code; "" for the areas outside every district). */
    public RunLayers ofDistrict(String code) {
        return new RunLayers(facilities, inDistrict(areas, code), inDistrict(districtRows, code),
                inDistrict(districts, code));
    }

    /**
     * The layers of one unit of a level (the areas the level's district rule put in it; {@code unit}
     * {@link org.lifecircle.coverage.DistrictAssigner#OUTSIDE} for the areas outside all of them): its
     * areas, its own rows as the district rows, its outline as the districts layer.
     *
     * @param rows the level's rows of the unit (with the outside rows, code "", for OUTSIDE)
     * @param shares the run's community shares (the unit's are used)
     */
    public RunLayers ofUnit(LevelCoverage level, int unit, List<DistrictCoverage> rows, PolicyProfile profile,
                            List<CommunityShare> shares) {
        int areaId = areas.getField("area_id");
        Layer own = areas.filter(areas.name(), f -> level.assignment().districtOf(((Number) f.value(areaId)).intValue()
                - 1) == unit);
        List<District> outline = unit == DistrictAssigner.OUTSIDE ? List.of()
                : List.of(level.units().get(unit).asDistrict());
        return new RunLayers(facilities, own, districtRows(rows, profile, shares, level.level()),
                districts(rows, new DistrictAssignment(outline, new int[0]), profile));
    }

    private static Layer inDistrict(Layer layer, String code) {
        int field = layer.getField("district_code");
        return layer.filter(layer.name(), feature -> code.equals(feature.value(field)));
    }

    /** The layers of a result, its districts and their rows. */
    public static RunLayers of(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> rows) {
        return of(result, assignment, rows, List.of());
    }

    /**
     * The layers of a result, its districts and their rows, with the districts' shares of
     * communities served ({@link CommunityShare}s of any level; the district ones are used).
     */
    public static RunLayers of(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> rows,
                               List<CommunityShare> shares) {
        return new RunLayers(facilities(result), areas(result, assignment),
                districtRows(rows, result.profile(), shares, UnitLevel.DISTRICT), districts(rows, assignment, result.profile()));
    }

    static Layer facilities(CoverageResult result) {
        List<LayerField> fields = RunFields.facilityFields();
        List<LayerFeature> features = new ArrayList<>();
        for (Facility f : result.facilities()) {
            Long capacity = f.capacity().isPresent() ? (long) f.capacity().getAsInt() : null;
            features.add(feature(fields, GEOMETRY.createPoint(new Coordinate(f.lon(), f.lat())), f.id(), f.name(),
                    f.category().id(), f.subtype(), f.tier(), capacity, f.source()));
        }
        return new Layer("facilities", GeometryKind.POINT, fields, features);
    }

    static Layer areas(CoverageResult result, DistrictAssignment districts) {
        List<LayerField> fields = RunFields.areaFields(result.profile());
        List<LayerFeature> features = new ArrayList<>(result.coverage().size());
        for (AreaCoverage coverage : result.coverage()) {
            int a = coverage.area();
            ResidentialArea area = result.areas().get(a);
            List<Object> values = new ArrayList<>(Arrays.asList(a + 1, area.sourceId(), area.name(), districts.code(a),
                    districts.name(a), area.population().isKnown() ? area.population().residents() : null,
                    area.population().source().id(), area.ages().age0to2(), area.ages().age3to5(),
                    area.ages().age60plus(), area.ages().source().id()));
            for (Category c : result.profile().categories()) {
                CategoryCoverage cc = coverage.get(c);
                Facility nearest = cc.hasDistance() ? result.facilities().get(cc.facility()) : null;
                RuleSupply supply = result.supplyOf(c);
                values.addAll(Arrays.asList(cc.hasDistance() ? cc.distanceMeters() : null,
                        nearest == null ? null : nearest.id(), nearest == null ? null : nearest.name(), cc.covered(),
                        supply.demand()[a], supply.accessPer1000()[a], supply.served()[a]));
            }
            for (Bundle b : result.profile().bundles()) {
                values.add(result.complete(a, b));
                values.add(String.join(";", result.missing(a, b).stream().map(Category::id).toList()));
            }
            features.add(feature(fields, area.polygon(), values.toArray()));
        }
        return new Layer("coverage", GeometryKind.POLYGON, fields, features);
    }

    /** The rows of districts (or of the units of another level: their community shares are those of {@code level}). */
    static Layer districtRows(List<DistrictCoverage> rows, PolicyProfile profile, List<CommunityShare> shares,
                              UnitLevel level) {
        List<LayerField> fields = RunFields.districtRowFields(profile);
        List<LayerFeature> features = new ArrayList<>();
        for (DistrictCoverage r : rows) {
            DistrictSupply s = r.supply();
            List<Object> values = new ArrayList<>(Arrays.asList(r.districtCode(), r.districtName(), r.category().id(),
                    r.status(), r.areas(), r.areasCovered(), r.population(), r.populationCovered(), r.coveragePct(),
                    boxed(r.targetPct()), r.pass().orElse(null), r.bundle() ? null : s.demand(),
                    r.bundle() ? null : s.demandCovered(), boxed(s.capacity()), boxed(s.capacityPer1000()),
                    boxed(s.capacityTargetPer1000()), s.capacityPass().orElse(null), boxed(s.demandServed())));
            if (!profile.communityShareRules().isEmpty()) {
                values.addAll(shareValues(shares.stream().filter(c -> c.level().equals(Optional.of(level))
                        && c.code().equals(r.districtCode()) && c.category().equals(r.category()) && !r.bundle())
                        .findFirst()));
            }
            features.add(feature(fields, null, values.toArray()));
        }
        return new Layer("district_rows", GeometryKind.NONE, fields, features);
    }

    /** A community share's five figures ({@link RunFields#communityShareFields}); nulls without one. */
    static List<Object> shareValues(Optional<CommunityShare> share) {
        return share.isEmpty() ? Arrays.asList(new Object[5]) : Arrays.asList(share.get().communities(),
                share.get().served(), share.get().sharePct(), share.get().rule().targetPct(),
                share.get().pass().orElse(null));
    }

    static Layer districts(List<DistrictCoverage> rows, DistrictAssignment assignment, PolicyProfile profile) {
        List<LayerField> fields = RunFields.districtFields(profile);
        List<LayerFeature> features = new ArrayList<>();
        for (District district : assignment.districts()) {
            List<DistrictCoverage> own = rows.stream().filter(r -> r.districtCode().equals(district.code())).toList();
            DistrictCoverage any = own.isEmpty() ? null : own.get(0);
            List<Object> values = new ArrayList<>(Arrays.asList(district.code(), district.name(),
                    any == null ? DistrictCoverage.NO_DATA : any.status(), any == null ? 0 : any.areas(),
                    any == null ? 0.0 : any.population()));
            values.addAll(figures(own, profile));
            features.add(feature(fields, district.boundary(), values.toArray()));
        }
        return new Layer("districts", GeometryKind.POLYGON, fields, features);
    }

    /** Per category and bundle, the figures of one district's or unit's rows ({@link RunFields#unitFields}'s tail). */
    static List<Object> figures(List<DistrictCoverage> own, PolicyProfile profile) {
        List<Object> values = new ArrayList<>();
        for (Category c : profile.categories()) {
            DistrictCoverage row = own.stream().filter(r -> r.category().equals(c)).findFirst().orElse(null);
            values.addAll(row == null ? Arrays.asList(new Object[8]) : Arrays.asList(row.areasCovered(),
                    row.populationCovered(), row.coveragePct(), boxed(row.targetPct()), row.pass().orElse(null),
                    boxed(row.supply().capacityPer1000()), row.supply().capacityPass().orElse(null),
                    boxed(row.supply().demandServed())));
        }
        for (Bundle b : profile.bundles()) {
            DistrictCoverage row = own.stream().filter(r -> r.category().equals(b.id())).findFirst().orElse(null);
            values.addAll(row == null ? Arrays.asList(null, null) : Arrays.asList(row.coveragePct(),
                    row.pass().orElse(null)));
        }
        return values;
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** A feature whose raw values are held as the fields hold them (rounded, whole numbers, ...). */
    static LayerFeature feature(List<LayerField> fields, org.locationtech.jts.geom.Geometry geometry, Object... raw) {
        List<Object> values = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            values.add(fields.get(i).value(raw[i]));
        }
        return new LayerFeature(geometry, values);
    }
}
