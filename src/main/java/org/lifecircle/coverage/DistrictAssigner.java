package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Puts each area in the district that contains its representative point (a point inside the
 * area, so that an area straddling a boundary goes where most planners would put it).
 */
public final class DistrictAssigner {

    /** Marks an area outside every district. */
    public static final int OUTSIDE = -1;

    private final List<District> districts;
    private final STRtree index = new STRtree();
    private final PreparedGeometry[] prepared;

    public DistrictAssigner(List<District> districts) {
        this.districts = List.copyOf(districts);
        this.prepared = new PreparedGeometry[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            Geometry boundary = districts.get(d).boundary();
            prepared[d] = PreparedGeometryFactory.prepare(boundary);
            index.insert(boundary.getEnvelopeInternal(), d);
        }
    }

    /** The district of each area ({@link #OUTSIDE} for none). */
    public DistrictAssignment assign(List<ResidentialArea> areas) {
        int[] district = new int[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            district[a] = districtOf(areas.get(a).polygon());
        }
        return new DistrictAssignment(districts, district);
    }

    /** The district of each facility, by its point ({@link #OUTSIDE} for none). */
    public int[] assignPoints(List<Facility> facilities) {
        int[] district = new int[facilities.size()];
        GeometryFactory factory = new GeometryFactory();
        for (int f = 0; f < facilities.size(); f++) {
            district[f] = districtOf(factory.createPoint(new Coordinate(facilities.get(f).lon(), facilities.get(f).lat())));
        }
        return district;
    }

    private int districtOf(Geometry polygon) {
        return districtOf(polygon.getFactory().createPoint(new InteriorPointArea(polygon).getInteriorPoint()));
    }

    private int districtOf(Point point) {
        int found = OUTSIDE;
        for (Object candidate : index.query(point.getEnvelopeInternal())) {
            int d = (Integer) candidate;
            if (prepared[d].covers(point) && (found == OUTSIDE || d < found)) {
                found = d;
            }
        }
        return found;
    }
}
