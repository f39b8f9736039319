package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.model.Category;

/** One test per tag rule of {@link OsmFacilityTags}. */
class OsmFacilityTagsTest {

    /** The rules with the shipped category table, which says what category each kind is. */
    private static final OsmFacilityTags TAGS = new OsmFacilityTags(CategoryTable.load().values());

    private static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    private static Optional<FacilityKind> classify(String... keyValues) {
        return TAGS.classify(tags(keyValues));
    }

    private static FacilityKind kind(Category category, String subtype) {
        return new FacilityKind(category, subtype, "");
    }

    // --- elderly care ---

    @Test
    void nursingHomeAmenity() {
        assertThat(classify("amenity", "nursing_home")).contains(kind(Category.of("elderly_care"), "nursing_home"));
    }

    @ParameterizedTest
    @CsvSource({"day_care, day_care", "assisted_living, nursing_home", "group_home, nursing_home",
        "nursing_home, nursing_home", "outreach, service_station", "food_bank, social_facility"})
    void socialFacilityForSeniorsTakesItsSubtypeFromSocialFacility(String socialFacility, String subtype) {
        assertThat(classify("amenity", "social_facility", "social_facility", socialFacility,
                "social_facility:for", "senior")).contains(kind(Category.of("elderly_care"), subtype));
    }

    @Test
    void socialFacilityForElderlyOrInAListCounts() {
        assertThat(classify("amenity", "social_facility", "social_facility:for", "elderly"))
                .contains(kind(Category.of("elderly_care"), "social_facility"));
        assertThat(classify("amenity", "social_facility", "social_facility", "day_care",
                "social_facility:for", "disabled;senior")).contains(kind(Category.of("elderly_care"), "day_care"));
    }

    @Test
    void socialFacilityForOtherGroupsIsNotElderlyCare() {
        assertThat(classify("amenity", "social_facility", "social_facility", "shelter",
                "social_facility:for", "homeless")).isEmpty();
    }

    @Test
    void socialCentreForSeniors() {
        assertThat(classify("amenity", "social_centre", "social_centre:for", "senior"))
                .contains(kind(Category.of("elderly_care"), "social_centre"));
        assertThat(classify("amenity", "social_centre", "name", "多用厅")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canteen", "restaurant"})
    void canteenOrRestaurantNamedForOlderPeopleIsAMealAidCanteen(String amenity) {
        assertThat(classify("amenity", amenity, "name", "和平里长者食堂")).contains(kind(Category.of("canteen"), "canteen"));
        assertThat(classify("amenity", amenity, "name", "光明社区助餐点"))
                .contains(new FacilityKind(Category.of("canteen"), "canteen", "community_site"));
        assertThat(classify("amenity", amenity, "name", "老妈蹄花")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"amenity, community_centre, 光明社区日间照料中心, day_care",
        "healthcare, clinic, 老年人日间护理站, day_care",
        "office, government, 区敬老院, nursing_home",
        "amenity, yes, 幸福老年公寓, nursing_home",
        "amenity, townhall, 街道养老服务站, service_station"})
    void serviceFeatureNamedForElderlyCareTakesSubtypeFromTheName(String key, String value, String name,
            String subtype) {
        Optional<FacilityKind> found = classify(key, value, "name", name);
        assertThat(found).map(FacilityKind::category).contains(Category.of("elderly_care"));
        assertThat(found).map(FacilityKind::subtype).contains(subtype);
    }

    @Test
    void elderlyNamesOnNonServiceFeaturesAreIgnored() {
        assertThat(classify("building", "yes", "name", "敬老院")).isEmpty();
        assertThat(classify("amenity", "parking", "name", "养老院停车场")).isEmpty();
    }

    @Test
    void chineseNameIsPreferredWhenReadingNames() {
        assertThat(classify("amenity", "community_centre", "name", "Elderly Centre", "name:zh", "养老服务中心"))
                .map(FacilityKind::subtype).contains("service_station");
    }

    // --- childcare: nursery (托育, under 3) and kindergarten (幼儿园, 3-5) ---

    @Test
    void kindergartenAmenity() {
        assertThat(classify("amenity", "kindergarten")).contains(kind(Category.of("kindergarten"), "kindergarten"));
    }

    @Test
    void childcareAmenityIsANursery() {
        assertThat(classify("amenity", "childcare")).contains(kind(Category.of("nursery"), "nursery"));
    }

    @ParameterizedTest
    @CsvSource({"社区托育中心, nursery", "机关托儿所, nursery", "加州阳光幼儿园, kindergarten"})
    void serviceFeatureNamedForChildcare(String name, String subtype) {
        assertThat(classify("amenity", "school", "name", name)).contains(kind(Category.of(subtype), subtype));
    }

    @Test
    void childcareNamesOnParkingOrLanduseAreIgnored() {
        assertThat(classify("amenity", "parking", "name", "原幼儿园停车场")).isEmpty();
        assertThat(classify("landuse", "construction", "name", "0803-633规划幼儿园")).isEmpty();
    }

    // --- convenience ---

    @Test
    void convenienceShop() {
        assertThat(classify("shop", "convenience")).contains(kind(Category.of("convenience"), "convenience_store"));
    }

    @Test
    void supermarketShop() {
        assertThat(classify("shop", "supermarket")).contains(kind(Category.of("convenience"), "supermarket"));
    }

    @Test
    void marketplaceAndGreengrocerAreMarkets() {
        assertThat(classify("amenity", "marketplace")).contains(kind(Category.of("vegetable_market"), "market"));
        assertThat(classify("shop", "greengrocer")).contains(kind(Category.of("vegetable_market"), "market"));
    }

    @Test
    void marketplaceNamedForNonFoodGoodsIsNotAMarket() {
        assertThat(classify("amenity", "marketplace", "name", "城北电子城")).isEmpty();
        assertThat(classify("amenity", "marketplace", "name", "纺织面料辅料专业市场")).isEmpty();
    }

    @Test
    void serviceFeatureOrShopNamedAsFoodMarket() {
        assertThat(classify("shop", "yes", "name", "八里庄菜市场")).contains(kind(Category.of("vegetable_market"), "market"));
        assertThat(classify("amenity", "yes", "name", "解放路农贸市场")).contains(kind(Category.of("vegetable_market"), "market"));
        assertThat(classify("building", "yes", "name", "麻石桥菜市场")).isEmpty();
    }

    // --- nothing and priority ---

    @Test
    void untaggedOrUnrelatedFeaturesAreNoFacility() {
        assertThat(classify()).isEmpty();
        assertThat(classify("highway", "residential", "name", "幼儿园路")).isEmpty();
        assertThat(classify("amenity", "school", "name", "第一小学")).isEmpty();
    }

    @Test
    void elderlyCareWinsOverChildcareWhenBothMatch() {
        assertThat(classify("amenity", "kindergarten", "name", "幼儿园与日间照料中心"))
                .map(FacilityKind::category).contains(Category.of("elderly_care"));
    }
}
