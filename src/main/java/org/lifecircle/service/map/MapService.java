package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.RuleScope;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.NotFoundException;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.results.RunLayers;
import org.lifecircle.results.UnitLayers;
import org.lifecircle.service.map.MapViews.DatasetInfo;
import org.lifecircle.service.map.MapViews.DatasetSummary;
import org.lifecircle.service.map.MapViews.DistrictBoundary;
import org.lifecircle.service.map.MapViews.EdgeView;
import org.lifecircle.units.UnitLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What the gap map reads: datasets, areas with coverage, facilities and the network by viewport.
 * Datasets are loaded once and kept as sessions until their version changes.
 */
public final class MapService {

    /** Walking speed for minute thresholds when a rule gives none (adults, 1.1 m/s). */
    public static final double DEFAULT_SPEED_METERS_PER_SECOND = 1.1;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int DETAILED_NETWORK_ZOOM = 14;
    private static final long VERSION_CHECK_NANOS = 1_000_000_000L;
    private static final int MAX_EDGES = 50_000;
    private static final java.util.Set<String> MINOR_WAYS = java.util.Set.of("footway", "path", "service", "steps",
            "track", "cycleway", "pedestrian");

    private final DatasetSource source;
    private final PolicyProfile profile;
    private final Map<String, DatasetSession> sessions = new ConcurrentHashMap<>();

    /** @param profile the policy profile's name or YAML file, as for {@code coverage --profile} */
    public MapService(DatasetSource source, String profile) {
        this.source = source;
        this.profile = ProfileFiles.load(profile);
    }

    public List<DatasetSummary> datasets() {
        List<DatasetSummary> out = new ArrayList<>();
        for (String name : source.names()) {
            LoadedDataset d = session(name).dataset();
            out.add(new DatasetSummary(name, d.areas().size(), d.facilities().size(), d.districts().size()));
        }
        return out;
    }

    public DatasetInfo info(String name) {
        DatasetSession session = session(name);
        LonLatBounds b = session.dataset().graph().edgeIndex().bounds();
        return new DatasetInfo(name, new double[] {b.minLon(), b.minLat(), b.maxLon(), b.maxLat()},
                Views.profile(profile), DEFAULT_SPEED_METERS_PER_SECOND,
                session.dataset().units().levels().stream().map(UnitLevel::id).toList(), source.sourceFiles(name));
    }

    /**
     * Areas intersecting the box: the run layer's features (coverage.csv's fields), outlines
     * simplified for the zoom.
     */
    public Layer areas(String name, LonLatBounds box, int zoom, OptionalDouble maxWalkMeters) {
        DatasetSession session = session(name);
        Layer areas = session.layers(session.coverage(maxWalkMeters)).areas();
        return areas.select(session.index().areasIn(box), a -> session.outline(a, zoom));
    }

    /** Facilities in the box, of one category or all: the facilities layer's features. */
    public Layer facilities(String name, LonLatBounds box, Optional<Category> category) {
        DatasetSession session = session(name);
        Optional<RuleScope> scope = category.map(c -> profile.getRule(c).scope());
        Layer facilities = session.layers(session.coverage(OptionalDouble.empty())).facilities();
        List<Integer> chosen = new ArrayList<>();
        for (int f : session.index().facilitiesIn(box)) {
            if (scope.isEmpty() || scope.get().counts(session.dataset().facilities().get(f))) {
                chosen.add(f);
            }
        }
        return facilities.select(chosen, f -> facilities.features().get(f).lonLat());
    }

    /** Walkable edges near the box; below zoom 14 only streets, not footpaths and service roads. */
    public List<EdgeView> network(String name, LonLatBounds box, int zoom) {
        WalkingGraph graph = session(name).dataset().graph();
        List<EdgeView> out = new ArrayList<>();
        graph.edgeIndex().forEachEdgeNear(box, edge -> {
            String highway = graph.edgeHighway(edge);
            if ((zoom >= DETAILED_NETWORK_ZOOM || !MINOR_WAYS.contains(highway)) && out.size() < MAX_EDGES) {
                double[] lonLat = graph.edgeLonLat(edge);
                Coordinate[] line = new Coordinate[lonLat.length / 2];
                for (int i = 0; i < line.length; i++) {
                    line[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
                }
                out.add(new EdgeView(highway, Simplify.forZoom(GEOMETRY.createLineString(line), zoom)));
            }
        });
        return out;
    }

    /**
     * Each district's coverage of one category against the profile's target: the district rows
     * layer's fields (districts.csv's), with each district's bounding box.
     */
    public List<Map<String, Object>> districts(String name, Category category, OptionalDouble maxWalkMeters) {
        DatasetSession session = session(name);
        profile.getRule(category);
        CoverageResult result = session.coverage(maxWalkMeters);
        return districtRows(session, session.layers(result), category);
    }

    static List<Map<String, Object>> districtRows(DatasetSession session, RunLayers layers, Category category) {
        Layer rows = layers.districtRows();
        int categoryField = rows.getField("category");
        int codeField = rows.getField("district_code");
        List<Map<String, Object>> out = new ArrayList<>();
        for (LayerFeature row : rows.features()) {
            if (category.id().equals(row.value(categoryField))) {
                Map<String, Object> values = Views.values(rows, row);
                values.put("bbox", Views.bbox(session.assignment(), (String) row.value(codeField)));
                out.add(values);
            }
        }
        return out;
    }

    /**
     * The units of one level with their figures (units.csv's fields, every category), outlines
     * simplified for the zoom; a {@link NotFoundException} when the dataset has no units of that level.
     */
    public Layer units(String name, UnitLevel level, int zoom, OptionalDouble maxWalkMeters) {
        DatasetSession session = levelSession(name, level);
        Layer units = session.unitLayers(session.coverage(maxWalkMeters)).units();
        List<Integer> chosen = rowsOfLevel(units, level);
        return units.select(chosen, u -> Simplify.forZoom(units.features().get(u).lonLat(), zoom));
    }

    /** The tier checks of one level's units (tiers.csv's rows), every category; not found like {@link #units}. */
    public List<Map<String, Object>> tiers(String name, UnitLevel level, OptionalDouble maxWalkMeters) {
        DatasetSession session = levelSession(name, level);
        Layer tiers = session.unitLayers(session.coverage(maxWalkMeters)).tiers();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int row : rowsOfLevel(tiers, level)) {
            out.add(Views.values(tiers, tiers.features().get(row)));
        }
        return out;
    }

    private DatasetSession levelSession(String name, UnitLevel level) {
        DatasetSession session = session(name);
        if (!session.dataset().units().levels().contains(level)) {
            throw new NotFoundException("dataset '" + name + "' has no " + level.id() + " units (it has: "
                    + (session.dataset().units().isEmpty() ? "none" : session.dataset().units().levels().stream()
                    .map(UnitLevel::id).collect(java.util.stream.Collectors.joining(", "))) + ")");
        }
        return session;
    }

    private static List<Integer> rowsOfLevel(Layer layer, UnitLevel level) {
        int field = layer.getField("level");
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < layer.features().size(); i++) {
            if (level.id().equals(layer.features().get(i).value(field))) {
                rows.add(i);
            }
        }
        return rows;
    }

    public List<DistrictBoundary> boundaries(String name, int zoom) {
        List<DistrictBoundary> out = new ArrayList<>();
        for (District d : session(name).dataset().districts()) {
            out.add(new DistrictBoundary(d.code(), d.name(), Simplify.forZoom(d.boundary(), zoom)));
        }
        return out;
    }

    /** What the map shows for a dataset at a threshold: the graph, the coverage, the district figures and the unit layers. */
    public record Snapshot(WalkingGraph graph, CoverageResult result, org.lifecircle.coverage.DistrictAssignment assignment,
                           List<DistrictCoverage> districtRows, RunLayers layers, UnitLayers unitLayers) {
    }

    public Snapshot snapshot(String name, OptionalDouble maxWalkMeters) {
        DatasetSession session = session(name);
        CoverageResult result = session.coverage(maxWalkMeters);
        return new Snapshot(session.dataset().graph(), result, session.assignment(), session.districtRows(result),
                session.layers(result), session.unitLayers(result));
    }

    /**
     * The dataset's session. Whether the dataset was re-imported is asked of the source at most
     * once a second per dataset: the map asks for every viewport, the store need not answer each time.
     */
    DatasetSession session(String name) {
        DatasetSession current = sessions.get(name);
        long now = System.nanoTime();
        if (current != null && now - current.checkedAtNanos() < VERSION_CHECK_NANOS) {
            return current;
        }
        Optional<String> version = source.findVersion(name);
        if (version.isEmpty()) {
            sessions.remove(name);
            throw new NotFoundException("no dataset named '" + name + "'");
        }
        if (current != null && current.dataset().version().equals(version.get())) {
            current.checkedAt(now);
            return current;
        }
        LoadedDataset loaded = source.find(name).orElseThrow(() -> new NotFoundException("no dataset named '" + name + "'"));
        DatasetSession fresh = new DatasetSession(loaded, profile);
        fresh.checkedAt(now);
        sessions.put(name, fresh);
        return fresh;
    }
}
