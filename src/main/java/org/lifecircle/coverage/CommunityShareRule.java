package org.lifecircle.coverage;

import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;

/**
 * A target on the share of communities a rule serves, next to its target on the share of
 * residents: e.g. 社区托育服务覆盖率 60 % (Tianjin, seed 001:33), usually read as the share of
 * communities with a childcare service.
 *
 * @param category the rule (its facilities are the rule's scope, its threshold the walk)
 * @param targetPct the share of communities (with residential areas) that must be served, 0..100
 * @param servedBy when a community counts as served
 * @param walkMinPct for {@link CommunityServedBy#WALK}: the share of the community's residents (of
 *     its areas, without population) within the threshold that makes it served
 */
public record CommunityShareRule(Category category, double targetPct, CommunityServedBy servedBy, double walkMinPct) {

    /** "Most of its residents": the default share for {@code walk}. */
    public static final double DEFAULT_WALK_MIN_PCT = 50;

    public CommunityShareRule {
        if (!(targetPct >= 0 && targetPct <= 100)) {
            throw new InvalidInputException(category.id() + ": community_share_target_pct must be a percentage 0..100,"
                    + " got " + targetPct);
        }
        if (!(walkMinPct > 0 && walkMinPct <= 100)) {
            throw new InvalidInputException(category.id() + ": community_walk_min_pct must be above 0 and at most 100,"
                    + " got " + walkMinPct);
        }
    }

    /** Whether a community with these figures is served. */
    public boolean served(int facilitiesInside, double residentsCoveredPct) {
        boolean inside = facilitiesInside > 0;
        boolean walk = residentsCoveredPct + 1e-9 >= walkMinPct;
        return switch (servedBy) {
            case INSIDE -> inside;
            case WALK -> walk;
            case INSIDE_OR_WALK -> inside || walk;
        };
    }
}
