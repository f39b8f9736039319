package org.lifecircle.store;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One street or community unit of a dataset as the store keeps it (districts are
 * {@link DatasetFeatures#districts()}): a plain row, which the services turn into the engine's unit.
 *
 * @param level {@code street} or {@code community} (the engine's level ids)
 * @param code unique within the level
 * @param name display name
 * @param parentCode the parent's code as the import resolved it; empty when no larger level was given
 * @param outline Polygon or MultiPolygon in WGS84
 * @param location where the import read it ("streets.geojson feature 3"), for messages
 */
public record StoredUnit(String level, String code, String name, String parentCode, Geometry outline,
                         String location) {

    public StoredUnit {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(location, "location");
    }
}
