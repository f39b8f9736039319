package org.lifecircle.service.coverage;

import java.util.OptionalDouble;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.io.profile.ProfileFiles;

/**
 * How a coverage run decides coverage, wherever its inputs come from.
 *
 * @param profile profile name or YAML file
 * @param maxWalkMeters when present, replaces every category's threshold
 * @param searchLimitMeters how far to look for a facility when reporting distances of gaps
 * @param maxSnapMeters farthest a facility or access point may be from a walkable way
 */
public record CoverageParameters(String profile, OptionalDouble maxWalkMeters, double searchLimitMeters,
                                 double maxSnapMeters) {

    /** The default profile and limits, as {@code coverage} without options. */
    public static CoverageParameters defaults() {
        return new CoverageParameters(ProfileFiles.DEFAULT_PROFILE, OptionalDouble.empty(),
                org.lifecircle.coverage.CoverageAnalysis.DEFAULT_SEARCH_LIMIT_METERS,
                org.lifecircle.network.Snapper.DEFAULT_MAX_SNAP_METERS);
    }

    /** The profile, loaded, with the threshold override applied. */
    public PolicyProfile loadProfile() {
        PolicyProfile loaded = ProfileFiles.load(profile);
        return maxWalkMeters.isPresent() ? loaded.withMaxWalkMeters(maxWalkMeters.getAsDouble()) : loaded;
    }
}
