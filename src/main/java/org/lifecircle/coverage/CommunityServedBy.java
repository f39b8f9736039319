package org.lifecircle.coverage;

import java.util.Arrays;
import java.util.Locale;
import org.lifecircle.model.InvalidInputException;

/**
 * When a community (社区) counts as served by a rule, for the share of communities served
 * (社区托育服务覆盖率, seed 001:33): a facility of the rule inside it, its residents within the
 * rule's walking threshold of one, or either.
 */
public enum CommunityServedBy {
    /** A facility the rule counts lies inside the community. */
    INSIDE,
    /** At least the rule's {@code community_walk_min_pct} of the community's residents are within the threshold. */
    WALK,
    /** Either of the two. */
    INSIDE_OR_WALK;

    /** The name in profiles and outputs: inside, walk, inside_or_walk. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value named by its id (any case); a one-line error listing the values otherwise. */
    public static CommunityServedBy parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("community_served_by '" + text
                        + "' is not one of inside, walk, inside_or_walk"));
    }
}
