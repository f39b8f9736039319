package org.lifecircle.testdata;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The real geodata tests use, in one place.
 *
 * <p>OpenStreetMap extracts and the GeoJSON derived from them (ODbL, see NOTICE.md in the test
 * resources) are in the test resources under {@code realdata/}, so a fresh clone has them. The
 * district boundaries may not be redistributed: they are read from the shared data folder beside
 * the repository (system property {@code lifecircle.sharedData}, which surefire sets to
 * {@code ../shared/data}), and a test that needs an absent one is skipped, naming the file. With
 * the environment variable {@code CI=true} an absent file fails the test instead, so CI never
 * skips them silently.
 */
public final class TestData {

    private static final String RESOURCES = "/realdata/";
    private static final String SHARED_PROPERTY = "lifecircle.sharedData";
    private static final String SHARED_DEFAULT = "../shared/data";
    /** Tried in this order; the product's readers pick the format from these endings (OsmFiles). */
    private static final List<String> OSM_ENDINGS = List.of(".osm.bz2", ".osm.pbf");
    private static final Map<String, Path> DECOMPRESSED = new HashMap<>();
    private static final Set<String> REPORTED_MISSING = ConcurrentHashMap.newKeySet();
    private static Path decompressedFolder;

    private TestData() {
    }

    /**
     * The OSM extract {@code name} (for example {@code chengdu-central-2018}) as stored in the test
     * resources: XML compressed with bzip2 ({@code .osm.bz2}) or PBF ({@code .osm.pbf}), both of
     * which the product reads as they are.
     */
    public static Path osm(String name) {
        for (String ending : OSM_ENDINGS) {
            URL url = TestData.class.getResource(RESOURCES + "osm/" + name + ending);
            if (url != null) {
                return toPath(url);
            }
        }
        throw new IllegalArgumentException("no OSM extract '" + name + "' in src/test/resources" + RESOURCES
                + "osm (tried " + OSM_ENDINGS + ")");
    }

    /**
     * The derived GeoJSON {@code name} (for example {@code chengdu-central-2018.facilities}),
     * stored gzipped and decompressed once per test JVM into a folder under {@code target/}, under
     * its original file name {@code name.geojson}: the feature readers take plain GeoJSON only.
     */
    public static synchronized Path derived(String name) {
        Path known = DECOMPRESSED.get(name);
        if (known != null) {
            return known;
        }
        String resource = RESOURCES + "derived/" + name + ".geojson.gz";
        try (InputStream gz = TestData.class.getResourceAsStream(resource)) {
            if (gz == null) {
                throw new IllegalArgumentException("no derived GeoJSON '" + name + "' in src/test/resources" + resource);
            }
            Path file = decompressedFolder().resolve(name + ".geojson");
            Files.copy(new GZIPInputStream(gz), file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            DECOMPRESSED.put(name, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decompress " + resource, e);
        }
    }

    /**
     * {@code boundaries/fileName} in the shared data folder. Skips the calling test when the file
     * is absent (fails it when {@code CI=true}).
     */
    public static Path boundary(String fileName) {
        return shared("boundaries/" + fileName);
    }

    /** A file in the shared data folder, by its path inside it; absent: skipped, or failed in CI. */
    private static Path shared(String relativePath) {
        String folder = System.getProperty(SHARED_PROPERTY, SHARED_DEFAULT);
        Path file = Path.of(folder).resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            String reason = "needs ../shared/data/" + relativePath + ", not found at " + file.toAbsolutePath().normalize()
                    + " (not redistributable, so not in the repository; see src/test/resources/NOTICE.md)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + reason);
            }
            if (REPORTED_MISSING.add(relativePath)) {
                // Surefire's console counts skipped tests without their reasons; this says why, once per file.
                System.err.println("TestData: skipping what " + reason);
            }
            assumeTrue(false, reason);
        }
        return file;
    }

    /** One folder per JVM under the build folder (the parent of test-classes), removed at exit. */
    private static Path decompressedFolder() throws IOException {
        if (decompressedFolder == null) {
            Path buildFolder = toPath(TestData.class.getResource(RESOURCES)).getParent().getParent();
            decompressedFolder = Files.createTempDirectory(buildFolder, "realdata-");
            decompressedFolder.toFile().deleteOnExit();
        }
        return decompressedFolder;
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resource " + url + " is not a file", e);
        }
    }
}
