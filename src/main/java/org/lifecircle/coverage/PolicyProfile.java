package org.lifecircle.coverage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;

/**
 * A set of coverage rules from a standard or a city's policy (e.g. GB 50180-2018, Tianjin 2022):
 * per category a walking threshold and an optional target. Profiles are editable YAML files in
 * {@code gis-data/profiles/}; every output names the profile and the values it used.
 *
 * @param id short name, e.g. {@code tianjin-2022}
 * @param title human title
 * @param note caveats, e.g. which values are presets still to verify against the standard's text
 * @param rules the rule of each category the profile checks
 * @param demandDefaults age shares for areas without age counts
 * @param bundles sets of rules an area should have all within reach
 * @param tierRules per rule, the facility tier each unit level needs (none for most rules)
 * @param communityShareRules per rule, a target on the share of communities served (none for most rules)
 */
public record PolicyProfile(String id, String title, String note, Map<Category, CategoryRule> rules,
                            DemandDefaults demandDefaults, List<Bundle> bundles, Map<Category, TierRule> tierRules,
                            Map<Category, CommunityShareRule> communityShareRules) {

    public PolicyProfile {
        if (rules.isEmpty()) {
            throw new InvalidInputException("profile " + id + " has no category rules");
        }
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        bundles = List.copyOf(bundles);
        tierRules = Collections.unmodifiableMap(new LinkedHashMap<>(tierRules));
        communityShareRules = Collections.unmodifiableMap(new LinkedHashMap<>(communityShareRules));
        for (Category tiered : tierRules.keySet()) {
            if (!rules.containsKey(tiered)) {
                throw new InvalidInputException("profile " + id + ": tiers of '" + tiered.id()
                        + "', which is not one of its rules");
            }
        }
        for (Category shared : communityShareRules.keySet()) {
            if (!rules.containsKey(shared)) {
                throw new InvalidInputException("profile " + id + ": community share of '" + shared.id()
                        + "', which is not one of its rules");
            }
        }
        for (Bundle bundle : bundles) {
            for (Category member : bundle.members()) {
                if (!rules.containsKey(member)) {
                    throw new InvalidInputException("profile " + id + ": bundle " + bundle.id().id() + " names '"
                            + member.id() + "', which is not one of its rules");
                }
            }
            if (rules.containsKey(bundle.id())) {
                throw new InvalidInputException("profile " + id + ": '" + bundle.id().id() + "' is both a rule and a bundle");
            }
        }
    }

    /** A profile without community-share targets. */
    public PolicyProfile(String id, String title, String note, Map<Category, CategoryRule> rules,
                         DemandDefaults demandDefaults, List<Bundle> bundles, Map<Category, TierRule> tierRules) {
        this(id, title, note, rules, demandDefaults, bundles, tierRules, Map.of());
    }

    /** A profile without tier rules. */
    public PolicyProfile(String id, String title, String note, Map<Category, CategoryRule> rules,
                         DemandDefaults demandDefaults, List<Bundle> bundles) {
        this(id, title, note, rules, demandDefaults, bundles, Map.of());
    }

    /** A profile of rules only: no age shares, no bundles. */
    public PolicyProfile(String id, String title, String note, Map<Category, CategoryRule> rules) {
        this(id, title, note, rules, DemandDefaults.none(), List.of());
    }

    /**
     * The same profile with other rules (the bundles that no longer have all their members, and the
     * tiers and community shares of rules left out, are left out).
     */
    public PolicyProfile withRules(Map<Category, CategoryRule> changed) {
        Map<Category, TierRule> keptTiers = new LinkedHashMap<>(tierRules);
        keptTiers.keySet().retainAll(changed.keySet());
        Map<Category, CommunityShareRule> keptShares = new LinkedHashMap<>(communityShareRules);
        keptShares.keySet().retainAll(changed.keySet());
        return new PolicyProfile(id, title, note, changed, demandDefaults, bundles.stream()
                .filter(b -> changed.keySet().containsAll(b.members())).toList(), keptTiers, keptShares);
    }

    /** The rule's community-share target, if the profile sets one. */
    public Optional<CommunityShareRule> findCommunityShareRule(Category category) {
        return Optional.ofNullable(communityShareRules.get(category));
    }

    /** How a category is named and drawn: the rule's display, or its id for a category the profile does not check. */
    public CategoryDisplay display(Category category) {
        return findRule(category).map(CategoryRule::display).orElseGet(() -> CategoryDisplay.of(category));
    }

    /** The rule of a category; a one-line error naming the categories the profile checks when it has none. */
    public CategoryRule getRule(Category category) {
        return findRule(category).orElseThrow(() -> new InvalidInputException("unknown category '" + category.id()
                + "': profile " + id + " checks " + String.join(", ", categories().stream().map(Category::id).toList())));
    }

    /** The rule's tier rule, if the profile sets tiers for it. */
    public Optional<TierRule> findTierRule(Category category) {
        return Optional.ofNullable(tierRules.get(category));
    }

    public Optional<CategoryRule> findRule(Category category) {
        return Optional.ofNullable(rules.get(category));
    }

    /** The categories checked, in the profile's order. */
    public List<Category> categories() {
        return List.copyOf(rules.keySet());
    }

    /** The same profile with every threshold replaced, for {@code --max-walk-meters}. */
    public PolicyProfile withMaxWalkMeters(double meters) {
        Map<Category, CategoryRule> changed = new LinkedHashMap<>();
        rules.forEach((category, rule) -> changed.put(category, CategoryRule.ofDistance(category, meters,
                rule.targetPct(), rule.basis() + "; threshold overridden to " + meters + " m").withDisplay(rule.display())
                .withScope(rule.scope())));
        return withRules(changed);
    }
}
