package org.lifecircle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.crs.ChineseOffsets;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.crs.LonLat;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class DemoCityGeneratorTest {

    /** The committed demo files (tests run in the project folder). */
    static final Path COMMITTED = Path.of("gis-data", "demo");
    private static final DemoProjection PROJECTION = new DemoProjection(Xy.of(1500, 1500));
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @TempDir
    Path folder;

    @Test
    void generatingTwiceGivesTheSameBytes() throws IOException {
        List<Path> first = new DemoCityGenerator(folder.resolve("a")).generate();
        List<Path> second = new DemoCityGenerator(folder.resolve("b")).generate();
        assertThat(first).hasSize(DemoFiles.ALL.size());
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws IOException {
        new DemoCityGenerator(folder).generate();
        for (String name : DemoFiles.ALL) {
            assertThat(Files.readString(COMMITTED.resolve(name), StandardCharsets.UTF_8))
                    .as("gis-data/demo/%s differs from the generator's output: run './lifecircle demo generate'"
                            + " and commit the files", name)
                    .isEqualTo(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void facilityCategoriesMapThroughTheCategoryTable() throws IOException {
        CategoryTable table = CategoryTable.load(Path.of("gis-data", "categories.csv"));
        // The prefix names the rule of the default profile that counts the facility.
        Map<String, Category> byPrefix = Map.of("EC", Category.of("elderly_care"), "MA", Category.of("canteen"),
                "CC", Category.of("childcare"), "CV", Category.of("convenience"));
        PolicyProfile profile = ProfileFiles.load(ProfileFiles.DEFAULT_PROFILE);
        List<String[]> rows = csv(COMMITTED.resolve(DemoFiles.FACILITIES));
        assertThat(rows.get(0)).containsExactly("id", "name", "category", "subtype", "tier", "capacity", "lon", "lat");
        Set<String> values = rows.stream().skip(1).map(row -> row[2]).collect(Collectors.toSet());
        assertThat(values).containsExactlyInAnyOrder("养老服务中心", "日间照料", "老年食堂", "助餐点", "托育", "幼儿园",
                "便利店", "超市", "菜市场");
        for (String[] row : rows.subList(1, rows.size())) {
            org.lifecircle.model.CategoryValues.Mapping mapping = table.find(row[2]).orElseThrow();
            assertThat(profile.getRule(byPrefix.get(row[0].substring(0, 2))).scope().facilities()).as(row[0])
                    .contains(mapping.category());
            assertThat(mapping.subtype()).as(row[0]).isEqualTo(row[3]);
            assertThat(row[1]).as("a Chinese name").matches("\\p{IsHan}+");
        }
    }

    @Test
    void facilityCoordinatesAreTheGcj02OfThePlan() throws IOException {
        List<String[]> rows = csv(COMMITTED.resolve(DemoFiles.FACILITIES));
        List<PlannedFacility> plan = DemoFacilities.facilities();
        assertThat(rows).hasSize(plan.size() + 1);
        for (int i = 0; i < plan.size(); i++) {
            String[] row = rows.get(i + 1);
            LonLat planned = PROJECTION.toWgs84(plan.get(i).position());
            LonLat back = ChineseOffsets.gcj02ToWgs84(Double.parseDouble(row[6]), Double.parseDouble(row[7]));
            assertThat(Geodesy.distanceMeters(back.lon(), back.lat(), planned.lon(), planned.lat()))
                    .as("6 decimals of GCJ-02 are within 0.1 m").isLessThan(0.15);
            assertThat(Geodesy.distanceMeters(Double.parseDouble(row[6]), Double.parseDouble(row[7]), planned.lon(),
                    planned.lat())).as("the offset is really there").isGreaterThan(100);
        }
    }

    @Test
    void residentialAreasAreWgs84PolygonsWithIdNameAndPopulation() {
        List<SourceFeature> features = FeatureFiles.read(new FileWithCrs(COMMITTED.resolve(DemoFiles.RESIDENTIAL),
                Optional.empty()));
        List<Area> plan = DemoAreas.areas();
        assertThat(features).hasSize(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            SourceFeature feature = features.get(i);
            assertThat(feature.findText("id")).contains(plan.get(i).id());
            assertThat(feature.findText("name")).contains(plan.get(i).name());
            assertThat(Integer.parseInt(feature.findText("population").orElseThrow())).isBetween(1000, 12000);
            Coordinate corner = feature.geometry().getCoordinates()[0];
            LonLat planned = PROJECTION.toWgs84(plan.get(i).outline().ring().get(0));
            assertThat(Geodesy.distanceMeters(corner.x, corner.y, planned.lon(), planned.lat())).isLessThan(0.02);
        }
    }

    @Test
    void districtsNameCgcs2000AndSplitTheCityAtTheRiver() throws IOException {
        Path file = COMMITTED.resolve(DemoFiles.DISTRICTS);
        assertThat(Files.readString(file)).contains("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::4490\"}}");
        List<SourceFeature> districts = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(districts).extracting(d -> d.findText("name").orElseThrow()).containsExactly("西岭区", "东湖区");
        assertThat(districts).extracting(d -> d.findText("adcode").orElseThrow()).containsExactly("129901", "129902");
        for (Area area : DemoAreas.areas()) {
            LonLat centre = PROJECTION.toWgs84(area.outline().centre());
            String expected = area.districtCode();
            Geometry point = GEOMETRY.createPoint(new Coordinate(centre.lon(), centre.lat()));
            SourceFeature holder = districts.stream().filter(d -> d.geometry().contains(point)).findFirst().orElseThrow();
            assertThat(holder.findText("adcode")).as(area.id()).contains(expected);
        }
    }

    @Test
    void gatedCompoundsAreCrossedByNoPublicWayAndOpenNeighbourhoodsAre() {
        List<Geometry> streets = DemoStreets.streets().stream().map(s -> line(s.points())).toList();
        for (Area area : DemoAreas.areas()) {
            Geometry inside = GEOMETRY.createPolygon(line(area.outline().ring()).getCoordinates()).buffer(-0.5);
            long crossing = streets.stream().filter(inside::intersects).count();
            if (area.gated()) {
                assertThat(crossing).as(area.id() + " is gated").isZero();
            } else {
                assertThat(crossing).as(area.id() + " is open").isPositive();
            }
        }
    }

    @Test
    void everyPlannedGapNamesAnAreaAndAFacilityOfItsCategory() throws IOException {
        Map<String, String> areaNames = new HashMap<>();
        DemoAreas.areas().forEach(a -> areaNames.put(a.id(), a.name()));
        Map<String, Category> facilityCategories = new HashMap<>();
        CategoryTable table = CategoryTable.load(Path.of("gis-data", "categories.csv"));
        csv(COMMITTED.resolve(DemoFiles.FACILITIES)).stream().skip(1).forEach(row -> facilityCategories.put(row[0],
                table.find(row[2]).orElseThrow().category()));
        PolicyProfile profile = ProfileFiles.load(ProfileFiles.DEFAULT_PROFILE);
        List<String[]> gaps = csv(COMMITTED.resolve(DemoFiles.EXPECTED_GAPS));
        assertThat(gaps.get(0)).containsExactly("source_id", "name", "category", "kind", "nearby_facility_id",
                "reason");
        // five planted gaps, the three elderly ones again for meal aid (its points share the centres), four tier gaps
        assertThat(gaps).hasSize(1 + 5 + 3 + 4);
        for (String[] gap : gaps.subList(1, gaps.size() - 4)) {
            assertThat(areaNames.get(gap[0])).isEqualTo(gap[1]);
            assertThat(profile.getRule(Category.of(gap[2])).scope().facilities()).as(gap[0] + " " + gap[2])
                    .contains(facilityCategories.get(gap[4]));
            assertThat(gap[3]).isIn("river", "gate_orientation", "locked_gate", "distance");
        }
    }

    @Test
    void everyTierGapNamesAUnitOfTheDemoAndAnElderlyFacility() throws IOException {
        Map<String, String> unitNames = new HashMap<>();
        DemoUnits.streets().forEach(u -> unitNames.put(u.code(), u.name()));
        DemoUnits.communities().forEach(u -> unitNames.put(u.code(), u.name()));
        Set<String> elderly = csv(COMMITTED.resolve(DemoFiles.FACILITIES)).stream().skip(1)
                .filter(row -> !row[4].isEmpty()).map(row -> row[0]).collect(Collectors.toSet());
        List<String[]> gaps = csv(COMMITTED.resolve(DemoFiles.EXPECTED_GAPS));
        for (String[] gap : gaps.subList(gaps.size() - 4, gaps.size())) {
            assertThat(gap[3]).isEqualTo("tier");
            assertThat(unitNames.get(gap[0])).as(gap[0]).isEqualTo(gap[1]);
            assertThat(gap[2]).isEqualTo("elderly_care");
            assertThat(elderly).contains(gap[4]);
        }
    }

    static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.split(",", -1)).toList();
    }

    private static Geometry line(List<Xy> points) {
        return GEOMETRY.createLineString(points.stream().map(p -> new Coordinate(p.eastMeters(), p.northMeters()))
                .toArray(Coordinate[]::new));
    }
}
