package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same fixture, written in every supported format, must read back identically. */
class OsmReaderFormatsTest {

    private static final double COORDINATE_TOLERANCE_DEGREES = 1e-7;

    /** Every way the fixture is written; each reads back to {@link OsmFixture#allElements()}. */
    enum Format {
        XML("fixture.osm"),
        XML_GZIP("fixture.osm.gz"),
        XML_BZIP2("fixture.osm.bz2"),
        PBF_DENSE_ZLIB("fixture.osm.pbf"),
        /** Plain nodes, raw blobs, granularity 20 and non-zero offsets: exercises parseLat/parseLon. */
        PBF_PLAIN_RAW_OFFSET("fixture.osm.pbf");

        private final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }

        Path write(Path dir) throws IOException {
            Path file = dir.resolve(fileName);
            return switch (this) {
                case XML -> OsmFixture.writeXml(file);
                case XML_GZIP -> OsmFixture.writeGzip(file);
                case XML_BZIP2 -> OsmFixture.writeBzip2(file);
                case PBF_DENSE_ZLIB -> writePbf(file, PbfTestWriter.Options.standard());
                case PBF_PLAIN_RAW_OFFSET -> writePbf(file, new PbfTestWriter.Options(
                        PbfTestWriter.NodeEncoding.PLAIN, PbfTestWriter.BlobCompression.RAW, 20,
                        30_000_000_000L, 104_000_000_000L,
                        List.of("OsmSchema-V0.6"), true));
            };
        }

        private static Path writePbf(Path file, PbfTestWriter.Options options) throws IOException {
            return new PbfTestWriter(options).write(file, OsmFixture.NODES, OsmFixture.WAYS, OsmFixture.RELATIONS);
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsEveryElementInOrder(Format format) throws IOException {
        List<RecordedElement> elements = read(format);

        assertThat(elements).extracting(RecordedElement::kind)
                .containsExactly("node", "node", "node", "node", "way", "way", "relation", "relation");
        assertThat(elements).extracting(RecordedElement::id)
                .containsExactly(1001L, 1002L, 1003L, OsmFixture.BIG_NODE_ID, 2001L, 2002L, 3001L, 3002L);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsNodeCoordinatesAndTags(Format format) throws IOException {
        List<RecordedElement> nodes = read(format).subList(0, OsmFixture.NODES.size());

        for (int i = 0; i < nodes.size(); i++) {
            RecordedElement expected = OsmFixture.NODES.get(i);
            RecordedElement actual = nodes.get(i);
            assertThat(actual.lonDegrees()).as("lon of %d", expected.id())
                    .isCloseTo(expected.lonDegrees(), within(COORDINATE_TOLERANCE_DEGREES));
            assertThat(actual.latDegrees()).as("lat of %d", expected.id())
                    .isCloseTo(expected.latDegrees(), within(COORDINATE_TOLERANCE_DEGREES));
            assertThat(actual.tags()).as("tags of %d", expected.id()).isEqualTo(expected.tags());
        }
        assertThat(nodes.get(0).tags()).containsEntry("barrier", "gate").containsEntry("name", "人民公园东门")
                .containsEntry("note", "A & B <\"gate\"> 'east'");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsWayNodeRefsAndTags(Format format) throws IOException {
        List<RecordedElement> ways = read(format).subList(4, 6);

        assertThat(ways.get(0).nodeIds()).containsExactly(1001L, 1002L, 1003L, 1001L);
        assertThat(ways.get(0).tags()).isEqualTo(Map.of("highway", "footway", "name", "人民公园"));
        assertThat(ways.get(1).nodeIds()).containsExactly(1003L, OsmFixture.BIG_NODE_ID);
        assertThat(ways.get(1).tags()).containsEntry("name", "祠堂街");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsRelationMembersRolesAndTags(Format format) throws IOException {
        List<RecordedElement> relations = read(format).subList(6, 8);

        assertThat(relations.get(0).members()).containsExactly(
                new OsmMember("way", 2001, "outer"), new OsmMember("node", 1001, ""),
                new OsmMember("way", 2002, "inner"));
        assertThat(relations.get(0).tags()).containsEntry("name", "人民公园").containsEntry("type", "multipolygon");
        assertThat(relations.get(1).members()).containsExactly(new OsmMember("relation", 3001, "subarea"));
        assertThat(relations.get(1).tags()).isEqualTo(Map.of("type", "site"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsExactlyTheFixture(Format format) throws IOException {
        List<RecordedElement> elements = read(format);

        assertThat(elements).usingRecursiveFieldByFieldElementComparatorIgnoringFields("lonDegrees", "latDegrees")
                .containsExactlyElementsOf(OsmFixture.allElements());
    }

    private List<RecordedElement> read(Format format) throws IOException {
        Path file = format.write(dir);
        RecordingHandler handler = new RecordingHandler();
        OsmFiles.read(file, handler);
        return handler.elements();
    }
}
