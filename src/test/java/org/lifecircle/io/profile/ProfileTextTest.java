package org.lifecircle.io.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.DistanceDecay;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.CommunityServedBy;
import org.lifecircle.coverage.CommunityShareRule;
import org.lifecircle.coverage.TierRule;
import org.lifecircle.model.AgeGroup;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.units.UnitLevel;

/**
 * A profile written as a run keeps it and read back is the same profile (every stock profile, and
 * one with a threshold given on the command line); the new keys are read, and refused when wrong.
 */
class ProfileTextTest {

    @TempDir
    Path folder;

    static Stream<String> stockProfiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("gis-data", "profiles"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("stockProfiles")
    void aWrittenProfileReadsBackTheSame(String name) {
        PolicyProfile profile = ProfileFiles.load(name);
        assertThat(ProfileText.read(ProfileText.write(profile), "test")).isEqualTo(profile);
        PolicyProfile overridden = profile.withMaxWalkMeters(555);
        assertThat(ProfileText.read(ProfileText.write(overridden), "test")).isEqualTo(overridden);
    }

    @Test
    void scopesDemandGroupsCapacityTargetsAndBundlesAreRead() throws IOException {
        PolicyProfile profile = parse("""
                id: t
                demand_defaults: {age_0_2: 0.02, age_60_plus: 0.2, source: census 2020}
                categories:
                  childcare: {max_walk_meters: 1000, facilities: [nursery, kindergarten]}
                  nursery: {max_walk_meters: 500, demand_group: age_0_2, capacity_per_1000_target: 4.5}
                  kindergarten: {max_walk_meters: 500, inclusive_only: true, demand_group: age_3_5}
                bundles:
                  young: {label: 托幼, members: [nursery, kindergarten], target_pct: 80}
                """);
        CategoryRule childcare = profile.getRule(Category.of("childcare"));
        assertThat(childcare.scope().facilities()).containsExactlyInAnyOrder(Category.of("nursery"),
                Category.of("kindergarten"));
        CategoryRule nursery = profile.getRule(Category.of("nursery"));
        assertThat(nursery.scope().demandGroup()).isEqualTo(AgeGroup.AGE_0_2);
        assertThat(nursery.scope().capacityPer1000Target()).isEqualTo(OptionalDouble.of(4.5));
        assertThat(profile.getRule(Category.of("kindergarten")).scope().inclusiveOnly()).isTrue();
        assertThat(profile.demandDefaults().age0to2()).isEqualTo(0.02);
        assertThat(profile.demandDefaults().age3to5()).isNaN();
        assertThat(profile.bundles()).singleElement().satisfies(b -> {
            assertThat(b.members()).containsExactly(Category.of("nursery"), Category.of("kindergarten"));
            assertThat(b.targetPct()).isEqualTo(OptionalDouble.of(80));
        });
        assertThat(ProfileText.read(ProfileText.write(profile), "test")).isEqualTo(profile);
    }

    @Test
    void wrongValuesAreOneLineErrorsNamingTheKey() {
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, demand_group: adults}\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("categories.a.demand_group")
                .hasMessageContaining("unknown demand group 'adults'");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500}\nbundles:\n"
                + "  b: {members: [a, z]}\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bundle b names 'z', which is not one of its rules");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500,"
                + " capacity_per_1000_target: -1}\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("capacity_per_1000_target must be a number of at least 0");
        assertThatThrownBy(() -> parse("id: t\ndemand_defaults: {age_0_2: 2, source: x}\ncategories:\n"
                + "  a: {max_walk_meters: 500}\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a share must be a number from 0 to 1, got 2.0");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, inclusive_only: maybe}\n"))
                .hasMessageContaining("categories.a.inclusive_only must be true or false");
    }

    @Test
    void theAccessDecayIsReadWrittenBackAndRefusedWhenUnknown() throws IOException {
        PolicyProfile profile = parse("id: t\ncategories:\n  a: {max_walk_meters: 500, access_decay: Gaussian}\n"
                + "  b: {max_walk_meters: 500}\n");
        assertThat(profile.getRule(Category.of("a")).scope().accessDecay()).isEqualTo(DistanceDecay.GAUSSIAN);
        assertThat(profile.getRule(Category.of("b")).scope().accessDecay()).isEqualTo(DistanceDecay.STEP);
        assertThat(ProfileText.write(profile)).contains("access_decay: gaussian");
        assertThat(parse("id: t\ncategories:\n  a: {max_walk_meters: 500, demand_group: age_0_5}\n")
                .getRule(Category.of("a")).scope().demandGroup()).isEqualTo(AgeGroup.AGE_0_5);
        assertThat(ProfileText.read(ProfileText.write(profile), "test")).isEqualTo(profile);
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, access_decay: cubic}\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("p.yaml: categories.a.access_decay: unknown distance decay 'cubic'; use step,"
                        + " linear or gaussian");
    }

    @Test
    void tiersAreReadAndWrittenBack() throws IOException {
        PolicyProfile profile = parse("""
                id: t
                categories:
                  elderly_care:
                    max_walk_meters: 720
                    tiers: {district: district_centre, community: community_site}
                    tier_min_count: 2
                """);
        TierRule rule = profile.findTierRule(Category.of("elderly_care")).orElseThrow();
        assertThat(rule.requiredTiers()).containsExactly(Map.entry(UnitLevel.DISTRICT, "district_centre"),
                Map.entry(UnitLevel.COMMUNITY, "community_site"));
        assertThat(rule.minCount()).isEqualTo(2);
        assertThat(ProfileText.read(ProfileText.write(profile), "test")).isEqualTo(profile);
    }

    @Test
    void theTianjinPresetChecksTheThreeElderlyCareTiers() {
        TierRule rule = ProfileFiles.load("tianjin-2022").findTierRule(Category.of("elderly_care")).orElseThrow();
        assertThat(rule.requiredTiers()).containsExactly(Map.entry(UnitLevel.DISTRICT, "district_centre"),
                Map.entry(UnitLevel.STREET, "street_station"), Map.entry(UnitLevel.COMMUNITY, "community_site"));
        assertThat(rule.minCount()).isEqualTo(1);
    }

    @Test
    void wrongTiersAreOneLineErrorsNamingTheKey() {
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, tiers: {street: centre}}\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("p.yaml: categories.a.tiers: a: 'centre' is not a facility tier (district_centre,"
                        + " street_station, community_site)");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, tiers: {town: x}}\n"))
                .hasMessageEndingWith("p.yaml: categories.a.tiers: 'town' is not a unit level (district, street,"
                        + " community)");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, tier_min_count: 2}\n"))
                .hasMessageEndingWith("p.yaml: categories.a.tier_min_count needs tiers");
    }

    @Test
    void theWalkCheckOfTiersAndCommunitySharesAreReadAndWrittenBack() throws IOException {
        PolicyProfile profile = parse("""
                id: t
                categories:
                  elderly_care:
                    max_walk_meters: 720
                    tiers: {street: street_station}
                    tier_walk_min_pct: 80
                  childcare:
                    max_walk_meters: 1000
                    community_share_target_pct: 60
                    community_served_by: inside_or_walk
                    community_walk_min_pct: 75
                """);
        assertThat(profile.findTierRule(Category.of("elderly_care")).orElseThrow().walkMinPct()).hasValue(80);
        CommunityShareRule share = profile.findCommunityShareRule(Category.of("childcare")).orElseThrow();
        assertThat(share).isEqualTo(new CommunityShareRule(Category.of("childcare"), 60,
                CommunityServedBy.INSIDE_OR_WALK, 75));
        assertThat(ProfileText.read(ProfileText.write(profile), "test")).isEqualTo(profile);
        assertThat(parse("id: t\ncategories:\n  a: {max_walk_meters: 500, community_share_target_pct: 50}\n")
                .findCommunityShareRule(Category.of("a")).orElseThrow())
                .isEqualTo(new CommunityShareRule(Category.of("a"), 50, CommunityServedBy.INSIDE, 50));
    }

    @Test
    void theTianjinPresetReadsChildcareAlsoAsTheShareOfCommunitiesWithAService() {
        // seed 001:33 "社区托育服务覆盖率达到60%"
        assertThat(ProfileFiles.load("tianjin-2022").findCommunityShareRule(Category.of("childcare")))
                .hasValue(new CommunityShareRule(Category.of("childcare"), 60, CommunityServedBy.INSIDE, 50));
    }

    @Test
    void badCommunityShareKeysAreOneLineNamingTheKey() {
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, community_served_by: walk}\n"))
                .hasMessageEndingWith("p.yaml: categories.a.community_served_by needs community_share_target_pct");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500,"
                + " community_share_target_pct: 60, community_served_by: near}\n"))
                .hasMessageEndingWith("p.yaml: categories.a: community_served_by 'near' is not one of inside, walk,"
                        + " inside_or_walk");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500,"
                + " community_share_target_pct: 160}\n"))
                .hasMessageEndingWith("p.yaml: categories.a: a: community_share_target_pct must be a percentage"
                        + " 0..100, got 160.0");
        assertThatThrownBy(() -> parse("id: t\ncategories:\n  a: {max_walk_meters: 500, tier_walk_min_pct: 50}\n"))
                .hasMessageEndingWith("p.yaml: categories.a.tier_walk_min_pct needs tiers");
    }

    private PolicyProfile parse(String yaml) throws IOException {
        Path file = folder.resolve("p.yaml");
        Files.writeString(file, yaml);
        return ProfileFiles.load(file.toString());
    }
}
