package org.lifecircle.service.coverage;

import java.util.List;
import org.lifecircle.coverage.GateMatch;
import org.lifecircle.coverage.GateMatcher;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.EntrancePoint;

/**
 * What a gate file gave, for summary.json's {@code inputs.gates}: how many gates became entrances,
 * of how many areas, and where in the file the gates are that matched none (at most
 * {@value #MAX_LISTED} listed; {@code unmatched} counts them all).
 */
public record GateReport(String file, int gates, int matched, int gatedAreas, double maxOffsetMeters, int unmatched,
                         List<String> unmatchedGates) {

    static final int MAX_LISTED = 200;

    static GateReport of(FileWithCrs file, int gates, GateMatch match) {
        List<String> listed = match.unmatched().stream().limit(MAX_LISTED).map(EntrancePoint::location).toList();
        return new GateReport(file.toString(), gates, match.matchedGates(), match.gatedAreas(),
                GateMatcher.DEFAULT_MAX_OFFSET_METERS, match.unmatched().size(), listed);
    }
}
