package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.testdata.TestData;

/**
 * Extracts features from the real extracts in the test resources (TestData) and checks them
 * against counts taken independently: element tags counted with Python's ElementTree, and the
 * osmium-made GeoJSON derived from the same extracts (shared/data/MANIFEST.md).
 *
 * <p>Chengdu has 5 amenity=kindergarten nodes, as MANIFEST.md says; the extractor finds 8
 * kindergartens because 3 more nodes are tagged amenity=school with names ending in 幼儿园 (千里马大地,
 * 加州阳光, 锦绣东方). Its 14 marketplaces and greengrocers are 11 markets once the electronics
 * mall, the cloth wholesale market and the military-goods market are left out. Of its 166
 * residential buildings, 3 lie inside landuse=residential and are merged into it (counted
 * independently with a point-in-polygon test on the derived GeoJSON), so 163 remain areas; one
 * more building=house way is open and is reported as skipped (osmium leaves it out too).
 */
class OsmFeatureRealFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static OsmFeatures extract(String name) {
        return OsmFeatureExtractor.extract(TestData.osm(name), CategoryTable.load().values());
    }

    @Test
    void chengduFacilities() {
        OsmFeatures features = extract("chengdu-central-2018");

        assertThat(features.report().facilitiesPerSubtype()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kindergarten/kindergarten", 8, "nursery/nursery", 1, "convenience/convenience_store", 11,
                "convenience/supermarket", 17, "vegetable_market/market", 11,
                // amenity=pharmacy and amenity=post_office elements in the file (counted with a plain XML parse)
                "pharmacy/pharmacy", 4, "parcel_point/post_office", 4));
        assertThat(features.report().facilities(Category.of("elderly_care"))).isZero();
        Set<String> schoolsNamedKindergarten = Set.of("node/1958204303", "node/1964464310", "node/2651625487");
        assertThat(features.facilities()).filteredOn(f -> f.subtype().equals("kindergarten"))
                .extracting(Facility::id).containsAll(schoolsNamedKindergarten);
        // The source is the file name as given: the extract is stored bzip2-compressed in the test resources.
        assertThat(features.facilities()).allSatisfy(f -> assertThat(f.source()).isEqualTo("chengdu-central-2018.osm.bz2"));
    }

    /** Every facility osmium found is found here with the same subtype; only the extras named above differ. */
    @Test
    void chengduFacilitiesAgreeWithTheDerivedGeoJson() throws IOException {
        Map<String, String> derived = derivedFacilities("chengdu-central-2018");
        Map<String, String> extracted = new TreeMap<>();
        for (Facility f : extract("chengdu-central-2018").facilities()) {
            extracted.put(f.id(), f.subtype());
        }

        assertThat(derived).hasSize(34);
        assertThat(extracted).containsAllEntriesOf(derived);
        Set<String> extra = new HashSet<>(extracted.keySet());
        extra.removeAll(derived.keySet());
        assertThat(extra.stream().map(extracted::get).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("kindergarten", "market", "pharmacy", "post_office");
    }

    @Test
    void chengduResidentialAreas() throws IOException {
        OsmFeatures features = extract("chengdu-central-2018");
        OsmFeatureReport report = features.report();

        assertThat(report.areasPerKind()).containsExactlyInAnyOrderEntriesOf(Map.of("landuse=residential", 186,
                "building=house", 133, "building=apartments", 23, "building=residential", 7));
        assertThat(report.residentialBuildings()).isEqualTo(166);
        assertThat(report.buildingsMerged()).isEqualTo(3);
        assertThat(report.skipped()).containsExactly(
                new SkippedFeature("way/347933468", "building=house", "is not a closed way"));
        Set<String> derivedIds = derivedIds("chengdu-central-2018.residential");
        Set<String> areaIds = features.areas().stream().map(ResidentialArea::sourceId).collect(Collectors.toSet());
        assertThat(derivedIds).containsAll(areaIds).hasSize(areaIds.size() + report.buildingsMerged());
        assertThat(features.areas()).allSatisfy(a -> assertThat(a.polygon().isValid()).isTrue());
        assertThat(features.areas()).filteredOn(a -> a.kind().startsWith("building"))
                .allSatisfy(a -> assertThat(a.floorAreaSquareMeters()).isPositive());
    }

    @Test
    void beijingHaidian() {
        OsmFeatures features = extract("beijing-haidian-2026");
        OsmFeatureReport report = features.report();

        assertThat(report.facilitiesPerSubtype()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kindergarten/kindergarten", 2, "convenience/convenience_store", 17, "convenience/supermarket", 2,
                "vegetable_market/market", 3,
                // two elements tagged amenity=pharmacy (both also healthcare=pharmacy), one amenity=post_office,
                // two leisure=fitness_centre and three leisure=sports_centre (a plain XML parse of the file)
                "pharmacy/pharmacy", 2, "parcel_point/post_office", 1, "fitness/gym", 2, "fitness/sports_centre", 3));
        assertThat(report.areas("landuse=residential")).isEqualTo(10);
        assertThat(report.residentialBuildings()).isEqualTo(58);
        assertThat(report.buildingsMerged()).isEqualTo(52);
        assertThat(features.areas()).hasSize(16);
        assertThat(report.skipped()).containsExactly(new SkippedFeature("relation/14400092", "landuse=residential",
                "member way/960940776 is not in the file"));
    }

    @Test
    void shenzhenLonggang() {
        OsmFeatures features = extract("shenzhen-longgang-2019");
        OsmFeatureReport report = features.report();

        assertThat(report.facilitiesPerSubtype()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kindergarten/kindergarten", 1, "convenience/convenience_store", 1, "convenience/supermarket", 1,
                "fitness/sports_centre", 8)); // eight leisure=sports_centre elements (a plain XML parse)
        assertThat(report.areasPerKind()).containsExactlyInAnyOrderEntriesOf(Map.of("landuse=residential", 4,
                "building=apartments", 14, "building=dormitory", 16));
        assertThat(report.buildingsMerged()).isZero();
        assertThat(report.skipped()).isEmpty();
    }

    /** Landuse and buildings are stripped from this PBF; it shows the PBF path works end to end. */
    @Test
    void heidelbergPbfExtracts() {
        OsmFeatures features = extract("heidelberg-2024");

        assertThat(features.report().facilities("kindergarten/kindergarten")).isEqualTo(25);
        assertThat(features.facilities()).allSatisfy(f -> assertThat(f.lon()).isBetween(8.0, 9.5));
    }

    /** osm id -> our subtype, from the derived facilities GeoJSON. */
    private static Map<String, String> derivedFacilities(String name) throws IOException {
        Map<String, String> subtypeOf = Map.of("kindergarten", "kindergarten", "childcare", "nursery",
                "convenience", "convenience_store", "supermarket", "supermarket");
        Map<String, String> out = new TreeMap<>();
        for (JsonNode feature : JSON.readTree(TestData.derived(name + ".facilities").toFile())
                .get("features")) {
            JsonNode p = feature.get("properties");
            out.put(p.get("osm_type").asText() + "/" + p.get("osm_id").asText(), subtypeOf.get(p.get("category").asText()));
        }
        return out;
    }

    private static Set<String> derivedIds(String name) throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode feature : JSON.readTree(TestData.derived(name).toFile())
                .get("features")) {
            JsonNode p = feature.get("properties");
            ids.add(p.get("osm_type").asText() + "/" + p.get("osm_id").asText());
        }
        return ids;
    }
}
