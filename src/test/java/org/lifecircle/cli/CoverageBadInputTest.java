package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.testdata.TestData;

/** Bad input to coverage: one clear line, exit 2, and nothing in --out but error.txt. */
class CoverageBadInputTest {

    private static final String CHENGDU = TestData.osm("chengdu-central-2018").toString();

    @TempDir
    Path folder;

    private GraphCommandTest.Run coverage(String... extra) {
        String[] base = {"coverage", "--osm", CHENGDU, "--out", folder.resolve("out").toString()};
        return GraphCommandTest.cli(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    private void assertOnlyErrorNote() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("error.txt");
        }
    }

    private Path csv(String name, String text, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void unknownCrsNameIsRejected() throws IOException {
        Path file = csv("f.csv", "lon,lat,category\n104.07,30.69,超市\n", Charset.forName("UTF-8"));
        GraphCommandTest.Run run = coverage("--facilities", file + "@utm50");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("utm50").contains("gcj02");
    }

    @Test
    void unknownCategoryNamesTheRowAndTheFix() throws IOException {
        Path file = csv("f.csv", "lon,lat,category,name\n104.07,30.69,超市,好又多\n104.08,30.69,银行,工商银行\n",
                Charset.forName("UTF-8"));
        GraphCommandTest.Run run = coverage("--facilities", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("f.csv").contains("银行").contains("categories.csv");
        assertOnlyErrorNote();
        assertThat(Files.readString(folder.resolve("out/error.txt"))).contains("银行");
    }

    @Test
    void nonNumericCoordinateNamesTheLine() throws IOException {
        Path file = csv("f.csv", "lon,lat,category\n104.07,30.69,超市\nabc,30.69,超市\n", Charset.forName("UTF-8"));
        GraphCommandTest.Run run = coverage("--facilities", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("f.csv").contains("3");
        assertOnlyErrorNote();
    }

    @Test
    void missingCoordinateColumnsAreNamed() throws IOException {
        Path file = csv("f.csv", "名称,类别\n好又多,超市\n", Charset.forName("UTF-8"));
        GraphCommandTest.Run run = coverage("--facilities", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("f.csv");
    }

    @Test
    void gbkFileWithoutDeclarationIsReadCorrectly() throws IOException {
        Path file = csv("gbk.csv", "lon,lat,category,name\n104.07,30.69,超市,好又多超市\n", Charset.forName("GBK"));
        Path out = folder.resolve("gbk-out");
        GraphCommandTest.Run run = GraphCommandTest.cli("coverage", "--osm", CHENGDU, "--facilities", file.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("coverage.csv"))).contains("好又多超市");
    }

    @Test
    void swappedCoordinatesAreCalledOut() throws IOException {
        Path file = csv("f.csv", "lon,lat,category\n30.69,104.07,超市\n", Charset.forName("UTF-8"));
        GraphCommandTest.Run run = coverage("--facilities", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsIgnoringCase("swap");
    }

    @Test
    void unknownProfileIsRejected() {
        GraphCommandTest.Run run = coverage("--profile", "shanghai-2030");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("shanghai-2030").contains("tianjin-2022");
    }

    @Test
    void profileWithATypoIsRejected() throws IOException {
        Path profile = folder.resolve("mine.yaml");
        Files.writeString(profile, "id: mine\ncategories:\n  childcare:\n    max_walk_meter: 500\n");
        GraphCommandTest.Run run = coverage("--profile", profile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mine.yaml").contains("max_walk_meter");
    }

    @Test
    void emptyFacilityFileIsRejected() throws IOException {
        Path file = csv("empty.csv", "", Charset.forName("UTF-8"));
        GraphCommandTest.Run run = coverage("--facilities", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.csv");
    }
}
