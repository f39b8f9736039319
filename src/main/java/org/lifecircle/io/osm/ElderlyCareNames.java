package org.lifecircle.io.osm;

import java.util.List;
import java.util.Optional;

/**
 * Reads elderly care from Chinese facility names, for features whose tags do not say it.
 *
 * <p>Subtype by keyword, checked in this order: 日间照料 or 老年人日间 is a day_care centre;
 * 养老院, 敬老院 or 老年公寓 a nursing_home; 养老服务 (养老服务站/中心, home-care services) a
 * service_station. Names that only mention 老年, 长者 or 助餐 are not enough on their own: they
 * mark a canteen only when the tags say canteen or restaurant (see {@link OsmFacilityTags}).
 *
 * <p>Tier heuristic (the three tiers 一区一中心 / 一街(镇)一阵地 / 一社区(村)一场所): only for
 * names that contain an elderly keyword (养老, 敬老, 老年, 老人, 长者, 助餐, 日间照料). Chinese names
 * run from the larger unit to the smaller one (和平区 劝业场街道 新兴社区 日间照料站), so the
 * <em>last</em> administrative word decides: 社区 or 村 is community_site; 街道, 乡镇 or 镇
 * street_station; 区级 district_centre. A name with none of these words but with 中心 is taken as
 * a district_centre (和平区养老服务中心). Anything else leaves the tier empty. This is a guess
 * from the name, not a fact: files from civil-affairs bureaus should carry the tier explicitly.
 */
final class ElderlyCareNames {

    private static final List<String> ELDERLY_WORDS = List.of("养老", "敬老", "老年", "老人", "长者", "助餐", "日间照料");
    private static final List<String> CANTEEN_WORDS = List.of("老年", "长者", "助餐");
    private static final List<String> DAY_CARE_WORDS = List.of("日间照料", "老年人日间");
    private static final List<String> NURSING_HOME_WORDS = List.of("养老院", "敬老院", "老年公寓");
    private static final List<String> SERVICE_WORDS = List.of("养老服务");
    private static final String CENTRE_WORD = "中心";

    /** Administrative words and the tier they stand for; where several occur the last one wins. */
    private static final List<String[]> TIER_WORDS = List.of(
            new String[] {"区级", "district_centre"},
            new String[] {"街道", "street_station"},
            new String[] {"乡镇", "street_station"},
            new String[] {"镇", "street_station"},
            new String[] {"社区", "community_site"},
            new String[] {"村", "community_site"});

    private ElderlyCareNames() {
    }

    /** The elderly-care subtype a name states (day_care, nursing_home, service_station), if any. */
    static Optional<String> subtypeOf(String name) {
        if (containsAny(name, DAY_CARE_WORDS)) {
            return Optional.of("day_care");
        }
        if (containsAny(name, NURSING_HOME_WORDS)) {
            return Optional.of("nursing_home");
        }
        if (containsAny(name, SERVICE_WORDS)) {
            return Optional.of("service_station");
        }
        return Optional.empty();
    }

    /** True when the name of a canteen or restaurant says it serves older people (老年, 长者, 助餐). */
    static boolean isElderlyCanteen(String name) {
        return containsAny(name, CANTEEN_WORDS);
    }

    /** The tier the name suggests, or "" (see the class comment for the heuristic). */
    static String tierOf(String name) {
        if (!containsAny(name, ELDERLY_WORDS)) {
            return "";
        }
        int lastAt = -1;
        String tier = "";
        for (String[] word : TIER_WORDS) {
            int at = name.lastIndexOf(word[0]);
            // ">" keeps 乡镇 over its own last character 镇, which is listed after it.
            if (at >= 0 && at + word[0].length() > lastAt) {
                lastAt = at + word[0].length();
                tier = word[1];
            }
        }
        if (tier.isEmpty() && name.contains(CENTRE_WORD)) {
            return "district_centre";
        }
        return tier;
    }

    private static boolean containsAny(String name, List<String> words) {
        for (String word : words) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
