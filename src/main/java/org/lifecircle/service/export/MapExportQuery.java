package org.lifecircle.service.export;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.model.Category;
import org.lifecircle.results.LayerKind;

/**
 * What the map's export asks for: a layer in a format, coordinate system and text encoding; for
 * catchments also the form, the category, and optionally nested bands in minutes of walking
 * (e.g. 5, 10 and 15, the three levels of a life circle) at a walking speed.
 *
 * @param maxWalkMeters the map's threshold, when the planner changed it; empty: the profile's
 * @param bandMinutes empty: one catchment per category at its threshold
 * @param speedMetersPerSecond for the bands; empty: the profile's speed of the category
 */
public record MapExportQuery(LayerKind layer, ExportFormat format, CrsSpec crs, Charset encoding, CatchmentForm form,
                             Optional<Category> category, OptionalDouble maxWalkMeters, List<Double> bandMinutes,
                             OptionalDouble speedMetersPerSecond) {

    public MapExportQuery {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(format, "format");
        bandMinutes = List.copyOf(bandMinutes);
    }
}
