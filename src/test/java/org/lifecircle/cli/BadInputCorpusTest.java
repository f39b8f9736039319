package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.io.csv.CsvRecords;
import org.lifecircle.testdata.TestData;

/**
 * Runs every case of {@code src/test/resources/bad/cases.csv} through the command line and checks
 * the outcome listed there: the exit code; for bad input (exit 2) exactly one line on stderr with
 * the listed fragment, no exception name, stack frame or absolute path, and nothing in --out but
 * error.txt; for accepted input (exit 0) an empty stderr and the listed output holding the listed text.
 * In both cases no library may log anything a real run would print on the console.
 * Placeholders in the arguments: {bad} the corpus folder, {out} a fresh output folder, {tmp} a
 * folder of inputs generated at test time ({@link BadCorpusLarge}), {demo} gis-data/demo,
 * {chengdu} the Chengdu OSM extract in the test resources (TestData).
 */
class BadInputCorpusTest {

    private static final Path DEMO = Path.of("gis-data", "demo").toAbsolutePath();
    private static final Path CHENGDU = TestData.osm("chengdu-central-2018");

    @TempDir
    static Path generated;

    @TempDir
    Path folder;

    /** One line of cases.csv. */
    record Case(String name, String command, String args, int exit, String fragment, String expectFile,
                String expectText, String reason) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Path corpus() {
        try {
            return Path.of(Objects.requireNonNull(BadInputCorpusTest.class.getResource("/bad/cases.csv")).toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() throws IOException {
        String text = Files.readString(corpus().resolve("cases.csv"), StandardCharsets.UTF_8);
        List<CsvRecords.Row> rows = CsvRecords.parse(text, ',', "cases.csv");
        List<Case> cases = new ArrayList<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.cells();
            assertThat(c).as("cases.csv line " + row.line()).hasSize(8);
            cases.add(new Case(c.get(0), c.get(1), c.get(2), Integer.parseInt(c.get(3)), c.get(4), c.get(5),
                    c.get(6), c.get(7)));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsListed(Case c) throws IOException {
        Path out = folder.resolve("out");
        Set<String> tempBefore = shapefileTempFolders();
        GraphCommandTest.Run run;
        List<String> logged;
        try (ConsoleLogCapture log = new ConsoleLogCapture()) {
            run = GraphCommandTest.cli(arguments(c, out));
            logged = log.consoleLines();
        }
        // progress lines (a step that ran over 2 s, e.g. reading the 100 MB file) are not the answer
        String err = run.err().lines().filter(line -> !ProgressText.isProgressLine(line))
                .collect(Collectors.joining(System.lineSeparator()));
        String context = c.name() + " (" + c.reason() + "): stderr " + run.err();

        assertThat(run.exitCode()).as(context).isEqualTo(c.exit());
        assertThat(logged).as(context + ": library log lines a real run would print on the console").isEmpty();
        assertThat(shapefileTempFolders()).as("temporary folders left behind").isSubsetOf(tempBefore);
        if (c.exit() == 0) {
            assertThat(err.lines()).as(context + ": only warnings").allMatch(l -> l.startsWith("lifecircle: warning: "));
            Path expected = out.resolve(c.expectFile());
            assertThat(expected).as(context).isRegularFile();
            assertThat(Files.readString(expected)).as(context).contains(c.expectText());
        } else {
            assertOneCleanLine(err, c, out);
            assertNothingButErrorNote(out, c);
        }
    }

    @Test
    void everyCorpusFileIsUsedByACase() throws IOException {
        String allArguments = cases().stream().map(Case::args).collect(Collectors.joining(" "));
        try (Stream<Path> files = Files.list(corpus())) {
            List<String> unused = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("cases.csv") && !allArguments.contains("{bad}/" + name))
                    .toList();
            assertThat(unused).isEmpty();
        }
    }

    private String[] arguments(Case c, Path out) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(c.command());
        for (String token : c.args().split(" ")) {
            if (token.startsWith("{tmp}/")) {
                BadCorpusLarge.generate(generated, token.substring("{tmp}/".length()));
            }
            args.add(token.replace("{bad}", corpus().toString()).replace("{out}", out.toString())
                    .replace("{tmp}", generated.toString()).replace("{demo}", DEMO.toString())
                    .replace("{chengdu}", CHENGDU.toString()));
        }
        return args.toArray(String[]::new);
    }

    private void assertOneCleanLine(String err, Case c, Path out) {
        String context = c.name() + " (" + c.reason() + ")";
        assertThat(err.lines().toList()).as(context + ": one line on stderr").hasSize(1);
        assertThat(err).as(context).startsWith("lifecircle: ").contains(c.fragment())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        for (Path path : List.of(Path.of("").toAbsolutePath(), corpus(), generated, out, folder, DEMO)) {
            assertThat(err).as(context + ": no absolute path").doesNotContain(path.toString());
        }
    }

    private static void assertNothingButErrorNote(Path out, Case c) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as(c.name()).containsExactly("error.txt");
        }
        assertThat(Files.readString(out.resolve("error.txt"))).as(c.name()).contains(c.fragment());
    }

    private static Set<String> shapefileTempFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("lifecircle-shp"))
                    .collect(Collectors.toSet());
        }
    }
}
