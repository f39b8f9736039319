package org.lifecircle.io.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The shipped gis-data/tiers.csv maps the tier column's Chinese and English values; unknown ones are refused. */
class TierTableTest {

    @ParameterizedTest
    @CsvSource({"区级养老服务中心,district_centre", "district_centre,district_centre", "区级,district_centre",
        "街道(乡镇)养老服务中心,street_station", "街道（乡镇）养老服务站,street_station", "Street_Station,street_station",
        "社区(村)养老服务站,community_site", "社区（村）养老服务点,community_site", "社区 级,community_site"})
    void chineseAndEnglishValuesMapToTheThreeTiers(String value, String tier) {
        assertThat(TierTable.load().tierOf(value, "f.csv line 2")).isEqualTo(tier);
    }

    @Test
    void anEmptyValueIsNoTierAndAnUnknownOneIsAnErrorNamingTheRow() {
        assertThat(TierTable.load().tierOf(" ", "f.csv line 2")).isEmpty();
        assertThatThrownBy(() -> TierTable.load().tierOf("市级", "f.csv line 2"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("f.csv line 2: unknown tier '市级' (use district_centre, street_station or community_site,"
                        + " or add the value to gis-data/tiers.csv)");
    }

    @Test
    void aFacilityFilesTierColumnIsMappedWhenRead() {
        SourceFeature row = new SourceFeature(new GeometryFactory().createPoint(new Coordinate(117.2, 39.1)),
                Map.of("category", "养老服务站", "层级", "街道(乡镇)养老服务站", "name", "x"), "f.csv line 2");
        List<Facility> read = new FacilityLayer(CategoryTable.load()).facilities(List.of(row), "f.csv");
        assertThat(read).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo("street_station");
            assertThat(f.capacity()).isEqualTo(OptionalInt.empty());
        });
    }
}
