package org.lifecircle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.lifecircle.coverage.AccessPointSampler;
import org.lifecircle.coverage.AreaAccess;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Facilities and residential areas placed on a graph for the supply benchmark, from a seed:
 * uniform points in a square centred on the graph; each area a 60 m square compound sampled and
 * snapped as a coverage run does (access points every 50 m of outline and the interior point,
 * 300 m snapping limit), each facility a point snapped to its nearest walkable edge. Residents
 * of the demand group 20-120 per area (fractional, as estimates are), places 100-599 per
 * facility: about 1.75 million places for 2.1 million residents at 30,000 areas, so places run
 * short and facilities compete (the hard case for the assignment).
 *
 * @param squareMeters side of the square the points are drawn in
 * @param snapMillis time to sample and snap the areas' access points and snap the facilities
 *                   (done once per dataset, not part of the timed pipeline)
 */
record SupplyPlacement(double squareMeters, List<Optional<Snap>> facilities, AreaAccess access, double[] residents,
                       int[] places, int snappedFacilities, double snapMillis) {

    private static final double AREA_SIDE_METERS = 60;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    static SupplyPlacement place(WalkingGraph graph, int facilityCount, int areaCount, double squareMeters, long seed) {
        long start = System.nanoTime();
        double[] centre = centreLonLat(graph);
        LocalPlane plane = new LocalPlane(centre[1]);
        Random random = new Random(seed);
        List<ResidentialArea> areas = new ArrayList<>(areaCount);
        double[] residents = new double[areaCount];
        for (int a = 0; a < areaCount; a++) {
            double east = (random.nextDouble() - 0.5) * squareMeters;
            double north = (random.nextDouble() - 0.5) * squareMeters;
            residents[a] = 20 + 100 * random.nextDouble();
            areas.add(compound("A" + a, centre, plane, east, north, residents[a]));
        }
        Snapper snapper = new Snapper(graph, Snapper.DEFAULT_MAX_SNAP_METERS);
        List<Optional<Snap>> facilities = new ArrayList<>(facilityCount);
        int[] places = new int[facilityCount];
        int snapped = 0;
        for (int f = 0; f < facilityCount; f++) {
            double lon = centre[0] + (random.nextDouble() - 0.5) * squareMeters / plane.metersPerDegreeLon();
            double lat = centre[1] + (random.nextDouble() - 0.5) * squareMeters / plane.metersPerDegreeLat();
            places[f] = 100 + random.nextInt(500);
            facilities.add(snapper.findSnap(lon, lat));
            snapped += facilities.get(f).isPresent() ? 1 : 0;
        }
        AreaAccess access = AreaAccess.of(graph, areas, Snapper.DEFAULT_MAX_SNAP_METERS,
                AccessPointSampler.DEFAULT_SPACING_METERS);
        return new SupplyPlacement(squareMeters, facilities, access, residents, places, snapped,
                Measurements.millisSince(start));
    }

    /** The middle of the graph's {@link #boundsLonLat core box}. */
    static double[] centreLonLat(WalkingGraph graph) {
        double[] box = boundsLonLat(graph);
        return new double[] {(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
    }

    /**
     * {min lon, min lat, max lon, max lat} of the graph's core: the 5th and 95th percentiles of its
     * nodes' longitudes and latitudes. Why not the full box: an extract keeps a few long ways far
     * out (Heidelberg's box spans 7.71 to 9.10 E, 100 km, for a city 15 km across, and its centre
     * falls 20 km west of the town, where nothing snaps).
     */
    static double[] boundsLonLat(WalkingGraph graph) {
        double[] lons = new double[graph.nodeCount()];
        double[] lats = new double[graph.nodeCount()];
        for (int n = 0; n < lons.length; n++) {
            lons[n] = graph.nodeLon(n);
            lats[n] = graph.nodeLat(n);
        }
        java.util.Arrays.sort(lons);
        java.util.Arrays.sort(lats);
        int low = (int) (0.05 * (lons.length - 1));
        int high = (int) Math.ceil(0.95 * (lons.length - 1));
        return new double[] {lons[low], lats[low], lons[high], lats[high]};
    }

    private static ResidentialArea compound(String id, double[] centre, LocalPlane plane, double east, double north,
                                            double residents) {
        double half = AREA_SIDE_METERS / 2;
        Coordinate[] ring = new Coordinate[5];
        double[][] corners = {{-half, -half}, {half, -half}, {half, half}, {-half, half}, {-half, -half}};
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(centre[0] + (east + corners[i][0]) / plane.metersPerDegreeLon(),
                    centre[1] + (north + corners[i][1]) / plane.metersPerDegreeLat());
        }
        return new ResidentialArea(id, id, "bench", GEOMETRY.createPolygon(ring),
                new Population(residents, Population.Source.ATTRIBUTE), List.of(), Double.NaN);
    }

    int accessPoints() {
        int points = 0;
        for (int a = 0; a < access.areaCount(); a++) {
            points += access.of(a).size();
        }
        return points;
    }

    long placesInAll() {
        long sum = 0;
        for (int p : places) {
            sum += p;
        }
        return sum;
    }
}
