package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifecircle.model.Population;

class OsmResidentialTagsTest {

    private static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    @Test
    void landuseAndNeighbourhoodAreEnclosures() {
        assertThat(OsmResidentialTags.kindOf(tags("landuse", "residential"))).contains("landuse=residential");
        assertThat(OsmResidentialTags.kindOf(tags("place", "neighbourhood"))).contains("place=neighbourhood");
        assertThat(OsmResidentialTags.isEnclosure("landuse=residential")).isTrue();
        assertThat(OsmResidentialTags.isEnclosure("place=neighbourhood")).isTrue();
    }

    @Test
    void landuseWinsOverPlaceAndBuilding() {
        assertThat(OsmResidentialTags.kindOf(tags("landuse", "residential", "place", "neighbourhood",
                "building", "apartments"))).contains("landuse=residential");
    }

    @ParameterizedTest
    @ValueSource(strings = {"residential", "apartments", "house", "dormitory"})
    void residentialBuildings(String building) {
        assertThat(OsmResidentialTags.kindOf(tags("building", building))).contains("building=" + building);
        assertThat(OsmResidentialTags.isEnclosure("building=" + building)).isFalse();
    }

    @Test
    void buildingYesCountsOnlyWithResidentialUse() {
        assertThat(OsmResidentialTags.kindOf(tags("building", "yes", "building:use", "residential")))
                .contains("building:use=residential");
        assertThat(OsmResidentialTags.kindOf(tags("building", "yes"))).isEmpty();
        assertThat(OsmResidentialTags.kindOf(tags("building", "commercial"))).isEmpty();
        assertThat(OsmResidentialTags.kindOf(tags("landuse", "commercial"))).isEmpty();
    }

    @Test
    void levelsFromTagElseDefaultByKind() {
        assertThat(OsmResidentialTags.levels(tags("building:levels", "18"), "building=apartments")).isEqualTo(18);
        assertThat(OsmResidentialTags.levels(tags("building:levels", "2.5"), "building=house")).isEqualTo(2.5);
        assertThat(OsmResidentialTags.levels(tags(), "building=apartments"))
                .isEqualTo(OsmResidentialTags.DEFAULT_LEVELS_MULTI_STOREY);
        assertThat(OsmResidentialTags.levels(tags("building:levels", "高层"), "building=dormitory"))
                .isEqualTo(OsmResidentialTags.DEFAULT_LEVELS_MULTI_STOREY);
        assertThat(OsmResidentialTags.levels(tags("building:levels", "0"), "building=house"))
                .isEqualTo(OsmResidentialTags.DEFAULT_LEVELS_HOUSE);
    }

    @Test
    void populationFromNumericTagOnly() {
        assertThat(OsmResidentialTags.population(tags("population", "3,500"), "way/1"))
                .isEqualTo(new Population(3500, Population.Source.ATTRIBUTE));
        assertThat(OsmResidentialTags.population(tags("population", "约3000"), "way/1").isKnown()).isFalse();
        assertThat(OsmResidentialTags.population(tags(), "way/1").source()).isEqualTo(Population.Source.UNKNOWN);
    }

    @Test
    void gatesAndEntrancesUnlessLockedClosedOrEmergency() {
        assertThat(OsmResidentialTags.isEntrance(tags("barrier", "gate"))).isTrue();
        assertThat(OsmResidentialTags.isEntrance(tags("barrier", "gate", "access", "private"))).isTrue();
        assertThat(OsmResidentialTags.isEntrance(tags("entrance", "main"))).isTrue();
        assertThat(OsmResidentialTags.isEntrance(tags("barrier", "gate", "locked", "yes"))).isFalse();
        assertThat(OsmResidentialTags.isEntrance(tags("entrance", "yes", "access", "no"))).isFalse();
        assertThat(OsmResidentialTags.isEntrance(tags("entrance", "emergency"))).isFalse();
        assertThat(OsmResidentialTags.isEntrance(tags("barrier", "bollard"))).isFalse();
    }
}
