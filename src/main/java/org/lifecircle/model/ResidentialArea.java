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
 * @param ages residents by age group, see {@link AgeCounts}
 */
public record ResidentialArea(String sourceId, String name, String kind, Geometry polygon, Population population,
                              List<Coordinate> entrances, double floorAreaSquareMeters, AgeCounts ages) {

    public ResidentialArea {
        entrances = List.copyOf(entrances);
    }

    /** An area whose age counts are unknown. */
    public ResidentialArea(String sourceId, String name, String kind, Geometry polygon, Population population,
                           List<Coordinate> entrances, double floorAreaSquareMeters) {
        this(sourceId, name, kind, polygon, population, entrances, floorAreaSquareMeters, AgeCounts.unknown());
    }

    public ResidentialArea withPopulation(Population estimate) {
        return new ResidentialArea(sourceId, name, kind, polygon, estimate, entrances, floorAreaSquareMeters, ages);
    }

    public ResidentialArea withAges(AgeCounts estimate) {
        return new ResidentialArea(sourceId, name, kind, polygon, population, entrances, floorAreaSquareMeters, estimate);
    }
}
