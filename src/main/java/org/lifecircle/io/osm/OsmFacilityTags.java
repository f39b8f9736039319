package org.lifecircle.io.osm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifecircle.model.CategoryValues;

/**
 * Which OSM tags make a life-circle facility, and of what kind. Tags decide first; Chinese names
 * are read only where tags are silent, and only on features that are service places (an amenity,
 * healthcare or office feature; shops too for markets), so that 原幼儿园停车场 (a car park) or
 * 0803-633规划幼儿园 (a planned site on landuse=construction) are not facilities.
 *
 * <p>The rules below name a <em>kind</em> (kindergarten, nursing_home, market, ...); which
 * category and subtype a kind is comes from {@code gis-data/categories.csv}, like every category
 * value (a kind the table does not list is no facility). Where no rule applies, the tag values
 * themselves are looked up exactly as {@code key=value} for the keys in {@link #LOOKED_UP_KEYS}
 * ({@code amenity=pharmacy,pharmacy,} in the table makes OSM pharmacies facilities, no code needed).
 *
 * <p>One element is one facility: elderly care is checked first, then childcare, then convenience,
 * then the table.
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

    /** Keys whose values are looked up in the category table as {@code key=value}. */
    static final List<String> LOOKED_UP_KEYS = List.of("amenity", "shop", "healthcare", "leisure", "social_facility",
            "office", "craft", "club");

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

    private final CategoryValues table;

    /** @param table the category table: the category and subtype of every kind */
    public OsmFacilityTags(CategoryValues table) {
        this.table = table;
    }

    /** The facility the tags describe, if any. */
    public Optional<FacilityKind> classify(Map<String, String> tags) {
        String name = OsmTagValues.displayName(tags);
        Optional<OsmKind> kind = elderlyCare(tags, name).or(() -> childcare(tags, name))
                .or(() -> convenience(tags, name));
        if (kind.isPresent()) {
            return table.findExact(kind.get().kind()).map(m -> new FacilityKind(m.category(),
                    m.subtype().isEmpty() ? kind.get().kind() : m.subtype(), kind.get().tier()));
        }
        return byTable(tags);
    }

    /** The first of the looked-up keys whose {@code key=value} the table lists. */
    private Optional<FacilityKind> byTable(Map<String, String> tags) {
        for (String key : LOOKED_UP_KEYS) {
            String value = tags.get(key);
            Optional<CategoryValues.Mapping> mapping = value == null ? Optional.empty()
                    : table.findExact(key + "=" + value);
            if (mapping.isPresent()) {
                return Optional.of(new FacilityKind(mapping.get().category(),
                        mapping.get().subtype().isEmpty() ? value : mapping.get().subtype(), ""));
            }
        }
        return Optional.empty();
    }

    /** What a rule found: the kind, looked up in the table, and the elderly-care tier its name suggests. */
    record OsmKind(String kind, String tier) {
        static OsmKind of(String kind) {
            return new OsmKind(kind, "");
        }
    }

    static Optional<OsmKind> elderlyCare(Map<String, String> tags, String name) {
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
        return Optional.of(new OsmKind(subtype, ElderlyCareNames.tierOf(name)));
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

    static Optional<OsmKind> childcare(Map<String, String> tags, String name) {
        String amenity = tags.getOrDefault("amenity", "");
        if (amenity.equals("kindergarten")) {
            return Optional.of(OsmKind.of("kindergarten"));
        }
        if (amenity.equals("childcare")) {
            return Optional.of(OsmKind.of("nursery"));
        }
        if (!isServicePlace(tags)) {
            return Optional.empty();
        }
        if (name.contains("托育") || name.contains("托儿所")) {
            return Optional.of(OsmKind.of("nursery"));
        }
        if (name.contains("幼儿园")) {
            return Optional.of(OsmKind.of("kindergarten"));
        }
        return Optional.empty();
    }

    static Optional<OsmKind> convenience(Map<String, String> tags, String name) {
        String shop = tags.getOrDefault("shop", "");
        if (shop.equals("convenience")) {
            return Optional.of(OsmKind.of("convenience_store"));
        }
        if (shop.equals("supermarket")) {
            return Optional.of(OsmKind.of("supermarket"));
        }
        boolean marketName = (isServicePlace(tags) || !shop.isEmpty())
                && (name.contains("菜市场") || name.contains("农贸市场"));
        boolean foodMarketplace = "marketplace".equals(tags.get("amenity"))
                && NON_FOOD_MARKET_WORDS.stream().noneMatch(name::contains);
        boolean marketTags = foodMarketplace || shop.equals("greengrocer");
        if (marketTags || marketName) {
            return Optional.of(OsmKind.of("market"));
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
