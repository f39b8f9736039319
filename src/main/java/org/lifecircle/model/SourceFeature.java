package org.lifecircle.model;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a user's file, already converted to WGS84, before it is interpreted as a
 * facility, residential area or district.
 *
 * @param geometry WGS84 geometry (x = longitude, y = latitude)
 * @param attributes attribute values by column name as in the file (String, Number or Boolean)
 * @param location where it is in the file, for messages: "facilities.csv line 12", "areas.geojson feature 3"
 */
public record SourceFeature(Geometry geometry, Map<String, Object> attributes, String location) {

    /** The attribute as trimmed text, if present and not blank. */
    public Optional<String> findText(String name) {
        Object value = attributes.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
