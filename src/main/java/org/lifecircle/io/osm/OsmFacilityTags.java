package org.lifecircle.io.osm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifecircle.model.Category;

/**
 * Which OSM tags make a life-circle facility, and of what kind. Tags decide first; Chinese names
 * are read only where tags are silent, and only on features that are service places (an amenity,
 * healthcare or office feature; shops too for markets), so that 原幼儿园停车场 (a car park) or
 * 0803-633规划幼儿园 (a planned site on landuse=construction) are not facilities.
 *
 * <p>One element is one facility: elderly care is checked first, then childcare, then convenience.
 *
 * <ul>
 *   <li>elderly_care: amenity=nursing_home; amenity=social_facility for senior|elderly (subtype from
 *       social_facility); amenity=social_centre for senior|elderly; canteen or restaurant whose name
 *       says 老年/长者/助餐; a service place named 养老院, 敬老院, 老年公寓, 日间照料, 养老服务 or
 *       老年人日间 (see {@link ElderlyCareNames}, which also guesses the tier).</li>
 *   <li>childcare: amenity=kindergarten (kindergarten), amenity=childcare (nursery); a service place
 *       named 托育 or 托儿所 (nursery) or 幼儿园 (kindergarten).</li>
 *   <li>convenience: shop=convenience (convenience_store), shop=supermarket (supermarket),
 *       amenity=marketplace unless its name says it sells no food (电子, 面料, 建材, ...), or
 *       shop=greengrocer (market); a service place or shop named 菜市场 or 农贸市场 (market).</li>
 * </ul>
 */
public final class OsmFacilityTags {

    private static final String[] SENIOR_GROUPS = {"senior", "elderly"};

    /** Amenities that are infrastructure, not places where a service is given: their names say nothing. */
    private static final Set<String> NON_SERVICE_AMENITIES = Set.of("parking", "parking_space", "parking_entrance",
            "bicycle_parking", "motorcycle_parking", "charging_station", "fuel", "toilets", "waste_basket",
            "waste_disposal", "recycling", "bench", "shelter", "vending_machine", "atm", "post_box", "telephone",
            "drinking_water", "fountain", "bus_station", "taxi", "grave_yard");

    /**
     * Name words of marketplaces that sell no food (electronics, cloth, building materials,
     * furniture, hardware, antiques, military surplus, car parts): 城北电子城 is tagged
     * amenity=marketplace, but it is not the market a 15-minute circle asks for.
     */
    private static final List<String> NON_FOOD_MARKET_WORDS = List.of("电子", "数码", "服装", "面料", "布料", "建材",
            "家具", "五金", "灯饰", "古玩", "军用品", "汽配");

    private OsmFacilityTags() {
    }

    /** The facility the tags describe, if any. */
    public static Optional<FacilityKind> classify(Map<String, String> tags) {
        String name = OsmTagValues.displayName(tags);
        return elderlyCare(tags, name).or(() -> childcare(tags, name)).or(() -> convenience(tags, name));
    }

    static Optional<FacilityKind> elderlyCare(Map<String, String> tags, String name) {
        String amenity = tags.getOrDefault("amenity", "");
        String subtype = switch (amenity) {
            case "nursing_home" -> "nursing_home";
            case "social_facility" -> OsmTagValues.listContainsAny(tags.get("social_facility:for"), SENIOR_GROUPS)
                    ? socialFacilitySubtype(tags.getOrDefault("social_facility", "")) : null;
            case "social_centre" -> OsmTagValues.listContainsAny(tags.get("social_centre:for"), SENIOR_GROUPS)
                    ? "social_centre" : null;
            case "canteen", "restaurant" -> ElderlyCareNames.isElderlyCanteen(name) ? "canteen" : null;
            default -> null;
        };
        if (subtype == null && isServicePlace(tags)) {
            subtype = ElderlyCareNames.subtypeOf(name).orElse(null);
        }
        if (subtype == null) {
            return Optional.empty();
        }
        return Optional.of(new FacilityKind(Category.ELDERLY_CARE, subtype, ElderlyCareNames.tierOf(name)));
    }

    /** social_facility=day_care is day_care; assisted_living, group_home, nursing_home a nursing_home. */
    static String socialFacilitySubtype(String socialFacility) {
        return switch (socialFacility) {
            case "day_care" -> "day_care";
            case "assisted_living", "group_home", "nursing_home" -> "nursing_home";
            case "outreach" -> "service_station";
            default -> "social_facility";
        };
    }

    static Optional<FacilityKind> childcare(Map<String, String> tags, String name) {
        String amenity = tags.getOrDefault("amenity", "");
        if (amenity.equals("kindergarten")) {
            return Optional.of(FacilityKind.of(Category.CHILDCARE, "kindergarten"));
        }
        if (amenity.equals("childcare")) {
            return Optional.of(FacilityKind.of(Category.CHILDCARE, "nursery"));
        }
        if (!isServicePlace(tags)) {
            return Optional.empty();
        }
        if (name.contains("托育") || name.contains("托儿所")) {
            return Optional.of(FacilityKind.of(Category.CHILDCARE, "nursery"));
        }
        if (name.contains("幼儿园")) {
            return Optional.of(FacilityKind.of(Category.CHILDCARE, "kindergarten"));
        }
        return Optional.empty();
    }

    static Optional<FacilityKind> convenience(Map<String, String> tags, String name) {
        String shop = tags.getOrDefault("shop", "");
        if (shop.equals("convenience")) {
            return Optional.of(FacilityKind.of(Category.CONVENIENCE, "convenience_store"));
        }
        if (shop.equals("supermarket")) {
            return Optional.of(FacilityKind.of(Category.CONVENIENCE, "supermarket"));
        }
        boolean marketName = (isServicePlace(tags) || !shop.isEmpty())
                && (name.contains("菜市场") || name.contains("农贸市场"));
        boolean foodMarketplace = "marketplace".equals(tags.get("amenity"))
                && NON_FOOD_MARKET_WORDS.stream().noneMatch(name::contains);
        boolean marketTags = foodMarketplace || shop.equals("greengrocer");
        if (marketTags || marketName) {
            return Optional.of(FacilityKind.of(Category.CONVENIENCE, "market"));
        }
        return Optional.empty();
    }

    /** An amenity (other than infrastructure such as parking), healthcare or office feature. */
    static boolean isServicePlace(Map<String, String> tags) {
        String amenity = tags.get("amenity");
        boolean serviceAmenity = amenity != null && !NON_SERVICE_AMENITIES.contains(amenity);
        return serviceAmenity || tags.containsKey("healthcare") || tags.containsKey("office");
    }
}
