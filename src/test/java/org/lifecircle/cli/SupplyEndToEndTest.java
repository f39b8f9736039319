package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.network.TestNetwork;

/**
 * Supply and demand through the whole coverage run ({@code lifecircle coverage} on files), on one
 * straight footway drawn in metres east of the origin (a node every 20 m, 0 to 1,600 m, each with
 * a 5 m spur to the south, so that the graph keeps the 50 junctions a run asks for):
 *
 * <pre>
 *   district 100001 (x &lt; 700)                        | district 100002
 *       P        Q               R                    |       S                      T
 *  F1===+========+=======+=======+====F2=======+======|=======+=====F3=======+========+========
 *  0   100      250             450   500             700     900   1000            1500    1600
 * </pre>
 *
 * Nursery rule: 300 m, demand group 0-2 years. F1 100 places, F2 60, F3 no capacity (0 places;
 * it still covers S). Areas are 6 m squares just north of the way, so a walk is the distance along
 * it plus at most 11 m: no pair is within 40 m of the threshold. Children 0-2: P 80, Q 40, R 50,
 * S 30, T 20 (residents 4,000, 2,000, 2,500, 1,500, 1,000).
 *
 * <p>Within 300 m: F1 reaches P (100 m) and Q (250 m); F2 reaches Q (250 m) and R (50 m); F3
 * reaches S (100 m); T reaches nothing. 2SFCA ratios: F1 100 / (80 + 40) = 5/6, F2 60 / (40 + 50) =
 * 2/3, F3 0 / 30 = 0; access per 1,000: P 833.33, Q 1,500, R 666.67, S 0, T 0. Served: 160 places,
 * all taken (P and R fit whole into F1 and F2); the least walk serves P and R whole (100 and 50 m
 * against Q's 250 m), so P 80, R 50 and Q the remaining 20 + 10 = 30; S and T 0.
 */
class SupplyEndToEndTest {

    private static final double[] AREA_X = {100, 250, 450, 900, 1500};
    private static final String[] AREA_ID = {"P", "Q", "R", "S", "T"};
    private static final int[] RESIDENTS = {4000, 2000, 2500, 1500, 1000};
    private static final int[] CHILDREN = {80, 40, 50, 30, 20};

    @TempDir
    static Path folder;
    private static Map<String, Map<String, String>> areas;
    private static List<Map<String, String>> districts;

    @BeforeAll
    static void runCoverage() throws IOException {
        Files.writeString(folder.resolve("network.osm"), network(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("facilities.csv"), "id,name,category,capacity,lon,lat\n"
                + facility("F1", 0, "100") + facility("F2", 500, "60") + facility("F3", 1000, ""),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("residential.geojson"), residential(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("districts.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + district("100001", "West", -100, 700) + "," + district("100002", "East", 700, 1700) + "]}",
                StandardCharsets.UTF_8);
        Path out = coverage("max_walk_meters: 300\n    demand_group: age_0_2\n    capacity_per_1000_target: 4.5\n",
                "out");
        areas = areaRows(out);
        districts = CoverageCommandTest.rows(out.resolve("districts.csv"));
    }

    /** Runs the coverage with a profile of one nursery rule (its keys given) into {@code outName}. */
    private static Path coverage(String nurseryKeys, String outName) throws IOException {
        Path profile = folder.resolve(outName + "-profile.yaml");
        Files.writeString(profile, "id: supply-e2e\ncategories:\n  nursery:\n    " + nurseryKeys, StandardCharsets.UTF_8);
        Path out = folder.resolve(outName);
        GraphCommandTest.Run run = GraphCommandTest.cli("coverage", "--osm", path("network.osm"),
                "--facilities", path("facilities.csv"), "--residential", path("residential.geojson"),
                "--districts", path("districts.geojson"), "--profile", profile.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static Map<String, Map<String, String>> areaRows(Path out) throws IOException {
        return CoverageCommandTest.rows(out.resolve("coverage.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("source_id"), Function.identity()));
    }

    /**
     * The profile's {@code access_decay} weighs each pair by its walk. The walks: an area's nearest
     * access point is the corner of its square 3 m nearer the facility, 2 m north of the way, so
     * a walk is the distance between the centres less 1 m: F1-P 99 m, F1-Q and F2-Q 249 m, F2-R
     * 49 m (the test checks P's and R's first). With d0 = 300 m:
     *
     * <pre>
     *   linear   w = 1 - d/d0:          w(99) = 0.67,     w(249) = 0.17,     w(49) = 0.836667
     *   gaussian w = (e^(-(d/d0)^2/2) - e^(-1/2)) / (1 - e^(-1/2)):
     *                                   w(99) = 0.865316, w(249) = 0.259434, w(49) = 0.966324
     *   R1 = 100 / (80 w(99) + 40 w(249)),  R2 = 60 / (40 w(249) + 50 w(49))
     *   access per 1,000: P = 1000 w(99) R1, Q = 1000 w(249) (R1 + R2), R = 1000 w(49) R2, S = T = 0
     *   linear:   R1 = 100 / 60.4 = 1.65563, R2 = 60 / 48.6333 = 1.23372; P 1,109.27, Q 491.19, R 1,032.21
     *   gaussian: R1 = 1.25624, R2 = 1.02226; P 1,087.04, Q 591.12, R 987.83
     * </pre>
     *
     * Served is the same as with step weights: the assignment does not weigh places.
     */
    @Test
    void linearAndGaussianDecayFromTheProfileWeighAccessByTheWalk() throws IOException {
        double[][] expected = {{1109.27, 491.19, 1032.21, 0, 0}, {1087.04, 591.12, 987.83, 0, 0}};
        String[] decays = {"linear", "gaussian"};
        for (int k = 0; k < decays.length; k++) {
            Map<String, Map<String, String>> rows = areaRows(coverage("max_walk_meters: 300\n    demand_group: age_0_2\n"
                    + "    access_decay: " + decays[k] + "\n", decays[k]));
            assertThat(Double.parseDouble(rows.get("P").get("nursery_distance_m"))).isCloseTo(99, within(0.05));
            assertThat(Double.parseDouble(rows.get("R").get("nursery_distance_m"))).isCloseTo(49, within(0.05));
            for (int a = 0; a < AREA_ID.length; a++) {
                Map<String, String> row = rows.get(AREA_ID[a]);
                assertThat(Double.parseDouble(row.get("nursery_access_per_1000"))).as(decays[k] + " " + AREA_ID[a])
                        .isCloseTo(expected[k][a], within(0.5));
                assertThat(row.get("nursery_served")).isEqualTo(areas.get(AREA_ID[a]).get("nursery_served"));
            }
        }
    }

    @Test
    void accessPer1000IsTheSumOfTheReachedFacilitiesRatios() {
        double[] expected = {1000 * 5.0 / 6, 1000 * (5.0 / 6 + 2.0 / 3), 1000 * 2.0 / 3, 0, 0};
        for (int a = 0; a < AREA_ID.length; a++) {
            Map<String, String> row = areas.get(AREA_ID[a]);
            assertThat(Double.parseDouble(row.get("nursery_demand"))).as(AREA_ID[a]).isEqualTo(CHILDREN[a]);
            assertThat(Double.parseDouble(row.get("nursery_access_per_1000"))).as(AREA_ID[a])
                    .isCloseTo(expected[a], within(0.006));
        }
    }

    @Test
    void servedGivesEveryPlaceAndTheShortestWalksFirst() {
        int[] expected = {80, 30, 50, 0, 0};
        for (int a = 0; a < AREA_ID.length; a++) {
            assertThat(Double.parseDouble(areas.get(AREA_ID[a]).get("nursery_served"))).as(AREA_ID[a])
                    .isEqualTo(expected[a]);
        }
    }

    @Test
    void aFacilityWithoutCapacityCoversButServesNoOne() {
        Map<String, String> s = areas.get("S");
        assertThat(s.get("nursery_covered")).isEqualTo("true");
        assertThat(s.get("nursery_facility_id")).isEqualTo("F3");
        assertThat(Double.parseDouble(s.get("nursery_served"))).isZero();
        assertThat(Double.parseDouble(s.get("nursery_access_per_1000"))).isZero();
        assertThat(areas.get("T").get("nursery_covered")).isEqualTo("false");
    }

    @Test
    void demandServedOfADistrictIsTheSumOfItsAreasServed() {
        Map<String, Map<String, String>> byCode = districts.stream().filter(r -> r.get("category").equals("nursery"))
                .collect(Collectors.toMap(r -> r.get("district_code"), Function.identity()));
        assertThat(byCode.keySet()).containsExactlyInAnyOrder("100001", "100002");
        for (Map<String, String> district : byCode.values()) {
            double sum = areas.values().stream().filter(r -> r.get("district_code").equals(district.get("district_code")))
                    .mapToDouble(r -> Double.parseDouble(r.get("nursery_served"))).sum();
            assertThat(Double.parseDouble(district.get("demand_served"))).as(district.get("district_code"))
                    .isEqualTo(sum);
        }
        Map<String, String> west = byCode.get("100001");
        assertThat(Double.parseDouble(west.get("demand_served"))).isEqualTo(160);
        assertThat(Double.parseDouble(west.get("demand"))).isEqualTo(170);
        assertThat(Double.parseDouble(west.get("capacity"))).isEqualTo(160);
        assertThat(Double.parseDouble(west.get("capacity_per_1000"))).isCloseTo(1000 * 160.0 / 8500, within(0.006));
        Map<String, String> east = byCode.get("100002");
        assertThat(Double.parseDouble(east.get("demand_served"))).isZero();
        assertThat(Double.parseDouble(east.get("demand_covered"))).isEqualTo(30);
        assertThat(Double.parseDouble(east.get("capacity"))).isZero();
    }

    private static String path(String name) {
        return folder.resolve(name).toString();
    }

    private static String network() {
        StringBuilder osm = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n");
        for (int n = 0; n <= 80; n++) {
            osm.append(String.format(Locale.ROOT, "  <node id=\"%d\" lat=\"%.8f\" lon=\"%.8f\"/>%n", n + 1,
                    TestNetwork.lat(0), TestNetwork.lon(20 * n)));
        }
        for (int n = 0; n <= 80; n++) {
            osm.append(String.format(Locale.ROOT, "  <node id=\"%d\" lat=\"%.8f\" lon=\"%.8f\"/>%n", 1000 + n,
                    TestNetwork.lat(-5), TestNetwork.lon(20 * n)));
        }
        osm.append("  <way id=\"1\">\n");
        for (int n = 0; n <= 80; n++) {
            osm.append("    <nd ref=\"").append(n + 1).append("\"/>\n");
        }
        osm.append("    <tag k=\"highway\" v=\"footway\"/>\n  </way>\n");
        for (int n = 0; n <= 80; n++) {
            osm.append(String.format(Locale.ROOT, "  <way id=\"%d\"><nd ref=\"%d\"/><nd ref=\"%d\"/>"
                    + "<tag k=\"highway\" v=\"footway\"/></way>%n", 2 + n, n + 1, 1000 + n));
        }
        return osm.append("</osm>\n").toString();
    }

    private static String facility(String id, double x, String capacity) {
        return String.format(Locale.ROOT, "%s,%s,nursery,%s,%.8f,%.8f%n", id, id, capacity, TestNetwork.lon(x),
                TestNetwork.lat(0));
    }

    private static String residential() {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int a = 0; a < AREA_ID.length; a++) {
            json.append(a == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":"
                    + "{\"id\":\"%s\",\"name\":\"%s\",\"population\":%d,\"pop_0_2\":%d},\"geometry\":%s}", AREA_ID[a],
                    AREA_ID[a], RESIDENTS[a], CHILDREN[a], square(AREA_X[a] - 3, AREA_X[a] + 3, 2, 8)));
        }
        return json.append("]}").toString();
    }

    private static String district(String code, String name, double westX, double eastX) {
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"adcode\":\"%s\",\"name\":\"%s\"},"
                + "\"geometry\":%s}", code, name, square(westX, eastX, -200, 200));
    }

    /** A polygon from x0 to x1 metres east and y0 to y1 metres north of the origin, counter-clockwise. */
    private static String square(double x0, double x1, double y0, double y1) {
        double[][] corners = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
        StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < corners.length; i++) {
            ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.8f,%.8f]",
                    TestNetwork.lon(corners[i][0]), TestNetwork.lat(corners[i][1])));
        }
        return ring.append("]]}").toString();
    }
}
