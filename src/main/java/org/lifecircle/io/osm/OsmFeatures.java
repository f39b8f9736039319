package org.lifecircle.io.osm;

import java.util.List;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/** Facilities and residential areas extracted from one OSM file, in WGS84, with what was counted and left out. */
public record OsmFeatures(List<Facility> facilities, List<ResidentialArea> areas, OsmFeatureReport report) {

    public OsmFeatures {
        facilities = List.copyOf(facilities);
        areas = List.copyOf(areas);
    }
}
