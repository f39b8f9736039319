package org.lifecircle.service.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.AssessedRules;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.coverage.Unsnapped;
import org.lifecircle.io.osm.DuplicateNodes;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * summary.json of a coverage run: the inputs, the profile and parameters used, counts, what was
 * repaired, dropped or could not be snapped (with reasons), timings, and the overall shares of
 * communities served (empty without community-share targets or a community level).
 */
public record CoverageSummary(Map<String, Object> inputs, ProfileUsed profile, Counts counts, PopulationMethod population,
                              Problems problems, Map<String, Double> timingsMillis, List<String> warnings,
                              List<CommunityShareUsed> communityShares) {

    /**
     * The share of all communities (with residential areas) a rule serves.
     *
     * @param sharePct null without any community
     * @param pass null without any community
     */
    public record CommunityShareUsed(String category, String servedBy, double walkMinPct, int communities,
                                     int communitiesServed, Double sharePct, double targetPct, Boolean pass) {
    }

    static List<CommunityShareUsed> overallShares(UnitReport units) {
        return units.communityShares().stream().filter(s -> s.level().isEmpty())
                .map(s -> new CommunityShareUsed(s.category().id(), s.rule().servedBy().id(), s.rule().walkMinPct(),
                        s.communities(), s.served(), Double.isNaN(s.sharePct()) ? null : s.sharePct(),
                        s.rule().targetPct(), s.pass().orElse(null))).toList();
    }

    /**
     * The profile's rules as applied.
     *
     * @param notAssessed the profile's rules and bundles left out because no input facility counts for
     *     them ({@link org.lifecircle.coverage.AssessedRules}), rules first
     */
    public record ProfileUsed(String id, String title, String note, double searchLimitMeters, List<RuleUsed> rules,
                              List<String> notAssessed) {
    }

    public record RuleUsed(String category, double maxWalkMeters, Double maxWalkMinutes, Double speedMetersPerSecond,
                           Double targetPct, String basis, List<String> facilities, boolean inclusiveOnly,
                           String demandGroup, Double capacityPer1000Target, String accessDecay) {
    }

    public record Counts(int graphNodes, int graphEdges, int areas, Map<String, Integer> facilities, int districts,
                         int areasOutsideDistricts, Map<String, Integer> gapAreas) {
    }

    public record PopulationMethod(double personsPerSquareMeter, double plotRatio, Map<String, Integer> areasBySource,
                                   int censusDistrictsMatched) {
    }

    /** {@code duplicateOsmNodes} is left out for a run on a stored dataset (its import read the file). */
    public record Problems(List<Unsnapped> unsnapped, List<String> repairedGeometries, int droppedGraphComponents,
                           int droppedGraphNodes, List<String> skippedFeatures,
                           @JsonInclude(JsonInclude.Include.NON_NULL) DuplicateNodes duplicateOsmNodes) {
    }

    static ProfileUsed profileUsed(PolicyProfile given, AssessedRules assessed, double searchLimitMeters) {
        PolicyProfile profile = assessed.profile();
        List<String> notAssessed = new ArrayList<>(assessed.notAssessed().stream().map(Category::id).toList());
        given.bundles().stream().filter(b -> !profile.bundles().contains(b)).forEach(b -> notAssessed.add(b.id().id()));
        List<RuleUsed> rules = new ArrayList<>();
        for (Category category : profile.categories()) {
            CategoryRule rule = profile.findRule(category).orElseThrow();
            rules.add(new RuleUsed(category.id(), rule.maxWalkMeters(), boxed(rule.maxWalkMinutes()),
                    boxed(rule.speedMetersPerSecond()), boxed(rule.targetPct()), rule.basis(),
                    rule.scope().facilities().stream().map(Category::id).sorted().toList(), rule.scope().inclusiveOnly(),
                    rule.scope().demandGroup().id(), boxed(rule.scope().capacityPer1000Target()),
                    rule.scope().accessDecay().id()));
        }
        return new ProfileUsed(profile.id(), profile.title(), profile.note(), searchLimitMeters, rules, notAssessed);
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /**
     * Facilities per rule of the profile (those it counts, zero included: childcare counts nurseries
     * and kindergartens, so one facility may count for two rules), then the facilities no rule
     * counts, per facility category, by id.
     */
    static Map<String, Integer> facilitiesByCategory(PolicyProfile profile, List<Facility> facilities) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        profile.rules().forEach((c, rule) -> counts.put(c.id(), (int) facilities.stream().filter(rule.scope()::counts)
                .count()));
        facilities.stream().filter(f -> profile.rules().values().stream().noneMatch(r -> r.scope().counts(f)))
                .map(f -> f.category().id()).sorted().forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }

    static Map<String, Integer> gapsByCategory(CoverageResult result) {
        Map<Category, Integer> gaps = new LinkedHashMap<>();
        for (AreaCoverage coverage : result.coverage()) {
            coverage.byCategory().forEach((c, cc) -> gaps.merge(c, cc.covered() ? 0 : 1, Integer::sum));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        gaps.forEach((c, n) -> out.put(c.id(), n));
        return out;
    }

    static Map<String, Integer> areasByPopulationSource(List<ResidentialArea> areas) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ResidentialArea area : areas) {
            counts.merge(area.population().source().id(), 1, Integer::sum);
        }
        return counts;
    }
}
