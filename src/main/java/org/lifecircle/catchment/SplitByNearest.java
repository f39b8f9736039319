package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a dissolved catchment between sources: each point of the map goes to the source whose
 * own network pieces (those it is the nearest source for) pass nearest to it. The nearest piece is
 * found through a Voronoi diagram of points sampled every {@code spacingMeters} along every
 * source's pieces, so the dividing lines are exact to about half the spacing; the parts do not
 * overlap and together make up the dissolved polygon.
 */
final class SplitByNearest {

    private final double spacingMeters;
    private final GeometryFactory factory;

    SplitByNearest(double spacingMeters, GeometryFactory factory) {
        this.spacingMeters = spacingMeters;
        this.factory = factory;
    }

    /**
     * @param dissolved the union of all sources' catchments, in the plane
     * @param perSource each source's pieces (null or empty for a source that reaches nothing)
     * @return each source's part of {@code dissolved}, empty where it has none
     */
    Geometry[] split(Geometry dissolved, PieceGraph[] perSource) {
        Map<Coordinate, Integer> siteSource = new HashMap<>();
        for (int s = 0; s < perSource.length; s++) {
            if (perSource[s] != null) {
                sample(perSource[s], s, siteSource);
            }
        }
        Geometry[] parts = new Geometry[perSource.length];
        Set<Integer> withSites = new HashSet<>(siteSource.values());
        if (withSites.size() <= 1 || dissolved.isEmpty()) {
            for (int s = 0; s < parts.length; s++) {
                parts[s] = withSites.contains(s) ? dissolved : factory.createPolygon();
            }
            return parts;
        }
        List<List<Geometry>> cells = cellsBySource(dissolved, siteSource, perSource.length);
        for (int s = 0; s < parts.length; s++) {
            parts[s] = cells.get(s).isEmpty() ? factory.createPolygon()
                    : OverlayNGRobust.overlay(dissolved, union(cells.get(s)), OverlayNG.INTERSECTION);
        }
        return parts;
    }

    private List<List<Geometry>> cellsBySource(Geometry dissolved, Map<Coordinate, Integer> siteSource, int sources) {
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(new ArrayList<>(siteSource.keySet()));
        Envelope clip = new Envelope(dissolved.getEnvelopeInternal());
        clip.expandBy(spacingMeters + 1);
        voronoi.setClipEnvelope(clip);
        Geometry diagram = voronoi.getDiagram(factory);
        List<List<Geometry>> cells = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            cells.add(new ArrayList<>());
        }
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Integer source = siteSource.get((Coordinate) cell.getUserData());
            if (source != null) {
                cells.get(source).add(cell);
            }
        }
        return cells;
    }

    /** Voronoi cells share their edges exactly, so the fast coverage union applies; else the general one. */
    private Geometry union(List<Geometry> cells) {
        Geometry[] array = cells.toArray(Geometry[]::new);
        try {
            return CoverageUnion.union(array);
        } catch (TopologyException | IllegalArgumentException e) {
            return OverlayNGRobust.union(factory.buildGeometry(cells));
        }
    }

    /** Points every spacing along each piece, starting half a spacing in (never on a shared node). */
    private void sample(PieceGraph pieces, int source, Map<Coordinate, Integer> siteSource) {
        for (int p = 0; p < pieces.pieceCount(); p++) {
            double length = 0;
            for (int i = pieces.firstPoint(p) + 1; i < pieces.endPoint(p); i++) {
                length += Math.hypot(pieces.x(i) - pieces.x(i - 1), pieces.y(i) - pieces.y(i - 1));
            }
            int count = Math.max(1, (int) Math.round(length / spacingMeters));
            double step = length / count;
            double next = step / 2;
            double walked = 0;
            for (int i = pieces.firstPoint(p) + 1; i < pieces.endPoint(p) && next < length; i++) {
                double segment = Math.hypot(pieces.x(i) - pieces.x(i - 1), pieces.y(i) - pieces.y(i - 1));
                while (next <= walked + segment && next < length) {
                    double t = segment == 0 ? 0 : (next - walked) / segment;
                    Coordinate site = new Coordinate(pieces.x(i - 1) + t * (pieces.x(i) - pieces.x(i - 1)),
                            pieces.y(i - 1) + t * (pieces.y(i) - pieces.y(i - 1)));
                    siteSource.putIfAbsent(site, source);
                    next += step;
                }
                walked += segment;
            }
        }
    }
}
