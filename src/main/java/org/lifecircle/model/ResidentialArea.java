package org.lifecircle.model;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A compound (小区) or residential parcel, in WGS84.
 *
 * @param sourceId where it came from: {@code way/123}, {@code relation/45}, the file's id attribute,
 *     or the feature's index
 * @param name display name, may be empty
 * @param kind what it is in its source, e.g. landuse=residential, building=apartments, file
 * @param polygon its outline (Polygon or MultiPolygon), valid
 * @param population residents, see {@link Population}
 * @param entrances mapped gates and entrances on its boundary (lon/lat); empty when none are mapped
 * @param floorAreaSquareMeters residential floor area when known (footprint times levels), else NaN
 */
public record ResidentialArea(String sourceId, String name, String kind, Geometry polygon, Population population,
                              List<Coordinate> entrances, double floorAreaSquareMeters) {

    public ResidentialArea {
        entrances = List.copyOf(entrances);
    }

    public ResidentialArea withPopulation(Population estimate) {
        return new ResidentialArea(sourceId, name, kind, polygon, estimate, entrances, floorAreaSquareMeters);
    }
}
