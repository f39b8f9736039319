package org.lifecircle.service.plan;

import java.util.Optional;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.plan.GeneratedCandidates;

/**
 * What to suggest, besides the coverage inputs.
 *
 * @param category the profile rule to place sites for
 * @param count how many sites (K)
 * @param candidatesFile candidate sites; empty: generated near uncovered areas
 * @param candidateSpacingMeters generated candidates are thinned to one per square of this side
 */
public record SuggestParameters(Category category, int count, Optional<FileWithCrs> candidatesFile,
                                double candidateSpacingMeters) {

    /** The most sites one run suggests: more than any plan places at once, and the ranking stays quick. */
    public static final int MAX_COUNT = 1000;

    public SuggestParameters {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("count (--count) must be 1.." + MAX_COUNT + ", got " + count);
        }
        if (!(candidateSpacingMeters >= 1 && candidateSpacingMeters <= 10_000)) {
            throw new InvalidInputException("candidate spacing (--candidate-spacing-meters) must be 1..10000 m, got " + candidateSpacingMeters);
        }
    }

    /** Generated candidates at the default spacing. */
    public static SuggestParameters generated(Category category, int count) {
        return new SuggestParameters(category, count, Optional.empty(), GeneratedCandidates.DEFAULT_SPACING_METERS);
    }
}
