package org.lifecircle.coverage;

import java.util.Arrays;
import java.util.Locale;
import org.lifecircle.model.InvalidInputException;

/**
 * How much a facility within the catchment counts for a resident at a walking distance d, with
 * d0 the catchment's limit (the rule's threshold): 1 at the facility's door, never more, 0 beyond
 * d0. A profile rule picks one by {@code access_decay} ({@link #id()}: step, linear, gaussian);
 * none needs a parameter besides d0.
 */
public enum DistanceDecay {

    /** The classic 2SFCA (Luo and Wang 2003): weight 1 anywhere within d0. */
    STEP {
        @Override
        double weightWithin(double ratio) {
            return 1;
        }
    },
    /** Falls in a straight line from 1 at the door to 0 at d0: 1 - d/d0. */
    LINEAR {
        @Override
        double weightWithin(double ratio) {
            return 1 - ratio;
        }
    },
    /**
     * The Gaussian 2SFCA (Dai 2010): (e^(-(d/d0)^2 / 2) - e^(-1/2)) / (1 - e^(-1/2)), 1 at the
     * door, 0.70 at half the limit, 0 at d0.
     */
    GAUSSIAN {
        @Override
        double weightWithin(double ratio) {
            return (Math.exp(-0.5 * ratio * ratio) - EDGE) / (1 - EDGE);
        }
    };

    private static final double EDGE = Math.exp(-0.5);

    /** The profile's name of the decay: {@code step}, {@code linear} or {@code gaussian}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The decay a profile names ({@link #id()}, any case). */
    public static DistanceDecay parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.id().equals(wanted)).findFirst().orElseThrow(() ->
                new InvalidInputException("unknown distance decay '" + text + "'; use step, linear or gaussian"));
    }

    /** The weight of a facility {@code meters} away in a catchment of {@code limitMeters}. */
    public double weight(double meters, double limitMeters) {
        if (!(meters >= 0) || meters > limitMeters) {
            return 0;
        }
        return limitMeters == 0 ? 1 : weightWithin(meters / limitMeters);
    }

    /** @param ratio d / d0, within [0, 1] */
    abstract double weightWithin(double ratio);
}
