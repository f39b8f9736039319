package org.lifecircle.io.profile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lifecircle.coverage.Bundle;
import org.lifecircle.coverage.CategoryDisplay;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CommunityServedBy;
import org.lifecircle.coverage.CommunityShareRule;
import org.lifecircle.coverage.DemandDefaults;
import org.lifecircle.coverage.DistanceDecay;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.RuleScope;
import org.lifecircle.coverage.TierRule;
import org.lifecircle.model.AgeGroup;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.units.UnitLevel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one profile YAML strictly: unknown keys are errors, so that a typo never goes unnoticed. */
final class ProfileParser {

    private static final Set<String> TOP_KEYS = Set.of("id", "title", "note", "circles", "categories",
            "demand_defaults", "bundles");
    private static final Set<String> RULE_KEYS = Set.of("max_walk_meters", "max_walk_minutes",
            "speed_meters_per_second", "target_pct", "basis", "label", "label_en", "color", "facilities",
            "inclusive_only", "demand_group", "capacity_per_1000_target", "access_decay", "tiers", "tier_min_count",
            "tier_walk_min_pct", "community_share_target_pct", "community_served_by", "community_walk_min_pct");
    private static final Set<String> DEMAND_KEYS = Set.of("age_0_2", "age_3_5", "age_60_plus", "source");
    private static final Set<String> BUNDLE_KEYS = Set.of("label", "label_en", "members", "target_pct", "basis");

    /** How messages name the file: never an absolute path (see ProfileFiles). */
    private final String file;

    ProfileParser(String file) {
        this.file = file;
    }

    PolicyProfile parse(InputStream in) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new InvalidInputException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        Map<String, Object> top = map(document, "the document");
        checkKeys(top, TOP_KEYS, "the document");
        String id = text(top, "id", "the document");
        Map<String, Object> categories = map(top.get("categories"), "categories");
        Map<Category, CategoryRule> rules = new LinkedHashMap<>();
        Map<Category, TierRule> tiers = new LinkedHashMap<>();
        Map<Category, CommunityShareRule> shares = new LinkedHashMap<>();
        categories.forEach((name, value) -> {
            Category category;
            try {
                category = Category.of(name);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(file + ": categories." + name + ": " + e.getMessage(), e);
            }
            rules.put(category, rule(category, map(value, "categories." + name)));
            tierRule(category, map(value, "categories." + name)).ifPresent(t -> tiers.put(category, t));
            communityShare(category, map(value, "categories." + name)).ifPresent(c -> shares.put(category, c));
        });
        try {
            return new PolicyProfile(id, String.valueOf(top.getOrDefault("title", id)),
                    String.valueOf(top.getOrDefault("note", "")), rules, demandDefaults(top), bundles(top), tiers,
                    shares);
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith(file) ? e : new InvalidInputException(file + ": " + e.getMessage(), e);
        }
    }

    /** demand_defaults: age shares with their source; none when absent. */
    private DemandDefaults demandDefaults(Map<String, Object> top) {
        if (!top.containsKey("demand_defaults")) {
            return DemandDefaults.none();
        }
        Map<String, Object> values = map(top.get("demand_defaults"), "demand_defaults");
        checkKeys(values, DEMAND_KEYS, "demand_defaults");
        return new DemandDefaults(optionalNumber(values, "age_0_2", "demand_defaults").orElse(Double.NaN),
                optionalNumber(values, "age_3_5", "demand_defaults").orElse(Double.NaN),
                optionalNumber(values, "age_60_plus", "demand_defaults").orElse(Double.NaN),
                text(values, "source", "demand_defaults"));
    }

    private List<Bundle> bundles(Map<String, Object> top) {
        if (!top.containsKey("bundles")) {
            return List.of();
        }
        List<Bundle> bundles = new ArrayList<>();
        map(top.get("bundles"), "bundles").forEach((name, value) -> {
            String where = "bundles." + name;
            Map<String, Object> values = map(value, where);
            checkKeys(values, BUNDLE_KEYS, where);
            Category id = category(name, "bundles.");
            bundles.add(new Bundle(id, display(id, values, where), categories(values.get("members"), where + ".members"),
                    optionalNumber(values, "target_pct", where), String.valueOf(values.getOrDefault("basis", ""))));
        });
        return bundles;
    }

    /** A list of category ids (a YAML list, or one id). */
    private List<Category> categories(Object value, String where) {
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        if (items.isEmpty()) {
            throw new InvalidInputException(file + ": " + where + " must list at least one category");
        }
        return items.stream().map(item -> category(String.valueOf(item), where + ": ")).toList();
    }

    private Category category(String name, String where) {
        try {
            return Category.of(name);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + where + name + ": " + e.getMessage(), e);
        }
    }

    /** facilities, inclusive_only, demand_group, capacity_per_1000_target, access_decay. */
    private RuleScope scope(Category category, Map<String, Object> values, String where) {
        Set<Category> facilities = values.containsKey("facilities")
                ? new LinkedHashSet<>(categories(values.get("facilities"), where + ".facilities")) : Set.of(category);
        Object inclusive = values.getOrDefault("inclusive_only", false);
        if (!(inclusive instanceof Boolean)) {
            throw new InvalidInputException(file + ": " + where + ".inclusive_only must be true or false, got " + inclusive);
        }
        AgeGroup group;
        try {
            group = AgeGroup.parse(String.valueOf(values.getOrDefault("demand_group", "all")));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + where + ".demand_group: " + e.getMessage(), e);
        }
        DistanceDecay decay;
        try {
            decay = DistanceDecay.parse(String.valueOf(values.getOrDefault("access_decay", "step")));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + where + ".access_decay: " + e.getMessage(), e);
        }
        try {
            return new RuleScope(facilities, (Boolean) inclusive, group,
                    optionalNumber(values, "capacity_per_1000_target", where), decay);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }

    /** tiers: {district: district_centre, street: street_station, community: community_site}, tier_min_count. */
    private Optional<TierRule> tierRule(Category category, Map<String, Object> values) {
        String where = "categories." + category.id();
        if (!values.containsKey("tiers")) {
            for (String key : List.of("tier_min_count", "tier_walk_min_pct")) {
                if (values.containsKey(key)) {
                    throw new InvalidInputException(file + ": " + where + "." + key + " needs tiers");
                }
            }
            return Optional.empty();
        }
        Map<UnitLevel, String> required = new EnumMap<>(UnitLevel.class);
        try {
            map(values.get("tiers"), where + ".tiers").forEach((level, tier) -> required.put(UnitLevel.parse(level),
                    String.valueOf(tier).strip()));
            double count = values.containsKey("tier_min_count") ? number(values, "tier_min_count", where) : 1;
            if (count != Math.rint(count)) {
                throw new InvalidInputException(category.id() + ": tier_min_count must be a whole number, got " + count);
            }
            return Optional.of(new TierRule(category, required, (int) Math.min(count, Integer.MAX_VALUE),
                    optionalNumber(values, "tier_walk_min_pct", where)));
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith(file) ? e
                    : new InvalidInputException(file + ": " + where + ".tiers: " + e.getMessage(), e);
        }
    }

    /** community_share_target_pct, community_served_by (default inside), community_walk_min_pct (default 50). */
    private Optional<CommunityShareRule> communityShare(Category category, Map<String, Object> values) {
        String where = "categories." + category.id();
        if (!values.containsKey("community_share_target_pct")) {
            for (String key : List.of("community_served_by", "community_walk_min_pct")) {
                if (values.containsKey(key)) {
                    throw new InvalidInputException(file + ": " + where + "." + key + " needs community_share_target_pct");
                }
            }
            return Optional.empty();
        }
        try {
            return Optional.of(new CommunityShareRule(category, number(values, "community_share_target_pct", where),
                    CommunityServedBy.parse(String.valueOf(values.getOrDefault("community_served_by", "inside"))),
                    optionalNumber(values, "community_walk_min_pct", where)
                            .orElse(CommunityShareRule.DEFAULT_WALK_MIN_PCT)));
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith(file) ? e : new InvalidInputException(file + ": " + where + ": "
                    + e.getMessage(), e);
        }
    }

    private CategoryRule rule(Category category, Map<String, Object> values) {
        String where = "categories." + category.id();
        checkKeys(values, RULE_KEYS, where);
        OptionalDouble target = optionalNumber(values, "target_pct", where);
        String basis = String.valueOf(values.getOrDefault("basis", ""));
        boolean byDistance = values.containsKey("max_walk_meters");
        boolean byTime = values.containsKey("max_walk_minutes") || values.containsKey("speed_meters_per_second");
        if (byDistance == byTime) {
            throw new InvalidInputException(file + ": " + where
                    + " needs either max_walk_meters or max_walk_minutes with speed_meters_per_second");
        }
        CategoryRule rule;
        try {
            rule = byDistance
                    ? CategoryRule.ofDistance(category, number(values, "max_walk_meters", where), target, basis)
                    : CategoryRule.ofTime(category, number(values, "max_walk_minutes", where),
                            number(values, "speed_meters_per_second", where), target, basis);
        } catch (InvalidInputException e) {
            // the rule's own message starts with the category id: "elderly_care: walking threshold ..."
            throw new InvalidInputException(file + ": categories." + e.getMessage(), e);
        }
        return rule.withDisplay(display(category, values, where)).withScope(scope(category, values, where));
    }

    /** label (Chinese), label_en and color; the id stands in for a missing name. */
    private CategoryDisplay display(Category category, Map<String, Object> values, String where) {
        String label = String.valueOf(values.getOrDefault("label", category.id())).strip();
        String labelEn = String.valueOf(values.getOrDefault("label_en", category.id())).strip();
        Optional<String> color = Optional.ofNullable(values.get("color")).map(String::valueOf).map(String::strip);
        if (color.isPresent() && !color.get().matches("#[0-9a-fA-F]{6}")) {
            throw new InvalidInputException(file + ": " + where + ".color must be #rrggbb, got " + color.get());
        }
        return new CategoryDisplay(label, labelEn, color);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new InvalidInputException(file + ": " + where + " must be a mapping of keys to values");
        }
        return (Map<String, Object>) value;
    }

    private void checkKeys(Map<String, Object> values, Set<String> allowed, String where) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidInputException(file + ": unknown key '" + key + "' in " + where + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private String text(Map<String, Object> values, String key, String where) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(file + ": " + where + " needs '" + key + "'");
        }
        return value.toString();
    }

    private double number(Map<String, Object> values, String key, String where) {
        Object value = values.get(key);
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new InvalidInputException(file + ": " + where + "." + key + " must be a number, got " + value);
        }
        return number.doubleValue();
    }

    private OptionalDouble optionalNumber(Map<String, Object> values, String key, String where) {
        return values.containsKey(key) ? OptionalDouble.of(number(values, key, where)) : OptionalDouble.empty();
    }
}
