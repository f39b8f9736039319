package org.lifecircle.io.profile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.lifecircle.coverage.Bundle;
import org.lifecircle.coverage.CategoryDisplay;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CommunityShareRule;
import org.lifecircle.coverage.DemandDefaults;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.TierRule;
import org.lifecircle.model.Category;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A profile as the YAML the parser reads, exactly as applied (a threshold given on the command
 * line included): what a saved run keeps, so that replaying it months later applies the same
 * rules whatever the profile file says by then. {@code read(write(p))} equals {@code p}.
 */
public final class ProfileText {

    private ProfileText() {
    }

    public static String write(PolicyProfile profile) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", profile.id());
        document.put("title", profile.title());
        document.put("note", profile.note());
        if (!profile.demandDefaults().isEmpty()) {
            document.put("demand_defaults", demandDefaults(profile.demandDefaults()));
        }
        Map<String, Object> categories = new LinkedHashMap<>();
        profile.rules().forEach((category, rule) -> {
            Map<String, Object> values = rule(rule);
            profile.findTierRule(category).ifPresent(t -> tiers(values, t));
            profile.findCommunityShareRule(category).ifPresent(c -> communityShare(values, c));
            categories.put(category.id(), values);
        });
        document.put("categories", categories);
        if (!profile.bundles().isEmpty()) {
            Map<String, Object> bundles = new LinkedHashMap<>();
            profile.bundles().forEach(b -> bundles.put(b.id().id(), bundle(b)));
            document.put("bundles", bundles);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(document);
    }

    /** The profile a saved run's text holds; a damaged text is a one-line error naming the run. */
    public static PolicyProfile read(String text, String where) {
        return new ProfileParser(where).parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> rule(CategoryRule rule) {
        Map<String, Object> values = new LinkedHashMap<>();
        display(values, rule.display());
        if (rule.maxWalkMinutes().isPresent() && rule.speedMetersPerSecond().isPresent()) {
            values.put("max_walk_minutes", rule.maxWalkMinutes().getAsDouble());
            values.put("speed_meters_per_second", rule.speedMetersPerSecond().getAsDouble());
        } else {
            values.put("max_walk_meters", rule.maxWalkMeters());
        }
        put(values, "target_pct", rule.targetPct());
        values.put("facilities", rule.scope().facilities().stream().map(Category::id).sorted().toList());
        values.put("inclusive_only", rule.scope().inclusiveOnly());
        values.put("demand_group", rule.scope().demandGroup().id());
        put(values, "capacity_per_1000_target", rule.scope().capacityPer1000Target());
        values.put("access_decay", rule.scope().accessDecay().id());
        values.put("basis", rule.basis());
        return values;
    }

    private static void tiers(Map<String, Object> values, TierRule rule) {
        Map<String, Object> tiers = new LinkedHashMap<>();
        rule.requiredTiers().forEach((level, tier) -> tiers.put(level.id(), tier));
        values.put("tiers", tiers);
        values.put("tier_min_count", rule.minCount());
        put(values, "tier_walk_min_pct", rule.walkMinPct());
    }

    private static void communityShare(Map<String, Object> values, CommunityShareRule rule) {
        values.put("community_share_target_pct", rule.targetPct());
        values.put("community_served_by", rule.servedBy().id());
        values.put("community_walk_min_pct", rule.walkMinPct());
    }

    private static Map<String, Object> bundle(Bundle bundle) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("label", bundle.display().label());
        values.put("label_en", bundle.display().labelEn());
        List<String> members = new ArrayList<>(bundle.members().stream().map(Category::id).toList());
        values.put("members", members);
        put(values, "target_pct", bundle.targetPct());
        values.put("basis", bundle.basis());
        return values;
    }

    private static Map<String, Object> demandDefaults(DemandDefaults defaults) {
        Map<String, Object> values = new LinkedHashMap<>();
        double[] shares = defaults.shares();
        String[] keys = {"age_0_2", "age_3_5", "age_60_plus"};
        for (int g = 0; g < keys.length; g++) {
            if (!Double.isNaN(shares[g])) {
                values.put(keys[g], shares[g]);
            }
        }
        values.put("source", defaults.source());
        return values;
    }

    private static void display(Map<String, Object> values, CategoryDisplay display) {
        values.put("label", display.label());
        values.put("label_en", display.labelEn());
        display.color().ifPresent(color -> values.put("color", color));
    }

    private static void put(Map<String, Object> values, String key, OptionalDouble value) {
        if (value.isPresent()) {
            values.put(key, value.getAsDouble());
        }
    }
}
