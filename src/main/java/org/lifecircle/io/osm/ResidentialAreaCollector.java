package org.lifecircle.io.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lifecircle.geo.PlanarArea;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Collects residential outlines while the file is read and, at the end, merges buildings into the
 * enclosures (landuse=residential, place=neighbourhood) around them.
 *
 * <p>A building belongs to an enclosure when its interior point lies in it; where enclosures are
 * nested, the smallest one takes it. Its floor area (footprint times storeys) is added to the
 * enclosure, which then has a floor area instead of NaN; the building is not an area of its own.
 * Buildings outside every enclosure stay separate areas with their own floor area. A building's
 * population tag is not carried into its enclosure (compounds, not buildings, carry that tag).
 * Areas come out enclosures first, then separate buildings, each in file order.
 */
final class ResidentialAreaCollector {

    /** An outline read from the file, before merging. */
    private record Candidate(String sourceId, String name, String kind, Geometry polygon, Population population,
                             List<Coordinate> entrances, double floorAreaSquareMeters) {

        ResidentialArea toArea(double floorAreaSquareMeters) {
            return new ResidentialArea(sourceId, name, kind, polygon, population, entrances, floorAreaSquareMeters);
        }
    }

    /** The merged areas and how many buildings went into enclosures. */
    record Merged(List<ResidentialArea> areas, int buildingsRead, int buildingsMerged) {
    }

    private final String source;
    private final List<Candidate> enclosures = new ArrayList<>();
    private final List<Candidate> buildings = new ArrayList<>();

    /** @param source the OSM file's name, for messages */
    ResidentialAreaCollector(String source) {
        this.source = source;
    }

    /** Adds an outline of the given kind (see {@link OsmResidentialTags#kindOf}). */
    void add(String sourceId, Map<String, String> tags, String kind, Geometry polygon, List<Coordinate> entrances) {
        String name = OsmTagValues.displayName(tags);
        Population population = OsmResidentialTags.population(tags, source + " " + sourceId);
        if (OsmResidentialTags.isEnclosure(kind)) {
            enclosures.add(new Candidate(sourceId, name, kind, polygon, population, entrances, Double.NaN));
        } else {
            double floorArea = PlanarArea.squareMeters(polygon) * OsmResidentialTags.levels(tags, kind);
            buildings.add(new Candidate(sourceId, name, kind, polygon, population, entrances, floorArea));
        }
    }

    Merged merge() {
        STRtree index = new STRtree();
        for (int e = 0; e < enclosures.size(); e++) {
            index.insert(enclosures.get(e).polygon().getEnvelopeInternal(), e);
        }
        PreparedGeometry[] prepared = new PreparedGeometry[enclosures.size()];
        double[] floorArea = new double[enclosures.size()];
        Arrays.fill(floorArea, Double.NaN);
        List<ResidentialArea> separate = new ArrayList<>();
        int merged = 0;
        for (Candidate building : buildings) {
            int owner = smallestEnclosureAround(building.polygon().getInteriorPoint(), index, prepared);
            if (owner < 0) {
                separate.add(building.toArea(building.floorAreaSquareMeters()));
                continue;
            }
            double before = Double.isNaN(floorArea[owner]) ? 0 : floorArea[owner];
            floorArea[owner] = before + building.floorAreaSquareMeters();
            merged++;
        }
        List<ResidentialArea> areas = new ArrayList<>(enclosures.size() + separate.size());
        for (int e = 0; e < enclosures.size(); e++) {
            areas.add(enclosures.get(e).toArea(floorArea[e]));
        }
        areas.addAll(separate);
        return new Merged(areas, buildings.size(), merged);
    }

    private int smallestEnclosureAround(Point point, STRtree index, PreparedGeometry[] prepared) {
        int owner = -1;
        for (Object hit : index.query(point.getEnvelopeInternal())) {
            int e = (Integer) hit;
            if (prepared[e] == null) {
                prepared[e] = PreparedGeometryFactory.prepare(enclosures.get(e).polygon());
            }
            boolean smaller = owner < 0 || enclosures.get(e).polygon().getArea() < enclosures.get(owner).polygon().getArea();
            if (smaller && prepared[e].covers(point)) {
                owner = e;
            }
        }
        return owner;
    }
}
