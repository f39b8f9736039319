package org.lifecircle.store;

import java.util.OptionalDouble;

/**
 * How a run was made.
 *
 * @param kind coverage or batch
 * @param profileId the policy profile's id
 * @param profileTitle its title
 * @param searchLimitMeters how far distances of gaps were searched
 * @param maxSnapMeters the snapping limit
 * @param maxWalkMetersOverride the threshold given with --max-walk-meters, if any
 */
public record RunParameters(RunKind kind, String profileId, String profileTitle, double searchLimitMeters,
                            double maxSnapMeters, OptionalDouble maxWalkMetersOverride) {
}
