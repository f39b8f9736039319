package org.lifecircle.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.coverage.TierRow;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.export.Ogr;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitLevel;

/**
 * The {@code units} and {@code tiers} layers of the demo city's run (districts, streets and
 * communities given) in every format, read back by the project's readers and by GDAL's ogrinfo:
 * one feature per unit (per tier row), in order, with its level and code, the tier check's
 * outcome, and the unit's own outline (same area within 0.1 %, valid).
 */
class UnitExportTest {

    @TempDir
    Path out;

    private static UnitReport units() {
        return ExportJobTest.report().units();
    }

    /** "level code" of every unit, largest level first, input order: the boundary files' units. */
    private static List<String> expectedUnits() {
        List<String> expected = new ArrayList<>();
        for (UnitLevel level : units().tree().levels()) {
            units().tree().units(level).forEach(u -> expected.add(level.id() + " " + u.code()));
        }
        return expected;
    }

    private static List<String> expectedTiers() {
        return units().tiers().stream().map(r -> r.level().id() + " " + r.code() + " " + r.category().id() + " "
                + (r.noData() ? "" : r.present())).toList();
    }

    private static String text(SourceFeature feature, String field) {
        Object value = feature.attributes().get(field);
        return value == null ? "" : String.valueOf(value);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"units,shp,u.zip", "units,gpkg,u.gpkg", "units,geojson,u.geojson", "units,csv,u.csv",
        "tiers,shp,t.zip", "tiers,gpkg,t.gpkg", "tiers,geojson,t.geojson", "tiers,csv,t.csv"})
    void unitsAndTiersInEveryFormatReadBack(String layer, String format, String fileName) {
        Path file = out.resolve(fileName);
        ExportSummary summary = ExportJobTest.export(ExportText.of(layer, format, file).withWkt(true));
        List<SourceFeature> features = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        boolean tiers = layer.equals("tiers");
        List<String> expected = tiers ? expectedTiers() : expectedUnits();
        assertThat(expected).as("the demo gives units and tier rows").hasSizeGreaterThan(5);
        assertThat(features).hasSize(summary.features()).hasSize(expected.size());
        List<String> read = features.stream().map(f -> text(f, "level") + " " + text(f, "code")
                + (tiers ? " " + text(f, "category") + " " + text(f, "present") : "")).toList();
        assertThat(read).isEqualTo(expected);
        for (SourceFeature feature : features) {
            AdminUnit unit = units().tree().units(UnitLevel.parse(text(feature, "level"))).stream()
                    .filter(u -> u.code().equals(text(feature, "code"))).findFirst().orElseThrow();
            assertThat(feature.geometry().isValid()).as(feature.location()).isTrue();
            assertThat(feature.geometry().getArea()).as(feature.location())
                    .isCloseTo(unit.boundary().getArea(), withPercentage(0.1));
        }
        String ogr = Ogr.summary(file);
        assertThat(ogr).contains("Feature Count: " + expected.size());
        assertThat(Ogr.values(Ogr.features(file), "code"))
                .isEqualTo(expected.stream().map(e -> e.split(" ")[1]).toList());
        if (!format.equals("csv")) {
            assertThat(Ogr.epsgCode(ogr)).isEqualTo(CrsSpec.EPSG_WGS84);
        }
    }

    @Test
    void theTierRowsOfTheDemoIncludeStreetsWithoutTheirStation() {
        // the demo's planted tier gaps (gis-data/demo/expected-gaps.csv, kind tier) are what the export shows
        assertThat(units().tiers()).filteredOn(TierRow::missing).isNotEmpty();
    }

    @Test
    void aRunWithoutUnitsHasNoUnitsToExport() {
        ExportSource source = ExportSource.of(ExportJobTest.report(), ExportJobTest.graph());
        ExportSource without = new ExportSource(source.result(), source.assignment(), source.districtRows(),
                source.graph(), source.maxSnapMeters(), "", source.layers());
        assertThatThrownBy(() -> new ExportJob(() -> without, ExportText.of("tiers", "csv", out.resolve("t.csv"))
                .request()).run()).isInstanceOf(InvalidInputException.class)
                .hasMessage("this run has no units to export; give unit boundaries to the coverage run"
                        + " (--units LEVEL=FILE or --districts FILE)");
        assertThat(out.toFile().list()).isEmpty();
    }
}
