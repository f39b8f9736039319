package org.lifecircle.plan;

import java.util.OptionalInt;

/**
 * A site a facility could be built at.
 *
 * @param id unique among the candidates
 * @param name display name, may be empty
 * @param lon longitude (WGS84 degrees)
 * @param lat latitude (WGS84 degrees)
 * @param capacity places it would have, when given
 * @param source where it came from, for messages: "candidates.csv line 4", or "generated near area X"
 */
public record CandidateSite(String id, String name, double lon, double lat, OptionalInt capacity, String source) {
}
