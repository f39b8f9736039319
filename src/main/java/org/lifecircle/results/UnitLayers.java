package org.lifecircle.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.coverage.CommunityShare;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.LevelCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.TierRow;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.model.Category;
import org.lifecircle.units.AdminUnit;
import org.locationtech.jts.geom.Geometry;

/**
 * The unit layers of a run: every unit of every level given with its figures (units.csv, a
 * polygon layer), the tier checks (tiers.csv; each row with its unit's outline, which the CSV
 * leaves out and the exports keep) and the shares of communities served (a table: overall first,
 * then every unit; report.html).
 *
 * @param units one feature per unit, largest level first, then input order
 * @param tiers one feature per tier rule, level and unit, with the unit's outline
 * @param communityShares one row per community-share rule and unit (and overall)
 */
public record UnitLayers(Layer units, Layer tiers, Layer communityShares) {

    /** The level column's value of the overall community share. */
    public static final String OVERALL = "all";

    public static UnitLayers of(UnitReport report, PolicyProfile profile) {
        return new UnitLayers(units(report, profile), tiers(report), communityShares(report));
    }

    /** Whether any unit level was given (else the run writes no units.csv and tiers.csv). */
    public boolean any() {
        return !units.features().isEmpty();
    }

    private static Layer units(UnitReport report, PolicyProfile profile) {
        List<LayerField> fields = RunFields.unitFields(profile);
        List<LayerFeature> features = new ArrayList<>();
        Map<String, CommunityShare> shares = new HashMap<>();
        report.communityShares().forEach(c -> c.level().ifPresent(l -> shares.put(c.category().id() + " " + l.id()
                + " " + c.code(), c)));
        for (LevelCoverage level : report.levels()) {
            for (AdminUnit unit : level.units()) {
                List<DistrictCoverage> own = level.rows().stream().filter(r -> r.districtCode().equals(unit.code()))
                        .toList();
                DistrictCoverage any = own.isEmpty() ? null : own.get(0);
                List<Object> values = new ArrayList<>(Arrays.asList(unit.level().id(), unit.code(), unit.name(),
                        unit.parentCode(), any == null ? DistrictCoverage.NO_DATA : any.status(),
                        any == null ? 0 : any.areas(), any == null ? 0.0 : any.population()));
                values.addAll(RunLayers.figures(own, profile));
                for (Category c : profile.communityShareRules().keySet()) {
                    values.addAll(RunLayers.shareValues(Optional.ofNullable(shares.get(c.id() + " " + unit.level().id()
                            + " " + unit.code()))));
                }
                features.add(RunLayers.feature(fields, unit.boundary(), values.toArray()));
            }
        }
        return new Layer("units", GeometryKind.POLYGON, fields, features);
    }

    private static Layer tiers(UnitReport report) {
        List<LayerField> fields = RunFields.tierFields();
        List<LayerFeature> features = new ArrayList<>();
        for (TierRow row : report.tiers()) {
            Geometry outline = report.tree().units(row.level()).stream().filter(u -> u.code().equals(row.code()))
                    .findFirst().map(AdminUnit::boundary).orElse(null);
            features.add(RunLayers.feature(fields, outline, row.level().id(), row.code(), row.name(),
                    row.category().id(), row.requiredTier(), row.minCount(), row.facilitiesOfTier(), row.check(),
                    row.walkMinPct().isPresent() ? row.walkMinPct().getAsDouble() : null, row.withinWalkPct(),
                    row.noData() ? null : row.present(), row.noData() ? DistrictCoverage.NO_DATA : DistrictCoverage.ASSESSED));
        }
        return new Layer("tiers", GeometryKind.POLYGON, fields, features);
    }

    private static Layer communityShares(UnitReport report) {
        List<LayerField> fields = RunFields.communityShareTableFields();
        List<LayerFeature> features = new ArrayList<>();
        for (CommunityShare share : report.communityShares()) {
            List<Object> values = new ArrayList<>(Arrays.asList(share.level().map(l -> l.id()).orElse(OVERALL),
                    share.code(), share.name(), share.category().id(), share.rule().servedBy().id()));
            values.addAll(RunLayers.shareValues(Optional.of(share)));
            features.add(RunLayers.feature(fields, null, values.toArray()));
        }
        return new Layer("community_shares", GeometryKind.NONE, fields, features);
    }
}
