package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.testdata.TestData;

/**
 * Reads the real extracts in the test resources (TestData; the XML ones bzip2-compressed, as the
 * product reads them). The expected counts were taken independently of this code: XML with
 * Python's ElementTree, PBF with a small stand-alone protobuf decoder; the element counts agree
 * with shared/data/MANIFEST.md.
 */
class OsmRealFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "chengdu-central-2018,    24617,  3820,  121,  12840,  29640,  13605",
        "beijing-haidian-2026,     4347,   684,  194,   5840,   5069,  16601",
        "shenzhen-longgang-2019,   8005,   773,   40,   2674,   9235,   9860",
        "heidelberg-2024,        221009, 31619, 1700, 163832, 266661, 110710",
    })
    void countsEveryElement(String extract, long nodes, long ways, long relations, long tags, long wayNodeRefs,
            long members) {
        CountingHandler counts = new CountingHandler();

        OsmFiles.read(TestData.osm(extract), counts);

        assertThat(counts.nodes).as("nodes").isEqualTo(nodes);
        assertThat(counts.ways).as("ways").isEqualTo(ways);
        assertThat(counts.relations).as("relations").isEqualTo(relations);
        assertThat(counts.tags).as("tags").isEqualTo(tags);
        assertThat(counts.wayNodeRefs).as("way node refs").isEqualTo(wayNodeRefs);
        assertThat(counts.members).as("relation members").isEqualTo(members);
    }

    @Test
    void chengduKeepsChineseNamesAndExactCoordinates() {
        RecordedElement city = firstElements("chengdu-central-2018").node;

        assertThat(city.id()).isEqualTo(244_077_729L);
        assertThat(city.lonDegrees()).isCloseTo(104.0612783, within(1e-9));
        assertThat(city.latDegrees()).isCloseTo(30.6765553, within(1e-9));
        assertThat(city.tags()).containsEntry("name", "成都市").containsEntry("is_in", "四川省")
                .containsEntry("name:he", "צ'נגדו");
    }

    @Test
    void heidelbergCoordinatesUseTheBlockGranularity() {
        CountingHandler counts = new CountingHandler();
        OsmFiles.read(TestData.osm("heidelberg-2024"), counts);

        assertThat(counts.minLatDegrees).isCloseTo(49.3073228, within(1e-7));
        assertThat(counts.maxLatDegrees).isCloseTo(49.5168325, within(1e-7));
        assertThat(counts.minLonDegrees).isCloseTo(7.7084693, within(1e-7));
        assertThat(counts.maxLonDegrees).isCloseTo(9.1046216, within(1e-7));
    }

    @Test
    void heidelbergFirstNodeAndWayDecodeDeltas() {
        FirstElements first = firstElements("heidelberg-2024");
        RecordedElement node = first.node;
        assertThat(node.id()).isEqualTo(350_603L);
        assertThat(node.lonDegrees()).isCloseTo(7.708477, within(1e-9));
        assertThat(node.latDegrees()).isCloseTo(49.4377316, within(1e-9));

        RecordedElement way = first.way;
        assertThat(way.id()).isEqualTo(3_666_783L);
        assertThat(way.nodeIds()).isEqualTo(List.of(1_574_242_886L, 1_574_242_878L, 110_083_211L));
        assertThat(way.tags()).containsEntry("highway", "motorway").containsEntry("ref", "A 5")
                .containsEntry("maxspeed:reason", "Lärmschutz");
    }

    private static FirstElements firstElements(String extract) {
        FirstElements first = new FirstElements();
        OsmFiles.read(TestData.osm(extract), first);
        return first;
    }

    /** Keeps a copy of the first node and the first way of a file. */
    private static final class FirstElements implements OsmHandler {

        private RecordedElement node;
        private RecordedElement way;

        @Override
        public void node(long id, double lon, double lat, Map<String, String> tags) {
            if (node == null) {
                node = RecordedElement.node(id, lon, lat, tags);
            }
        }

        @Override
        public void way(long id, long[] nodeIds, Map<String, String> tags) {
            if (way == null) {
                way = RecordedElement.way(id, Arrays.stream(nodeIds).boxed().toList(), tags);
            }
        }
    }
}
