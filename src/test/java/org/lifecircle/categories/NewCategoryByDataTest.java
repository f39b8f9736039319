package org.lifecircle.categories;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.faults.CliProcess;
import org.lifecircle.io.geopackage.GeoPackageFeatureReader;

/**
 * A new category, 药店 (pharmacy), added as data only: one line in a copy of categories.csv and
 * a rule in a copy of the default profile, in an installation folder of their own (the
 * {@code lifecircle.home} a launcher passes). The same classes, no build: {@code coverage},
 * {@code batch}, {@code import}, {@code export} and {@code serve} run in JVMs of their own and
 * all carry it, in every output a planner reads.
 */
class NewCategoryByDataTest {

    private static final Path DEMO = Path.of("gis-data", "demo");
    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern SERVER = Pattern.compile("running at (http://\\S+/)");
    /** Two pharmacies in GCJ-02, one in each district (beside a shop of the demo). */
    private static final String PHARMACIES = "id,name,category,lon,lat\n"
            + "PH-1,老百姓大药房,药店,117.196,39.1265\n"
            + "PH-2,益丰大药房,药店,117.2134,39.1184\n";

    @TempDir
    Path folder;

    private Path home;
    private Map<String, String> store;

    @Test
    void aCategoryInTheTableAndTheProfileReachesEveryOutput() throws Exception {
        installWithPharmacy();
        List<String> inputs = inputs();
        Path out = folder.resolve("coverage");
        run(concat(List.of("coverage"), inputs, List.of("--out", out.toString())));
        assertCoverageFiles(out);

        Path batch = folder.resolve("batch");
        run(concat(List.of("batch"), inputs, List.of("--out", batch.toString())));
        assertThat(Files.readString(batch.resolve("districts.csv"))).contains(",pharmacy,");

        run(concat(List.of("import", "--name", "city"), inputs, List.of()));
        run(List.of("coverage", "--dataset", "city", "--out", folder.resolve("stored").toString()));
        Path gpkg = folder.resolve("coverage.gpkg");
        run(List.of("export", "--dataset", "city", "--layer", "coverage", "--format", "gpkg", "--out", gpkg.toString()));
        assertThat(new GeoPackageFeatureReader().read(gpkg, Optional.empty()).get(0).attributes())
                .containsKeys("pharmacy_distance_m", "pharmacy_covered");
        assertTheServerCarriesIt();
    }

    private void installWithPharmacy() throws IOException {
        home = folder.resolve("install");
        Path data = Files.createDirectories(home.resolve("gis-data").resolve("profiles"));
        Files.writeString(data.getParent().resolve("categories.csv"), Files.readString(Path.of("gis-data",
                "categories.csv")) + "药店,pharmacy,\n药房,pharmacy,\namenity=pharmacy,pharmacy,\n");
        Files.writeString(data.resolve("tianjin-2022.yaml"), Files.readString(Path.of("gis-data", "profiles",
                "tianjin-2022.yaml")) + "  pharmacy:\n    label: 药店\n    label_en: Pharmacy\n    color: \"#43a047\"\n"
                + "    max_walk_meters: 500\n    target_pct: 80\n    basis: a test rule, 500 m\n");
        Files.writeString(folder.resolve("pharmacies.csv"), PHARMACIES, StandardCharsets.UTF_8);
        store = Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("data").toString());
    }

    private List<String> inputs() {
        return List.of("--osm", DEMO.resolve("network.osm").toString(), "--facilities",
                DEMO.resolve("facilities.csv") + "@gcj02", "--facilities", folder.resolve("pharmacies.csv") + "@gcj02",
                "--residential", DEMO.resolve("residential.geojson").toString(), "--districts",
                DEMO.resolve("districts.geojson").toString());
    }

    private void assertCoverageFiles(Path out) throws IOException {
        List<String> coverage = Files.readAllLines(out.resolve("coverage.csv"));
        assertThat(coverage.get(0)).contains(",pharmacy_distance_m,pharmacy_facility_id,pharmacy_facility_name,"
                + "pharmacy_covered,pharmacy_demand,pharmacy_access_per_1000,pharmacy_served");
        assertThat(coverage).anyMatch(line -> line.contains(",PH-1,老百姓大药房,true"))
                .anyMatch(line -> line.contains(",老百姓大药房,false") || line.matches(".*,,,false,[^,]*,,$"));
        assertThat(Files.readString(out.resolve("districts.csv"))).contains(",pharmacy,").contains(",80.0,");
        assertThat(Files.readString(out.resolve("gaps.geojson"))).contains("\"pharmacy_covered\":false");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"pharmacy\"");
        assertThat(Files.readString(out.resolve("report.html"))).contains("药店");
    }

    private void assertTheServerCarriesIt() throws IOException, InterruptedException {
        try (CliProcess server = CliProcess.start(store, Map.of("lifecircle.home", home.toString()), "serve", "--port",
                "0")) {
            server.awaitText("serve: LifeCircle is running at", START);
            Matcher url = SERVER.matcher(server.out());
            assertThat(url.find()).as(server.describe()).isTrue();
            JsonNode info = get(url.group(1) + "api/datasets/city");
            assertThat(info.at("/profile/rules").findValuesAsText("label")).contains("药店");
            assertThat(get(url.group(1) + "api/datasets/city/facilities?bbox=117.1,39.05,117.3,39.2&category=pharmacy")
                    .toString()).contains("老百姓大药房").contains("益丰大药房");
            assertThat(get(url.group(1) + "api/datasets/city/districts?category=pharmacy").at("/rows").size())
                    .isEqualTo(2);
            assertThat(get(url.group(1) + "api/datasets/city/areas?bbox=117.1,39.05,117.3,39.2").toString())
                    .contains("\"pharmacy_covered\"");
            server.stop();
        }
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private void run(List<String> args) {
        try (CliProcess command = CliProcess.start(store, Map.of("lifecircle.home", home.toString()),
                args.toArray(String[]::new))) {
            int code = command.awaitExit(START);
            assertThat(code).as(String.join(" ", args) + "\n" + command.describe()).isIn(0, 3);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
