package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.testdata.TestData;

/** Every unusable file fails with one line naming the file and the problem. */
class OsmBadInputTest {

    private static final String NODE = "<node id=\"1\" lat=\"30.5\" lon=\"104.5\"/>";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"missing.osm", "missing.osm.pbf", "missing.osm.gz"})
    void missingFile(String name) {
        assertInvalid(dir.resolve(name), "no such file");
        assertThatThrownBy(() -> new OsmXmlReader().read(dir.resolve(name), new RecordingHandler()))
                .isInstanceOf(InvalidInputException.class).hasMessage(name + ": no such file");
        assertThatThrownBy(() -> new OsmPbfReader().read(dir.resolve(name), new RecordingHandler()))
                .isInstanceOf(InvalidInputException.class).hasMessage(name + ": no such file");
    }

    @Test
    void directory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("extract.osm"));
        assertInvalid(folder, "is a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.osm", "empty.osm.pbf", "empty.osm.gz", "empty.osm.bz2"})
    void emptyFile(String name) throws IOException {
        assertInvalid(Files.createFile(dir.resolve(name)), "file is empty");
    }

    @Test
    void unknownExtension() throws IOException {
        Path file = write("roads.shp", NODE);
        assertInvalid(file, "not a supported OSM file type")
                .hasMessageContaining(".osm, .xml, .osm.gz, .osm.bz2, .osm.pbf");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void truncatedRealPbf(int fraction) throws IOException {
        byte[] whole = Files.readAllBytes(TestData.osm("heidelberg-2024"));
        Path cut = Files.write(dir.resolve("heidelberg-cut.osm.pbf"), Arrays.copyOf(whole, whole.length / fraction));
        assertInvalid(cut, "truncated or corrupt PBF");
    }

    @Test
    void pbfMissingItsLastByte() throws IOException {
        byte[] whole = Files.readAllBytes(TestData.osm("heidelberg-2024"));
        Path cut = Files.write(dir.resolve("heidelberg-short.osm.pbf"), Arrays.copyOf(whole, whole.length - 1));
        assertInvalid(cut, "truncated or corrupt PBF (file ends inside a block");
    }

    @Test
    void pbfWithGarbageInsideABlock() throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.osm("heidelberg-2024"));
        for (int i = 2000; i < 2400; i++) {
            bytes[i] = (byte) 0xFF;
        }
        assertInvalid(Files.write(dir.resolve("heidelberg-garbled.osm.pbf"), bytes), "corrupt PBF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello, this is plain text and not a PBF file at all.\n", "abc"})
    void pbfNamedTextFile(String text) throws IOException {
        assertInvalid(write("notes.osm.pbf", text), "not an OSM PBF file");
    }

    @Test
    void pbfNamedXmlFileGetsAHint() throws IOException {
        assertInvalid(write("export.osm.pbf", osm(NODE)), "not an OSM PBF file").hasMessageContaining("name it .osm");
    }

    @Test
    void pbfWithoutHeaderBlock() throws IOException {
        Path file = writePbf("headless.osm.pbf", PbfTestWriter.Options.standard().withoutHeader());
        assertInvalid(file, "first block is 'OSMData', not OSMHeader");
    }

    @Test
    void pbfWithZstdBlobsIsRefused() throws IOException {
        Path file = writePbf("zstd.osm.pbf",
                PbfTestWriter.Options.standard().withCompression(PbfTestWriter.BlobCompression.ZSTD));
        assertInvalid(file, "unsupported compression (only raw and zlib blobs are supported)");
    }

    @Test
    void pbfWithHistoryIsRefused() throws IOException {
        Path file = writePbf("history.osm.pbf", PbfTestWriter.Options.standard()
                .withRequiredFeatures(List.of("OsmSchema-V0.6", "DenseNodes", "HistoricalInformation")));
        assertInvalid(file, "holds OSM history (required feature HistoricalInformation)");
    }

    @Test
    void pbfWithUnknownRequiredFeatureIsRefused() throws IOException {
        Path file = writePbf("future.osm.pbf", PbfTestWriter.Options.standard()
                .withRequiredFeatures(List.of("OsmSchema-V0.6", "Teleportation")));
        assertInvalid(file, "requires unsupported feature 'Teleportation'");
    }

    @Test
    void xmlThatIsNotOsm() throws IOException {
        Path file = write("chengdu.osm", "<!DOCTYPE html>\n<html><head><title>404</title></head></html>\n");
        assertInvalid(file, "not an OSM XML file (root element <html>)");
    }

    @Test
    void osmChangeIsRefused() throws IOException {
        Path file = write("diff.osm", "<osmChange version=\"0.6\"><create>" + NODE + "</create></osmChange>");
        assertInvalid(file, "is an osmChange (diff) file");
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        Path file = write("broken.osm", "<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n" + NODE
                + "\n<node id=\"2\" lat=\"1\" lon=\"2\">\n<tag k=\"a\" v=\"b\">\n</node>\n</osm>\n");
        assertInvalid(file, "malformed XML at line 6");
    }

    @Test
    void truncatedXml() throws IOException {
        String xml = osm(NODE + "\n" + NODE.replace("\"1\"", "\"2\""));
        assertInvalid(write("cut.osm", xml.substring(0, xml.length() - 12)), "malformed XML at line");
    }

    @Test
    void nodeWithoutLatitude() throws IOException {
        Path file = write("nolat.osm", "<osm>\n" + NODE + "\n<node id=\"2\" lon=\"104.5\"/>\n</osm>");
        assertInvalid(file, "<node> at line 3: attribute lat is missing");
    }

    @Test
    void nonNumericId() throws IOException {
        Path file = write("badid.osm", "<osm>\n\n<way id=\"w17\"><nd ref=\"1\"/></way>\n</osm>");
        assertInvalid(file, "<way> at line 3: attribute id=\"w17\" is not an integer");
    }

    @Test
    void nonNumericNodeRef() throws IOException {
        Path file = write("badref.osm", "<osm>\n<way id=\"7\">\n<nd ref=\"x\"/>\n</way>\n</osm>");
        assertInvalid(file, "<nd> at line 3: attribute ref=\"x\" is not an integer");
    }

    @Test
    void latitudeOutOfRange() throws IOException {
        assertInvalid(write("far.osm", osm("<node id=\"1\" lat=\"91\" lon=\"0\"/>")), "lat=\"91\" is out of range");
    }

    @Test
    void unknownMemberType() throws IOException {
        String relation = "<relation id=\"1\"><member type=\"area\" ref=\"2\" role=\"\"/></relation>";
        Path file = write("member.osm", osm(relation));
        assertInvalid(file, "member type 'area' is not node, way or relation");
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertInvalid(Files.write(dir.resolve("bad.osm.gz"), bytes), "corrupt or truncated gzip file");
    }

    @Test
    void plainXmlNamedGzip() throws IOException {
        assertInvalid(write("plain.osm.gz", osm(NODE)), "corrupt or truncated gzip file (Not in GZIP format)");
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] whole = Files.readAllBytes(OsmFixture.writeGzip(dir.resolve("whole.osm.gz")));
        Path cut = Files.write(dir.resolve("half.osm.gz"), Arrays.copyOf(whole, whole.length / 4));
        assertInvalid(cut, "corrupt or truncated gzip file");
    }

    @Test
    void corruptBzip2() throws IOException {
        assertInvalid(write("bad.osm.bz2", "BZh9 this is not bzip2 data"), "corrupt or truncated bzip2 file");
    }

    @Test
    void internalEntityDeclarationIsRefusedAndNeverRead() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE osm [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<osm><node id=\"1\" lat=\"1\" lon=\"2\"><tag k=\"name\" v=\"&xxe;\"/></node></osm>";
        RecordingHandler handler = new RecordingHandler();

        assertInvalid(write("xxe.osm", xml), "DOCTYPE declarations are not allowed", handler)
                .message().doesNotContain("TOP-SECRET");
        assertThat(handler.elements()).isEmpty();
    }

    @Test
    void parameterEntityIsRefused() throws IOException {
        Path secret = write("secret.dtd", "<!ENTITY leak \"TOP-SECRET-CONTENT\">");
        String xml = "<!DOCTYPE osm [<!ENTITY % ext SYSTEM \"" + secret.toUri() + "\"> %ext;]>\n<osm>&leak;</osm>";
        assertInvalid(write("xxe2.osm", xml), "DOCTYPE declarations are not allowed")
                .message().doesNotContain("TOP-SECRET");
    }

    /** Were the DTD loaded, its garbage would fail the parse with another message, before the root. */
    @Test
    void externalDtdIsRefusedWithoutBeingLoaded() throws IOException {
        Path dtd = write("evil.dtd", "this is not a DTD <!ELEMENT and would fail to parse if it were loaded");
        Path file = write("with-dtd.osm", "<?xml version=\"1.0\"?>\n<!DOCTYPE osm SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<osm version=\"0.6\">\n" + NODE + "\n</osm>\n");

        assertInvalid(file, "DOCTYPE declarations are not allowed in OSM XML (line 2)");
    }

    @Test
    void handlerExceptionsPassThroughUnchanged() throws IOException {
        IllegalStateException stop = new IllegalStateException("handler stops");
        OsmHandler failing = new OsmHandler() {
            @Override
            public void node(long id, double lon, double lat, Map<String, String> tags) {
                throw stop;
            }

            @Override
            public void way(long id, long[] nodeIds, Map<String, String> tags) {
            }
        };
        Path pbf = writePbf("ok.osm.pbf", PbfTestWriter.Options.standard());
        assertThatThrownBy(() -> OsmFiles.read(pbf, failing)).isSameAs(stop);
        assertThatThrownBy(() -> OsmFiles.read(OsmFixture.writeXml(dir.resolve("ok.osm")), failing)).isSameAs(stop);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Path file, String fragment) {
        return assertInvalid(file, fragment, new RecordingHandler());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Path file, String fragment,
            OsmHandler handler) {
        return assertThatThrownBy(() -> OsmFiles.read(file, handler))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file.getFileName() + ": ")
                .hasMessageContaining(fragment)
                .hasMessageNotContaining("\n");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writePbf(String name, PbfTestWriter.Options options) throws IOException {
        return new PbfTestWriter(options).write(dir.resolve(name), OsmFixture.NODES, OsmFixture.WAYS,
                OsmFixture.RELATIONS);
    }

    private static String osm(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n" + body + "\n</osm>\n";
    }
}
