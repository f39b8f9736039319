package org.lifecircle.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.LevelCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.TierRow;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.units.AdminUnit;

/**
 * The unit layers of a run: every unit of every level given with its figures (units.csv, a
 * polygon layer) and the tier checks (tiers.csv, a table).
 *
 * @param units one feature per unit, largest level first, then input order
 * @param tiers one row per tier rule, level and unit
 */
public record UnitLayers(Layer units, Layer tiers) {

    public static UnitLayers of(UnitReport report, PolicyProfile profile) {
        return new UnitLayers(units(report, profile), tiers(report));
    }

    /** Whether any unit level was given (else the run writes no units.csv and tiers.csv). */
    public boolean any() {
        return !units.features().isEmpty();
    }

    private static Layer units(UnitReport report, PolicyProfile profile) {
        List<LayerField> fields = RunFields.unitFields(profile);
        List<LayerFeature> features = new ArrayList<>();
        for (LevelCoverage level : report.levels()) {
            for (AdminUnit unit : level.units()) {
                List<DistrictCoverage> own = level.rows().stream().filter(r -> r.districtCode().equals(unit.code()))
                        .toList();
                DistrictCoverage any = own.isEmpty() ? null : own.get(0);
                List<Object> values = new ArrayList<>(Arrays.asList(unit.level().id(), unit.code(), unit.name(),
                        unit.parentCode(), any == null ? DistrictCoverage.NO_DATA : any.status(),
                        any == null ? 0 : any.areas(), any == null ? 0.0 : any.population()));
                values.addAll(RunLayers.figures(own, profile));
                features.add(RunLayers.feature(fields, unit.boundary(), values.toArray()));
            }
        }
        return new Layer("units", GeometryKind.POLYGON, fields, features);
    }

    private static Layer tiers(UnitReport report) {
        List<LayerField> fields = RunFields.tierFields();
        List<LayerFeature> features = new ArrayList<>();
        for (TierRow row : report.tiers()) {
            features.add(RunLayers.feature(fields, null, row.level().id(), row.code(), row.name(), row.category().id(),
                    row.requiredTier(), row.minCount(), row.facilitiesOfTier(), row.noData() ? null : row.present(),
                    row.noData() ? DistrictCoverage.NO_DATA : DistrictCoverage.ASSESSED));
        }
        return new Layer("tiers", GeometryKind.NONE, fields, features);
    }
}
