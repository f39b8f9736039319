package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Catchment polygons built from what the network search reached, not from straight-line circles:
 * the reached edge pieces (exact partial edges) and each facility's walk to the network, widened
 * by a lateral offset (the reach from the path to a door, default 40 m) in a metric plane and
 * merged. Block interiors farther than the offset from every reached piece stay holes.
 *
 * <ul>
 *   <li>{@link CatchmentForm#DISSOLVE}: one multi-source search seeded with every source; one polygon
 *       per band.</li>
 *   <li>{@link CatchmentForm#OVERLAP}: each source's own reach, which a multi-source search cannot
 *       give (it keeps only the nearest source of each node): one bounded single-source search per
 *       source, run in parallel. Each costs about as much as its polygon's pieces, not the graph.</li>
 *   <li>{@link CatchmentForm#SPLIT}: the multi-source search's nearest source of every point of the
 *       network ({@link NearestPieces}: an edge reached from two sources is split where their
 *       distances meet); the dissolved polygon is divided by nearest piece ({@link SplitByNearest}).</li>
 * </ul>
 *
 * <p>Bands are nested: the polygon of a 10-minute band is the whole catchment within that limit,
 * the 5-minute area included (as Esri's "disks"); rings are the difference of consecutive bands.
 * Built with the network and the sources, configured, then {@link #run()} once.
 */
public final class CatchmentPolygons {

    public static final double DEFAULT_LATERAL_OFFSET_METERS = 40;
    /** Segments per quarter circle of the buffer's round ends: at 40 m, within 0.2 m of the true arc. */
    public static final int DEFAULT_QUADRANT_SEGMENTS = 8;
    /** Spacing of the sample points that divide a split polygon. */
    public static final double SPLIT_SPACING_METERS = 5;

    private final PlanarNetwork network;
    private final List<CatchmentSource> sources;
    private final GeometryFactory factory = new GeometryFactory();
    private CatchmentForm form = CatchmentForm.DISSOLVE;
    private double[] bandsMeters = {1000};
    private double lateralOffsetMeters = DEFAULT_LATERAL_OFFSET_METERS;
    private PieceUnion union = PieceUnion.THIN_OUTLINE;
    private boolean parallel = true;

    public CatchmentPolygons(PlanarNetwork network, List<CatchmentSource> sources) {
        this.network = network;
        this.sources = List.copyOf(sources);
    }

    public CatchmentPolygons form(CatchmentForm value) {
        this.form = value;
        return this;
    }

    /** One band: the catchment within this walking distance. */
    public CatchmentPolygons maxWalkMeters(double meters) {
        return bandsMeters(List.of(meters));
    }

    /** Nested bands, e.g. 5/10/15 minutes as metres at a walking speed; the largest is the search limit. */
    public CatchmentPolygons bandsMeters(List<Double> meters) {
        if (meters.isEmpty()) {
            throw new InvalidInputException("give at least one walking distance for the catchment bands");
        }
        double[] sorted = meters.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        if (!(sorted[0] > 0) || Double.isInfinite(sorted[sorted.length - 1])) {
            throw new InvalidInputException("catchment bands must be positive walking distances, got " + meters);
        }
        this.bandsMeters = sorted;
        return this;
    }

    /** The reach from a path to a door on either side, in metres (default 40). */
    public CatchmentPolygons lateralOffsetMeters(double meters) {
        if (!(meters > ThinOutline.HALF_WIDTH_METERS) || Double.isInfinite(meters)) {
            throw new InvalidInputException("lateral offset must be a positive number of metres, got " + meters);
        }
        this.lateralOffsetMeters = meters;
        return this;
    }

    /** How pieces are merged; the default is the fast one, the others are references. */
    public CatchmentPolygons union(PieceUnion value) {
        this.union = value;
        return this;
    }

    /** Whether per-source polygons are built on all processors (default) or on the calling thread. */
    public CatchmentPolygons parallel(boolean value) {
        this.parallel = value;
        return this;
    }

    /** The polygons: per source (or once, dissolved), per band in increasing distance. */
    public List<CatchmentPolygon> run() {
        return switch (form) {
            case DISSOLVE -> dissolve();
            case OVERLAP -> overlap();
            case SPLIT -> split();
        };
    }

    private double searchLimitMeters() {
        return bandsMeters[bandsMeters.length - 1];
    }

    private SearchResult search(List<CatchmentSource> from) {
        List<Snap> snaps = from.stream().map(CatchmentSource::snap).toList();
        return new MultiSourceSearch(network.graph(), snaps).maxWalkMeters(searchLimitMeters())
                .countSnapDistance(true).run();
    }

    private List<CatchmentPolygon> dissolve() {
        SearchResult search = search(sources);
        int[] edges = ReachedEdges.of(search);
        List<CatchmentPolygon> polygons = new ArrayList<>();
        for (double band : bandsMeters) {
            polygons.add(polygon(CatchmentForm.DISSOLVE, -1, band, reachedPieces(search, edges, band, sources)));
        }
        return polygons;
    }

    private List<CatchmentPolygon> overlap() {
        IntStream indexes = IntStream.range(0, sources.size());
        List<List<CatchmentPolygon>> perSource = (parallel ? indexes.parallel() : indexes)
                .mapToObj(this::ownCatchment).toList();
        List<CatchmentPolygon> polygons = new ArrayList<>();
        perSource.forEach(polygons::addAll);
        return polygons;
    }

    /** One source's polygons from its own bounded search. */
    private List<CatchmentPolygon> ownCatchment(int source) {
        List<CatchmentSource> own = List.of(sources.get(source));
        SearchResult search = search(own);
        int[] edges = ReachedEdges.of(search);
        List<CatchmentPolygon> polygons = new ArrayList<>(bandsMeters.length);
        for (double band : bandsMeters) {
            polygons.add(polygon(CatchmentForm.OVERLAP, source, band, reachedPieces(search, edges, band, own)));
        }
        return polygons;
    }

    private List<CatchmentPolygon> split() {
        SearchResult search = search(sources);
        int[] edges = ReachedEdges.of(search);
        List<CatchmentPolygon> polygons = new ArrayList<>();
        for (double band : bandsMeters) {
            Geometry dissolved = union.polygon(reachedPieces(search, edges, band, sources), bufferSettings());
            Geometry[] parts = new SplitByNearest(SPLIT_SPACING_METERS, factory)
                    .split(dissolved, nearestPieces(search, edges, band));
            for (int s = 0; s < parts.length; s++) {
                polygons.add(result(CatchmentForm.SPLIT, s, band, parts[s]));
            }
        }
        polygons.sort((a, b) -> a.source() != b.source() ? Integer.compare(a.source(), b.source())
                : Double.compare(a.maxWalkMeters(), b.maxWalkMeters()));
        return polygons;
    }

    /** All reached pieces within a limit, with the walks of the sources that start within it. */
    private PieceGraph reachedPieces(SearchResult search, int[] edges, double limit, List<CatchmentSource> from) {
        PieceCollector collector = new PieceCollector(network);
        for (int edge : edges) {
            collector.addParts(edge, search.reachedPieces(edge, limit));
        }
        for (CatchmentSource source : from) {
            if (source.snap().snapDistanceMeters() <= limit) {
                collector.addWalkToNetwork(source);
            }
        }
        return collector.pieces();
    }

    /** Each source's pieces (those it is the nearest source for) within a limit. */
    private PieceGraph[] nearestPieces(SearchResult search, int[] edges, double limit) {
        PieceCollector[] collectors = new PieceCollector[sources.size()];
        for (int edge : edges) {
            for (NearestPieces.Piece piece : NearestPieces.of(search, edge, limit)) {
                if (collectors[piece.source()] == null) {
                    collectors[piece.source()] = new PieceCollector(network);
                }
                collectors[piece.source()].addPart(edge, piece.startMeters(), piece.endMeters());
            }
        }
        PieceGraph[] pieces = new PieceGraph[sources.size()];
        for (int s = 0; s < pieces.length; s++) {
            if (collectors[s] != null) {
                if (sources.get(s).snap().snapDistanceMeters() <= limit) {
                    collectors[s].addWalkToNetwork(sources.get(s));
                }
                pieces[s] = collectors[s].pieces();
            }
        }
        return pieces;
    }

    private CatchmentPolygon polygon(CatchmentForm kind, int source, double band, PieceGraph pieces) {
        return result(kind, source, band, union.polygon(pieces, bufferSettings()));
    }

    private CatchmentPolygon result(CatchmentForm kind, int source, double band, Geometry planar) {
        Geometry lonLat = new PlaneToLonLat(network.plane()).apply(planar);
        return new CatchmentPolygon(kind, source, band, lonLat, planar.getArea());
    }

    private BufferSettings bufferSettings() {
        return new BufferSettings(lateralOffsetMeters, new BufferParameters(DEFAULT_QUADRANT_SEGMENTS), factory,
                network.faceCores());
    }
}
