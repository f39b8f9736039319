package org.lifecircle.network;

import java.util.Map;
import java.util.Set;

/**
 * Who may walk where: the OSM tag rules for pedestrian ways and for barrier nodes.
 *
 * <p>Ways: a highway class walkable by default, unless {@code foot} or {@code access} says
 * otherwise; motorways and trunks only with an explicit {@code foot=yes/designated/permissive}.
 * Barrier nodes: walls, fences and the like cut the way they sit on; gates, bollards, entrances
 * and other passable barriers do not. Private ways and barriers are closed by default because a
 * catchment must not lead the public across a campus; {@link #allowingPrivate()} opens them for
 * studies of residents inside their own compounds.
 */
public final class PedestrianAccess {

    private static final Set<String> WALKABLE_BY_DEFAULT = Set.of(
            "footway", "path", "pedestrian", "steps", "living_street", "residential", "service",
            "unclassified", "track", "cycleway", "tertiary", "tertiary_link", "secondary",
            "secondary_link", "primary", "primary_link");
    private static final Set<String> NOT_A_WAY_YET = Set.of(
            "proposed", "construction", "abandoned", "disused", "razed", "planned");
    private static final Set<String> OPEN_VALUES = Set.of("yes", "designated", "permissive");
    private static final Set<String> CLOSED_VALUES = Set.of(
            "no", "agricultural", "forestry", "delivery", "military", "emergency");
    private static final Set<String> BLOCKING_BARRIERS = Set.of(
            "wall", "fence", "retaining_wall", "hedge", "city_wall", "ditch", "guard_rail",
            "jersey_barrier", "handrail", "wire_fence", "chain_link_fence");

    private final boolean privateWalkable;

    private PedestrianAccess(boolean privateWalkable) {
        this.privateWalkable = privateWalkable;
    }

    /** The default rules: {@code access=private} and {@code foot=private} are closed. */
    public static PedestrianAccess standard() {
        return new PedestrianAccess(false);
    }

    /** The default rules, except that private ways and barriers are open. */
    public static PedestrianAccess allowingPrivate() {
        return new PedestrianAccess(true);
    }

    /** Whether a way with these tags belongs to the walking graph. */
    public boolean isWalkableWay(Map<String, String> tags) {
        String highway = tags.get("highway");
        if (highway == null || NOT_A_WAY_YET.contains(highway)) {
            return false;
        }
        Boolean override = accessOverride(tags);
        if (override != null) {
            return override;
        }
        return WALKABLE_BY_DEFAULT.contains(highway);
    }

    /** Whether a node with these tags stops a pedestrian from passing along the way through it. */
    public boolean isBlockingBarrier(Map<String, String> tags) {
        String barrier = tags.get("barrier");
        if (barrier == null) {
            return false;
        }
        if ("yes".equals(tags.get("locked"))) {
            return true;
        }
        Boolean override = accessOverride(tags);
        if (override != null) {
            return !override;
        }
        // Unknown barrier values pass: a mistyped tag on a footpath must not cut the network.
        return BLOCKING_BARRIERS.contains(barrier);
    }

    /** {@code foot} decides first, then {@code access}; null when neither decides. */
    private Boolean accessOverride(Map<String, String> tags) {
        Boolean foot = decide(tags.get("foot"), true);
        return foot != null ? foot : decide(tags.get("access"), false);
    }

    private Boolean decide(String value, boolean opens) {
        if (value == null) {
            return null;
        }
        if ("private".equals(value)) {
            return privateWalkable;
        }
        if (CLOSED_VALUES.contains(value)) {
            return false;
        }
        // access=yes does not open a motorway; only foot=yes does.
        return opens && OPEN_VALUES.contains(value) ? Boolean.TRUE : null;
    }
}
