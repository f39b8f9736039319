package org.lifecircle.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.features.FuzzMutator;
import org.lifecircle.io.features.ReaderContract;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;

/**
 * Fuzz and property tests of {@link GeoJsonFeatureReader}, with a fixed seed: mutated valid
 * documents (text mutations plus random JSON values, wrong types, deeper arrays, deep nesting) are
 * read into sound features or refused with a message naming the file; generated valid collections
 * with random properties read back exactly.
 */
class GeoJsonReaderFuzzTest {

    private static final long SEED = 20_240_616L;
    private static final int MUTATIONS = 2_500;
    private static final int GENERATED = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQUARE = "[[117.188,39.110],[117.190,39.110],[117.190,39.112],[117.188,39.112],"
            + "[117.188,39.110]]";
    private static final String HOLE = "[[117.1885,39.1105],[117.1886,39.1105],[117.1886,39.1106],[117.1885,39.1105]]";
    private static final List<String> FIXTURES = List.of(
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                    + "{\"type\":\"Feature\",\"id\":7,\"properties\":{\"name\":\"好又多\",\"tags\":{\"a\":[1,2]},\"n\":null},"
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[117.1893,39.11167,3.5]}},\n"
                    + "{\"type\":\"Feature\",\"properties\":{\"population\":1200},\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[" + SQUARE + "," + HOLE + "]}},\n"
                    + "{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"MultiPolygon\","
                    + "\"coordinates\":[[" + SQUARE + "]]}},\n"
                    + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":["
                    + "{\"type\":\"LineString\",\"coordinates\":[[117.1,39.1],[117.2,39.2]]},"
                    + "{\"type\":\"MultiPoint\",\"coordinates\":[[117.1,39.1]]}]}}\n]}\n",
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"one\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                    + SQUARE + "]}}",
            "{\"type\":\"MultiLineString\",\"coordinates\":[[[117.1,39.1],[117.2,39.2]],[[117.3,39.3],[117.4,39.4]]]}",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                    + "\"urn:ogc:def:crs:EPSG::4548\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[516341.2,4329571.8]}}]}",
            "{\"features\":[{\"type\":\"Feature\",\"properties\":{\"x\":1.5e3},\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[117.19,39.11]}}],\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                    + "\"properties\":{\"name\":\"EPSG:4490\"}}}");
    private static final List<String> TYPES = List.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection", "Topology", "", "point");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedDocumentsAreReadSoundlyOrRefusedWithTheFileName() throws IOException {
        ReaderContract contract = new ReaderContract();
        for (String fixture : FIXTURES) {    // valid as they are; also starts GeoTools before reads are timed
            contract.check(new GeoJsonFeatureReader(), dir.resolve("fixture.geojson"), utf8(fixture), Optional.empty(), 0);
        }
        assertThat(contract.accepted()).isEqualTo(FIXTURES.size());
        for (int i = 0; i < MUTATIONS; i++) {
            long seed = SEED + i;
            FuzzMutator mutator = new FuzzMutator(seed);
            String text = mutate(mutator, mutator.pick(FIXTURES));
            byte[] bytes = mutator.encode(text, StandardCharsets.UTF_8);
            Optional<CrsSpec> crs = mutator.random().nextInt(6) == 0
                    ? CrsSpec.find(mutator.pick(List.of("wgs84", "gcj02", "bd09", "epsg:4548"))) : Optional.empty();
            contract.check(new GeoJsonFeatureReader(), dir.resolve("fuzz-" + (i % 7) + ".geojson"), bytes, crs, seed);
        }
        assertThat(contract.accepted()).as("some mutants are still valid").isGreaterThan(MUTATIONS / 20);
        assertThat(contract.refused()).as("most mutants are refused").isGreaterThan(MUTATIONS / 3);
    }

    private static String mutate(FuzzMutator mutator, String fixture) {
        Random random = mutator.random();
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> mutator.mutateText(fixture);
            case 3 -> fixture.replaceFirst("\"type\":\"[A-Za-z]*\"", "\"type\":\"" + mutator.pick(TYPES) + "\"");
            case 4 -> replaceValue(fixture, randomValue(random, 4).toString(), random);
            case 5 -> fixture.replace("\"coordinates\":[", "\"coordinates\":[[").replaceFirst("]}", "]]}");
            case 6 -> replaceValue(fixture, "[".repeat(900 + random.nextInt(300)) + "]".repeat(1200), random);
            default -> randomValue(random, 6).toString();
        };
    }

    /** Replaces the value after one randomly chosen ':' with the given JSON text, up to the next ',' or '}'. */
    private static String replaceValue(String text, String value, Random random) {
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            return text;
        }
        int end = colon + 1;
        while (end < text.length() && ",}".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(0, colon + 1) + value + text.substring(end);
    }

    /** Any JSON value: scalars (huge numbers and unicode strings included), arrays and objects up to a depth. */
    private static com.fasterxml.jackson.databind.JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 7);
        return switch (kind) {
            case 0 -> JSON.getNodeFactory().nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(random.nextBoolean() ? random.nextGaussian() * 1e6
                    : Double.parseDouble(List.of("1e308", "-0.0", "180.5", "4.9e-324", "117.19").get(random.nextInt(5))));
            case 2 -> JSON.getNodeFactory().textNode(List.of("Feature", "好又多", "\u0000\u2028", "😀", "")
                    .get(random.nextInt(5)));
            case 3 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 4, 5 -> {
                ArrayNode array = JSON.createArrayNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    array.add(randomValue(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.createObjectNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    object.set(List.of("type", "coordinates", "geometry", "features", "properties", "crs", "id")
                            .get(random.nextInt(7)), randomValue(random, depth - 1));
                }
                yield object;
            }
        };
    }

    @Test
    void generatedValidCollectionsReadBackExactly() throws IOException {
        for (int i = 0; i < GENERATED; i++) {
            long seed = SEED * 31 + i;
            Random random = new Random(seed);
            ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
            ArrayNode features = collection.putArray("features");
            int count = 1 + random.nextInt(15);
            double[][] points = new double[count][];
            for (int f = 0; f < count; f++) {
                points[f] = new double[] {-180 + random.nextDouble() * 360, -90 + random.nextDouble() * 180};
                ObjectNode feature = features.addObject().put("type", "Feature");
                feature.putObject("properties").put("name", "点" + random.nextInt()).put("n", random.nextLong())
                        .put("x", random.nextDouble()).put("ok", random.nextBoolean()).set("nested", randomValue(random, 3));
                feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(points[f][0]).add(points[f][1]);
            }
            Path file = Files.write(dir.resolve("generated.geojson"), JSON.writeValueAsBytes(collection));

            List<SourceFeature> read = new GeoJsonFeatureReader().read(file, Optional.empty());
            assertThat(read).as("seed " + seed).hasSize(count);
            for (int f = 0; f < count; f++) {
                Coordinate c = read.get(f).geometry().getCoordinate();
                assertThat(new double[] {c.x, c.y}).as("seed " + seed).containsExactly(points[f]);
                ObjectNode properties = (ObjectNode) features.get(f).get("properties");
                assertThat(read.get(f).attributes().get("name")).isEqualTo(properties.get("name").textValue());
                assertThat(read.get(f).attributes().get("n")).isEqualTo(properties.get("n").longValue());
                assertThat(read.get(f).attributes().get("x")).isEqualTo(properties.get("x").doubleValue());
                assertThat(read.get(f).attributes().get("ok")).isEqualTo(properties.get("ok").booleanValue());
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
