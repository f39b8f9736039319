package org.lifecircle.io.osm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.CategoryValues;
import org.lifecircle.model.Facility;
import org.locationtech.jts.geom.Point;

/**
 * Extracts life-circle facilities and residential areas from an OSM file in one pass.
 *
 * <p>Facilities ({@link OsmFacilityTags}) come from tagged nodes, closed ways and multipolygon
 * relations; a polygon becomes its interior point (always inside, unlike the centroid of an L-shaped
 * compound). Residential areas ({@link OsmResidentialTags}) come from closed ways and multipolygon
 * relations; at the end buildings are merged into the enclosures around them
 * ({@link ResidentialAreaCollector}). Entrances are gate and entrance nodes on an area's outline.
 *
 * <p>Memory: node coordinates as E7 ints, way node lists as coordinate slots (see {@link WayRefs}),
 * one bit per node for entrances; tag maps are never kept. Elements that cannot be used (open or
 * clipped ways, relations with members outside the extract) are listed in the report with the
 * reason, never dropped silently.
 */
public final class OsmFeatureExtractor implements OsmHandler {

    private final String source;
    private final NodeCoordinates coordinates = new NodeCoordinates();
    private final BitSet entranceSlots = new BitSet();
    private final WayRefs ways = new WayRefs();
    private final AreaGeometries geometries = new AreaGeometries(ways, coordinates);
    private final ResidentialAreaCollector areas;
    private final List<Facility> facilities = new ArrayList<>();
    private final List<String> repairedIds = new ArrayList<>();
    private final List<SkippedFeature> skipped = new ArrayList<>();
    private final OsmFacilityTags facilityTags;
    private OsmFeatures result;

    /**
     * @param source what facilities name as their source: the OSM file name
     * @param categories the category table, which says what category each OSM kind is
     */
    public OsmFeatureExtractor(String source, CategoryValues categories) {
        this.source = source;
        this.areas = new ResidentialAreaCollector(source);
        this.facilityTags = new OsmFacilityTags(categories);
    }

    /**
     * Reads the file (any format {@link OsmFiles} knows) and returns its facilities and areas.
     *
     * @throws org.lifecircle.model.InvalidInputException when the file cannot be read as OSM
     */
    public static OsmFeatures extract(Path osmFile, CategoryValues categories) {
        OsmFeatureExtractor extractor = new OsmFeatureExtractor(osmFile.getFileName().toString(), categories);
        OsmFiles.read(osmFile, extractor);
        return extractor.result();
    }

    @Override
    public void node(long id, double lon, double lat, Map<String, String> tags) {
        if (!coordinates.putFirst(id, lon, lat) || tags.isEmpty()) {
            return;   // a repeated id is ignored, as in the network (DuplicateNodes)
        }
        if (OsmResidentialTags.isEntrance(tags)) {
            entranceSlots.set(coordinates.slotOf(id));
        }
        facilityTags.classify(tags).ifPresent(kind -> facilities.add(facility("node/" + id, kind, tags, lon, lat)));
    }

    @Override
    public void way(long id, long[] nodeIds, Map<String, String> tags) {
        int way = ways.add(id, nodeIds, coordinates);
        if (tags.isEmpty()) {
            return;
        }
        Optional<FacilityKind> facility = facilityTags.classify(tags);
        Optional<String> residential = OsmResidentialTags.kindOf(tags);
        if (facility.isPresent() || residential.isPresent()) {
            AreaShape shape = geometries.closedWay(way);
            addFeatures("way/" + id, tags, facility, residential, shape, List.of(way));
        }
    }

    @Override
    public void relation(long id, List<OsmMember> members, Map<String, String> tags) {
        if (!"multipolygon".equals(tags.get("type"))) {
            return;
        }
        Optional<FacilityKind> facility = facilityTags.classify(tags);
        Optional<String> residential = OsmResidentialTags.kindOf(tags);
        if (facility.isPresent() || residential.isPresent()) {
            AreaShape shape = geometries.multipolygon(members);
            addFeatures("relation/" + id, tags, facility, residential, shape, outerWays(members));
        }
    }

    /** The extracted features; call after the file has been read. Buildings are merged on the first call. */
    public OsmFeatures result() {
        if (result == null) {
            ResidentialAreaCollector.Merged merged = areas.merge();
            OsmFeatureReport report = OsmFeatureReport.count(facilities, merged.areas(), merged.buildingsRead(),
                    merged.buildingsMerged(), repairedIds, skipped);
            result = new OsmFeatures(facilities, merged.areas(), report);
        }
        return result;
    }

    private void addFeatures(String osmId, Map<String, String> tags, Optional<FacilityKind> facility,
                             Optional<String> residential, AreaShape shape, List<Integer> outlineWays) {
        if (!shape.isBuilt()) {
            String feature = residential.orElseGet(() -> facility.get().category().id() + "/" + facility.get().subtype());
            skipped.add(new SkippedFeature(osmId, feature, shape.problem()));
            return;
        }
        if (shape.repaired()) {
            repairedIds.add(osmId);
        }
        if (facility.isPresent()) {
            Point inside = shape.polygon().getInteriorPoint();
            facilities.add(facility(osmId, facility.get(), tags, inside.getX(), inside.getY()));
        }
        if (residential.isPresent()) {
            areas.add(osmId, tags, residential.get(), shape.polygon(),
                    geometries.entrancesOn(outlineWays, entranceSlots));
        }
    }

    private Facility facility(String osmId, FacilityKind kind, Map<String, String> tags, double lon, double lat) {
        return new Facility(osmId, kind.category(), kind.subtype(), kind.tier(), OsmTagValues.displayName(tags),
                OsmTagValues.wholeNumber(tags.get("capacity")), lon, lat, source);
    }

    /** Outer (or role-less) member ways that are in the file, for finding entrances on the outline. */
    private List<Integer> outerWays(List<OsmMember> members) {
        List<Integer> outer = new ArrayList<>();
        for (OsmMember member : members) {
            boolean outerRole = member.role().isEmpty() || member.role().equals("outer");
            int way = member.type().equals("way") && outerRole ? ways.indexOf(member.ref()) : -1;
            if (way >= 0) {
                outer.add(way);
            }
        }
        return outer;
    }
}
