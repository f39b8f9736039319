package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElderlyCareNamesTest {

    @ParameterizedTest
    @CsvSource({"光明社区老年人日间照料中心, day_care", "劝业场街道老年人日间活动站, day_care",
        "河西区敬老院, nursing_home", "阳光养老院, nursing_home", "夕阳红老年公寓, nursing_home",
        "新兴街养老服务站, service_station"})
    void subtypeFromKeyword(String name, String subtype) {
        assertThat(ElderlyCareNames.subtypeOf(name)).contains(subtype);
    }

    @Test
    void namesWithoutAnElderlyCareKeywordHaveNoSubtype() {
        assertThat(ElderlyCareNames.subtypeOf("长者食堂")).isEmpty();
        assertThat(ElderlyCareNames.subtypeOf("社区服务中心")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "和平区区级养老服务指导中心, district_centre",
        "和平区养老服务中心, district_centre",
        "劝业场街道综合养老服务中心, street_station",
        "杨柳青镇敬老院, street_station",
        "光明社区日间照料中心, community_site",
        "王庄村老年活动站, community_site",
        "劝业场街道新兴社区日间照料站, community_site",
        "曹杨新村街道养老服务中心, street_station"})
    void tierFromTheLastAdministrativeWord(String name, String tier) {
        assertThat(ElderlyCareNames.tierOf(name)).isEqualTo(tier);
    }

    @Test
    void noTierWithoutAnElderlyKeywordOrAnAdministrativeWord() {
        assertThat(ElderlyCareNames.tierOf("光明社区服务中心")).isEmpty();
        assertThat(ElderlyCareNames.tierOf("阳光养老院")).isEmpty();
    }
}
