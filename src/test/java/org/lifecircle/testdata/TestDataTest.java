package org.lifecircle.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The test-data helper and the attribution file that goes with the data. */
class TestDataTest {

    /** A table row of NOTICE.md: a file name in backquotes, later on the line its SHA-256. */
    private static final Pattern NOTICE_ROW = Pattern.compile("^\\| `([^`]+)` .*`([0-9a-f]{64})` \\|$",
            Pattern.MULTILINE);

    /**
     * The licence requires the attribution, and NOTICE.md says what each file is: it must list
     * exactly the files in realdata/, each with the SHA-256 of its uncompressed content.
     */
    @Test
    void noticeListsEveryRealDataFileWithItsChecksum() throws IOException, URISyntaxException {
        String notice = Files.readString(Path.of(TestData.class.getResource("/NOTICE.md").toURI()));
        assertThat(notice).contains("(c) OpenStreetMap contributors, ODbL 1.0");
        Map<String, String> listed = new TreeMap<>();
        Matcher row = NOTICE_ROW.matcher(notice);
        while (row.find()) {
            listed.put(row.group(1), row.group(2));
        }
        Map<String, String> stored = new TreeMap<>();
        Path realData = Path.of(TestData.class.getResource("/realdata/").toURI());
        try (Stream<Path> files = Files.walk(realData)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                stored.put(file.getFileName().toString(), uncompressedSha256(file));
            }
        }
        assertThat(stored).hasSize(13);
        assertThat(listed).isEqualTo(stored);
    }

    @Test
    void extractsAreTheCompressedFilesTheReadersTake() {
        assertThat(TestData.osm("chengdu-central-2018").getFileName()).hasToString("chengdu-central-2018.osm.bz2");
        assertThat(TestData.osm("heidelberg-2024").getFileName()).hasToString("heidelberg-2024.osm.pbf");
        assertThatThrownBy(() -> TestData.osm("chengdu-2018")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chengdu-2018");
    }

    @Test
    void derivedGeoJsonKeepsItsOriginalName() throws IOException {
        Path file = TestData.derived("shenzhen-longgang-2019.facilities");
        assertThat(file.getFileName()).hasToString("shenzhen-longgang-2019.facilities.geojson");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{").contains("FeatureCollection");
        assertThat(TestData.derived("shenzhen-longgang-2019.facilities")).isEqualTo(file);
    }

    /** Skipped, naming the file, on a developer's machine; failed in CI, which must not skip. */
    @Test
    void anAbsentBoundaryFileSkipsTheTestNamingIt() {
        Throwable thrown = catchThrowable(() -> TestData.boundary("absent-on-purpose-for-TestDataTest.geojson"));
        boolean ci = "true".equals(System.getenv("CI"));
        assertThat(thrown).isInstanceOf(ci ? AssertionFailedError.class : TestAbortedException.class)
                .hasMessageContaining("needs ../shared/data/boundaries/absent-on-purpose-for-TestDataTest.geojson");
    }

    private static String uncompressedSha256(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = name.endsWith(".bz2") ? new BZip2CompressorInputStream(raw)
                        : name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
