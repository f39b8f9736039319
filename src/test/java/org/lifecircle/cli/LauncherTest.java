package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script for real, in a copy of the project (pom.xml, src/main, web, gis-data and
 * the script; the first launch builds the jar there with Maven): an edited gis-data/categories.csv
 * counts at the next run without a rebuild, and a rebuild while {@code serve} runs leaves the
 * server answering (it ran from the jar being replaced and lost its classes: 404 for /).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherTest {

    private static final Duration BUILD = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path home;
    static Process server;

    /** One finished launch. */
    record Launch(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void copyTheProject() throws IOException {
        for (String part : List.of("pom.xml", "lifecircle", "web", "gis-data", "src/main")) {
            copyTree(Path.of(part), home.resolve(part));
        }
        assertThat(home.resolve("lifecircle").toFile().setExecutable(true)).isTrue();
    }

    @AfterAll
    static void stopTheServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void anEditedCategoryTableCountsAtTheNextRunWithoutARebuild() throws Exception {
        Path facilities = Files.writeString(home.resolve("facilities.csv"),
                "name,category,lon,lat\n西岭幸福院,幸福院,117.1893,39.11167\n", StandardCharsets.UTF_8);
        String[] coverage = {"coverage", "--osm", home.resolve("gis-data/demo/network.osm").toString(),
            "--facilities", facilities.toString(), "--out", home.resolve("out").toString()};
        Launch before = launch(coverage);
        assertThat(before.err()).contains("building");
        assertThat(before.exitCode()).as(before.err()).isEqualTo(2);
        assertThat(before.err()).contains("unknown category '幸福院' (add it to gis-data/categories.csv)");
        FileTime built = Files.getLastModifiedTime(home.resolve("target/lifecircle.jar"));

        Files.writeString(home.resolve("gis-data/categories.csv"), "幸福院,elderly_care,day_care\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Launch after = launch(coverage);
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.err()).as("no rebuild for a data file").doesNotContain("building");
        assertThat(Files.getLastModifiedTime(home.resolve("target/lifecircle.jar"))).isEqualTo(built);
        assertThat(Files.readString(home.resolve("out/coverage.csv"))).contains("西岭幸福院");
    }

    @Test
    @Order(2)
    void aRebuildUnderARunningServerLeavesItAnswering() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = builder("serve", "--port", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(home.resolve("serve.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        awaitAnswer(base + "/");
        assertAnswers(base);

        Files.setLastModifiedTime(home.resolve("src/main/java/org/lifecircle/cli/LifeCircleCli.java"),
                FileTime.from(Instant.now().plusSeconds(1)));
        Files.writeString(home.resolve("gis-data/categories.csv"), "# edited while serving\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Launch rebuilt = launch("graph", "--osm", home.resolve("gis-data/demo/network.osm").toString(), "--out",
                home.resolve("graph").toString());
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).as("a source changed").contains("building");

        assertAnswers(base);
        assertThat(runCopies()).as("the server's copy is kept while it runs").hasSize(2);
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launch("graph", "--help").exitCode()).isZero();
        assertThat(runCopies()).as("copies no process holds are deleted").hasSize(1);
    }

    /** The page, the dataset list and an export (classes the server had not loaded before). */
    private static void assertAnswers(String base) throws Exception {
        HttpResponse<String> page = get(base + "/");
        assertThat(page.statusCode()).as(serverLog()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        HttpResponse<String> datasets = get(base + "/api/datasets");
        assertThat(datasets.statusCode()).as(serverLog()).isEqualTo(200);
        assertThat(datasets.body()).contains("\"demo\"");
        HttpResponse<String> export = get(base + "/api/datasets/demo/export?layer=facilities&format=csv");
        assertThat(export.statusCode()).as(serverLog()).isEqualTo(200);
        assertThat(export.body()).contains("name");
    }

    private static void awaitAnswer(String url) throws Exception {
        long deadline = System.nanoTime() + BUILD.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as(serverLog()).isTrue();
            try {
                if (get(url).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not answer in time: " + serverLog());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Launch launch(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "launch", ".out");
        Path err = Files.createTempFile(home, "launch", ".err");
        Process process = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(BUILD.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("lifecircle " + String.join(" ", args) + " did not end: " + Files.readString(err));
        }
        return new Launch(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static ProcessBuilder builder(String... args) {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(home.resolve("lifecircle").toString()),
                Stream.of(args)).toList()).directory(home.toFile());
        List.of("LIFECIRCLE_DB_URL", "LIFECIRCLE_DB_USER", "LIFECIRCLE_DB_PASSWORD").forEach(builder.environment()::remove);
        builder.environment().put("LIFECIRCLE_DATA_DIR", home.resolve("data").toString());
        builder.environment().put("LIFECIRCLE_JAVA_OPTS", "-Xmx1g");
        return builder;
    }

    private static List<Path> runCopies() throws IOException {
        Path runs = home.resolve("target/run");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runs)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList();
        }
    }

    private static String serverLog() {
        try {
            String log = Files.readString(home.resolve("serve.log"));
            return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }
}
