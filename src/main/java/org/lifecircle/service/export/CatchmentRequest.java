package org.lifecircle.service.export;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.model.Category;
import org.lifecircle.options.Defaults;

/**
 * How the catchments layer is made.
 *
 * @param form overlap, dissolve or split
 * @param category one category; empty for every category of the profile
 * @param bandMinutes nested bands in minutes (e.g. 5, 10, 15); empty: one band at each category's threshold
 * @param speedMetersPerSecond the walking speed that turns band minutes into metres; empty: the rule's speed
 * @param lateralOffsetMeters reach from a path to a door
 */
public record CatchmentRequest(CatchmentForm form, Optional<Category> category, List<Double> bandMinutes,
                               OptionalDouble speedMetersPerSecond, double lateralOffsetMeters) {

    public CatchmentRequest {
        bandMinutes = List.copyOf(bandMinutes);
    }

    /** The defaults: dissolved, every category, one band at each threshold. */
    public static CatchmentRequest defaults() {
        return new CatchmentRequest(Defaults.FORM, Optional.empty(), List.of(), OptionalDouble.empty(),
                Defaults.LATERAL_OFFSET_METERS);
    }

    public CatchmentRequest with(CatchmentForm chosen, Optional<Category> only) {
        return new CatchmentRequest(chosen, only, bandMinutes, speedMetersPerSecond, lateralOffsetMeters);
    }

    public CatchmentRequest withBands(List<Double> minutes, OptionalDouble speed) {
        return new CatchmentRequest(form, category, minutes, speed, lateralOffsetMeters);
    }
}
