package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Buffers a thin outline ({@link ThinOutline.Rings}) by the rest of the lateral offset: the shells
 * alone, then minus the core of every hole (the part of a face farther than the offset from its
 * boundary). This equals buffering the polygon with its holes, because a point inside a face is
 * nearer to the face's own boundary than to anything outside it; it is faster, because JTS
 * locates the depth of every separate offset curve against all the others, and each surviving
 * hole's inward curve is one more. A face too small to have a core (under pi r^2, or narrower
 * than 2r) is skipped without any geometry work.
 */
final class OutlineBuffer {

    private OutlineBuffer() {
    }

    static Geometry buffer(ThinOutline.Rings rings, double distanceMeters, BufferSettings settings) {
        GeometryFactory factory = settings.factory();
        BufferParameters parameters = settings.parameters();
        Geometry shells = factory.createMultiPolygon(rings.shells().toArray(Polygon[]::new));
        Geometry result = BufferOp.bufferOp(shells, distanceMeters, parameters);
        List<Geometry> cores = new ArrayList<>();
        BitSet nested = new BitSet();
        for (int h = 0; h < rings.holes().size(); h++) {
            Polygon hole = rings.holes().get(h);
            if (hole.getArea() < Math.PI * distanceMeters * distanceMeters) {
                continue;
            }
            Geometry core = settings.faceCores().core(hole, distanceMeters, parameters);
            if (core.isEmpty()) {
                continue;
            }
            for (int i = 0; i < core.getNumGeometries(); i++) {
                cores.add(core.getGeometryN(i));
            }
            markNested(rings, h, nested);
        }
        if (!cores.isEmpty()) {
            result = OverlayNGRobust.overlay(result, factory.buildGeometry(cores), OverlayNG.DIFFERENCE);
        }
        if (!nested.isEmpty()) {
            result = OverlayNGRobust.overlay(result, nestedBuffer(rings, nested, distanceMeters, parameters, factory),
                    OverlayNG.UNION);
        }
        return result;
    }

    /**
     * Marks the parts lying inside a hole of another part (a separate network inside a block): the
     * hole's core was cut out, so their own buffers are added back afterwards.
     */
    private static void markNested(ThinOutline.Rings rings, int hole, BitSet nested) {
        if (rings.partPoints().length == 1) {
            return;
        }
        Polygon polygon = rings.holes().get(hole);
        for (int part = 0; part < rings.partPoints().length; part++) {
            if (part != rings.holePart()[hole] && polygon.getEnvelopeInternal().covers(rings.partPoints()[part])
                    && PointLocation.locateInRing(rings.partPoints()[part],
                    polygon.getExteriorRing().getCoordinates()) != Location.EXTERIOR) {
                nested.set(part);
            }
        }
    }

    private static Geometry nestedBuffer(ThinOutline.Rings rings, BitSet nested, double distanceMeters,
                                         BufferParameters parameters, GeometryFactory factory) {
        List<Polygon> shells = new ArrayList<>();
        nested.stream().forEach(part -> shells.add(rings.shells().get(part)));
        return BufferOp.bufferOp(factory.createMultiPolygon(shells.toArray(Polygon[]::new)), distanceMeters,
                parameters);
    }
}
