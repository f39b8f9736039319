package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** Areas and facilities of a session by bounding box, for viewport requests. */
final class SpatialIndex {

    private final STRtree areaTree = new STRtree();
    private final STRtree facilityTree = new STRtree();
    private final List<ResidentialArea> areas;

    SpatialIndex(List<ResidentialArea> areas, List<Facility> facilities) {
        this.areas = areas;
        for (int a = 0; a < areas.size(); a++) {
            areaTree.insert(areas.get(a).polygon().getEnvelopeInternal(), a);
        }
        for (int f = 0; f < facilities.size(); f++) {
            Facility facility = facilities.get(f);
            facilityTree.insert(new Envelope(facility.lon(), facility.lon(), facility.lat(), facility.lat()), f);
        }
        areaTree.build();
        facilityTree.build();
    }

    /** Indexes of the areas whose outline intersects the box, ascending. */
    List<Integer> areasIn(LonLatBounds box) {
        Envelope envelope = envelope(box);
        List<Integer> found = new ArrayList<>();
        for (Object item : areaTree.query(envelope)) {
            int a = (Integer) item;
            if (areas.get(a).polygon().getEnvelopeInternal().intersects(envelope)) {
                found.add(a);
            }
        }
        found.sort(Integer::compare);
        return found;
    }

    /** Indexes of the facilities inside the box, ascending. */
    List<Integer> facilitiesIn(LonLatBounds box) {
        List<Integer> found = new ArrayList<>();
        for (Object item : facilityTree.query(envelope(box))) {
            found.add((Integer) item);
        }
        found.sort(Integer::compare);
        return found;
    }

    private static Envelope envelope(LonLatBounds box) {
        return new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat());
    }
}
