package org.lifecircle.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Fuzz and property tests of {@link CsvFeatureReader}, with a fixed seed: mutated valid files are
 * read into sound features or refused with a message naming the file, never anything else; and
 * generated valid files (random column order, delimiters, encodings, quoted names) read back exactly.
 */
class CsvReaderFuzzTest {

    private static final long SEED = 20_240_615L;
    private static final int MUTATIONS = 2_500;
    private static final int GENERATED = 400;
    private static final Charset GBK = Charset.forName("GBK");

    /** A valid fixture and the system its coordinates are in. */
    private record Fixture(String text, Charset charset, Optional<CrsSpec> crs) {
    }

    private static final List<Fixture> FIXTURES = List.of(
            new Fixture("name,category,lon,lat\n好又多超市,超市,117.1893,39.11167\n阳光幼儿园,幼儿园,117.19607,39.1173\n"
                    + "\"长青, 日间照料\",日间照料,117.2107,39.1227\n", StandardCharsets.UTF_8, Optional.empty()),
            new Fixture("名称\t类别\t经度\t纬度\r\n好又多超市\t超市\t104.0665\t30.6598\r\n", GBK, Optional.empty()),
            new Fixture("name;lng;latitude;note\n\"a;b\";117.2;39.1;\"say \"\"hi\"\"\"\n\"multi\nline\";117.3;39.2;x\n",
                    StandardCharsets.UTF_8, Optional.of(CrsSpec.find("gcj02").orElseThrow())),
            new Fixture("id,wkt,name\n1,POINT (117.19 39.11),p\n2,\"POLYGON ((117.18 39.10, 117.19 39.10, 117.19 39.11,"
                    + " 117.18 39.10))\",q\n", StandardCharsets.UTF_8, Optional.empty()),
            new Fixture("name,x,y\nA,516341.2,4329571.8\nB,517000,4330000\n", StandardCharsets.UTF_8,
                    Optional.of(CrsSpec.find("epsg:4548").orElseThrow())),
            new Fixture("name,lon,lat\nB,116.404,39.915\n", StandardCharsets.UTF_8,
                    Optional.of(CrsSpec.find("bd09").orElseThrow())));

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedFilesAreReadSoundlyOrRefusedWithTheFileName() throws IOException {
        ReaderContract contract = new ReaderContract();
        for (Fixture fixture : FIXTURES) {    // valid as they are; also starts GeoTools before reads are timed
            contract.check(new CsvFeatureReader(), dir.resolve("fixture.csv"), fixture.text().getBytes(
                    fixture.charset()), fixture.crs(), 0);
        }
        assertThat(contract.accepted()).isEqualTo(FIXTURES.size());
        for (int i = 0; i < MUTATIONS; i++) {
            long seed = SEED + i;
            FuzzMutator mutator = new FuzzMutator(seed);
            Fixture fixture = mutator.pick(FIXTURES);
            byte[] bytes = mutator.encode(mutator.mutateText(fixture.text()), fixture.charset());
            Optional<CrsSpec> crs = mutator.random().nextInt(5) == 0 ? Optional.empty() : fixture.crs();
            contract.check(new CsvFeatureReader(), dir.resolve("fuzz-" + (i % 7) + ".csv"), bytes, crs, seed);
        }
        assertThat(contract.accepted()).as("some mutants are still valid").isGreaterThan(MUTATIONS / 20);
        assertThat(contract.refused()).as("most mutants are refused").isGreaterThan(MUTATIONS / 3);
    }

    @Test
    void generatedValidFilesReadBackExactly() throws IOException {
        for (int i = 0; i < GENERATED; i++) {
            Random random = new Random(SEED * 31 + i);
            List<double[]> points = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int row = 0, rows = 1 + random.nextInt(20); row < rows; row++) {
                points.add(new double[] {73 + random.nextDouble() * 62, 18 + random.nextDouble() * 35});
                names.add(name(random));
            }
            char delimiter = ",\t;".charAt(random.nextInt(3));
            boolean lonFirst = random.nextBoolean();
            Charset charset = random.nextBoolean() ? StandardCharsets.UTF_8 : GBK;
            Path file = dir.resolve("generated.csv");
            java.nio.file.Files.write(file, text(points, names, delimiter, lonFirst).getBytes(charset));

            List<SourceFeature> features = new CsvFeatureReader().read(file, Optional.empty());
            assertThat(features).as("seed " + (SEED * 31 + i)).hasSize(points.size());
            int line = 2;
            for (int row = 0; row < points.size(); row++) {
                assertThat(features.get(row).geometry().getCoordinate().x).isEqualTo(points.get(row)[0]);
                assertThat(features.get(row).geometry().getCoordinate().y).isEqualTo(points.get(row)[1]);
                assertThat(features.get(row).attributes().get("name")).isEqualTo(names.get(row).strip());
                assertThat(features.get(row).location()).isEqualTo("generated.csv line " + line);
                line += 1 + (int) names.get(row).chars().filter(c -> c == '\n').count();
            }
        }
    }

    /** Header and rows; names are quoted (quotes doubled) since they may hold any delimiter. */
    private static String text(List<double[]> points, List<String> names, char d, boolean lonFirst) {
        StringBuilder text = new StringBuilder(lonFirst ? "lon" + d + "lat" + d + "name\n" : "name" + d + "纬度" + d
                + "经度\r\n");
        for (int row = 0; row < points.size(); row++) {
            String name = "\"" + names.get(row).replace("\"", "\"\"") + "\"";
            String lon = Double.toString(points.get(row)[0]);
            String lat = Double.toString(points.get(row)[1]);
            text.append(lonFirst ? lon + d + lat + d + name + "\n" : name + d + lat + d + lon + "\r\n");
        }
        return text.toString();
    }

    /** Chinese characters GBK can encode, ASCII, and the characters CSV must quote. */
    private static String name(Random random) {
        String alphabet = "好又多超市阳光幼儿园长青日间照料中心社区便利店菜市场abcXYZ 0123,;\t\"\n'";
        StringBuilder name = new StringBuilder("n");
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }
}
