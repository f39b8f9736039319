package org.lifecircle.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.io.formats.ExportFiles;
import org.lifecircle.io.shapefile.DbfEncoder;
import org.lifecircle.io.shapefile.DbfFieldNames;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.results.GeometryKind;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.results.LayerField;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The export building blocks: field names, Gauss-Kruger zones, .dbf text widths, atomic writing. */
class ExportUnitsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @TempDir
    Path out;

    @Test
    void shapefileFieldNamesAreShortAsciiAndUnique() {
        List<String> full = List.of("area_id", "district_code", "district_name", "population_source",
                "elderly_care_distance_m", "elderly_care_facility_id", "elderly_care_facility_name",
                "elderly_care_covered", "childcare_population_covered", "childcare_coverage_pct", "facility_name",
                "a_very_long_field_name_one", "a_very_long_field_name_two");
        List<String> names = DbfFieldNames.shorten(full);
        assertThat(names).allMatch(n -> n.length() <= 10 && n.matches("[A-Za-z0-9_]+"));
        assertThat(names.stream().map(String::toLowerCase).distinct()).hasSize(full.size());
        assertThat(names).startsWith("area_id", "dstr_code", "dstr_nm", "pop_src", "eld_dist_m", "eld_fac_id",
                "eld_fac_nm", "eld_cov");
    }

    @Test
    void categoriesNamedInDataGetReadableShortNamesToo() {
        List<String> full = List.of("health_station_covered", "health_station_distance_m", "elderly_education_covered",
                "parcel_point_access_per_1000", "canteen_covered");
        assertThat(DbfFieldNames.shorten(full)).containsExactly("heastacov", "heastadism", "eldeducov", "parpoiaccp",
                "can_cov");
    }

    @Test
    void gaussKrugerZonesFollowTheCentralMeridianNearestTheData() {
        assertThat(CrsSpec.gaussKrugerZone(117.2)).isEqualTo(4548);
        assertThat(CrsSpec.gaussKrugerZone(104.07)).isEqualTo(4544);
        assertThat(CrsSpec.gaussKrugerZone(114.2)).isEqualTo(4547);
        assertThat(CrsSpec.gaussKrugerZone(119.4)).isEqualTo(4549);
        assertThat(CrsSpec.gaussKrugerZone(74)).isEqualTo(4534);
        assertThatThrownBy(() -> CrsSpec.gaussKrugerZone(8.7)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside China's CGCS2000 Gauss-Kruger zones");
        assertThat(CrsSpec.parseOutput("gk").resolve(117.2)).isEqualTo(CrsSpec.epsg(4548));
        assertThat(CrsSpec.parseOutput("gk-auto").resolve(104.07)).isEqualTo(CrsSpec.epsg(4544));
        assertThat(CrsSpec.parseOutput("EPSG:4548").resolve(0)).isEqualTo(CrsSpec.epsg(4548));
        assertThat(CrsSpec.parseOutput("cgcs2000").resolve(0)).isEqualTo(CrsSpec.epsg(4490));
        assertThatThrownBy(() -> CrsSpec.parseOutput("bd09")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("wgs84, cgcs2000, epsg:NNNN");
    }

    @Test
    void longTextIsCutBetweenCharactersAt254Bytes() {
        String name = "滨".repeat(100);
        Layer layer = new Layer("t", GeometryKind.POINT, List.of(LayerField.text("name", "名称")), List.of(
                new LayerFeature(GEOMETRY.createPoint(new Coordinate(117, 39)), List.of(name))));
        byte[] dbf = DbfEncoder.encode(layer, List.of("name"), StandardCharsets.UTF_8);
        int width = Byte.toUnsignedInt(dbf[32 + 16]);
        assertThat(width).isEqualTo(252);
        byte[] cell = Arrays.copyOfRange(dbf, 32 + 32 + 1 + 1, 32 + 32 + 1 + 1 + width);
        assertThat(new String(cell, StandardCharsets.UTF_8)).isEqualTo("滨".repeat(84));
        assertThat(dbf[29]).isEqualTo((byte) 0);
        assertThat(DbfEncoder.encode(layer, List.of("name"), ExportOptions.GBK)[29]).isEqualTo((byte) 0x4D);
    }

    @Test
    void aWriterFailingHalfWayLeavesNothingBehind() {
        Layer layer = new Layer("t", GeometryKind.POINT, List.of(), List.of());
        ExportOptions options = new ExportOptions(ExportFormat.CSV, FromWgs84.to(CrsSpec.wgs84()),
                StandardCharsets.UTF_8, false);
        Path target = out.resolve("t.csv");
        LayerWriter failing = (l, o, file) -> {
            Files.writeString(file, "half a file");
            throw new IOException("disk full");
        };
        assertThatThrownBy(() -> ExportFiles.write(layer, options, target, failing))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("disk full");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path target = out.resolve("t.csv");
        Files.writeString(target, "old");
        Layer layer = new Layer("t", GeometryKind.POINT, List.of(LayerField.text("name", "名称")), List.of(
                new LayerFeature(GEOMETRY.createPoint(new Coordinate(117.2, 39.1)), List.of("新"))));
        ExportFiles.write(layer, new ExportOptions(ExportFormat.CSV, FromWgs84.to(CrsSpec.wgs84()),
                StandardCharsets.UTF_8, false), target);
        assertThat(Files.readString(target)).isEqualTo("\uFEFFname,lon,lat\n新,117.2000000,39.1000000\n");
        assertThat(out.toFile().list()).containsExactly("t.csv");
    }

    @Test
    void formulaLikeTextIsNeutralisedAndNumbersStayNumbers() throws IOException {
        Path target = out.resolve("t.csv");
        List<String> texts = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "-1.5", "+86", "a=1", "");
        List<LayerFeature> features = texts.stream().map(text -> new LayerFeature(
                GEOMETRY.createPoint(new Coordinate(-0.5, 39.1)), List.<Object>of(text, -1.5, -3L))).toList();
        Layer layer = new Layer("t", GeometryKind.POINT, List.of(LayerField.text("name", "名称"), LayerField.real("d", "距离", "m", 1),
                LayerField.integer("n", "数", "")), features);
        ExportFiles.write(layer, new ExportOptions(ExportFormat.CSV, FromWgs84.to(CrsSpec.wgs84()),
                StandardCharsets.UTF_8, false), target);
        assertThat(Files.readString(target)).isEqualTo("\uFEFFname,d,n,lon,lat\n"
                + "\"'=1+1\",-1.5,-3,-0.5000000,39.1000000\n"
                + "\"'+1+1\",-1.5,-3,-0.5000000,39.1000000\n"
                + "\"'-1+1\",-1.5,-3,-0.5000000,39.1000000\n"
                + "\"'@SUM(A1)\",-1.5,-3,-0.5000000,39.1000000\n"
                + "\"'\t=1+1\",-1.5,-3,-0.5000000,39.1000000\n"
                + "\"'\r=1+1\",-1.5,-3,-0.5000000,39.1000000\n"
                + "-1.5,-1.5,-3,-0.5000000,39.1000000\n"
                + "+86,-1.5,-3,-0.5000000,39.1000000\n"
                + "a=1,-1.5,-3,-0.5000000,39.1000000\n"
                + ",-1.5,-3,-0.5000000,39.1000000\n");
    }
}
