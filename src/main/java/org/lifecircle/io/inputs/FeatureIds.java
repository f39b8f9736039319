package org.lifecircle.io.inputs;

import java.util.Optional;
import org.lifecircle.model.SourceFeature;

/**
 * The stable id of a feature from a file: its {@code id} attribute, else {@code osm_type}/{@code osm_id}
 * joined as {@code way/123} (as OSM exports carry them), else its index in the file.
 */
final class FeatureIds {

    private FeatureIds() {
    }

    static String of(SourceFeature feature, int index) {
        Optional<String> id = Columns.findText(feature, Columns.ID);
        if (id.isPresent()) {
            return stripDecimal(id.get());
        }
        Optional<String> type = feature.findText("osm_type");
        Optional<String> osmId = feature.findText("osm_id");
        if (type.isPresent() && osmId.isPresent()) {
            return type.get() + "/" + stripDecimal(osmId.get());
        }
        return Integer.toString(index);
    }

    /** Numbers read from GeoJSON may arrive as 1.23E8 or 123.0; ids are integers. */
    private static String stripDecimal(String value) {
        try {
            double number = Double.parseDouble(value);
            if (number == Math.rint(number) && Math.abs(number) < 1e15 && !value.matches("0\\d+")) {
                return Long.toString((long) number);
            }
        } catch (NumberFormatException ignored) {
            // not a number: keep the text
        }
        return value;
    }
}
