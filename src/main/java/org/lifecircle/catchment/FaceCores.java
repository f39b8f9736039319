package org.lifecircle.catchment;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The cores of faces (the part of a face farther than the offset from its boundary), remembered
 * per network: a block inside many overlapping catchments has the same ring in each of them
 * (rings are traced from the same segments, bit for bit), so its core is computed once. Thread-safe;
 * stops remembering beyond {@value #MAX_ENTRIES} faces.
 */
final class FaceCores {

    private static final int MAX_ENTRIES = 200_000;

    private final Map<RingKey, Geometry> cores = new ConcurrentHashMap<>();

    /** A face ring and the offset, compared by value. */
    private record RingKey(double distanceMeters, double[] xy) {
        @Override
        public boolean equals(Object other) {
            return other instanceof RingKey that && distanceMeters == that.distanceMeters && Arrays.equals(xy, that.xy);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(distanceMeters) + Arrays.hashCode(xy);
        }
    }

    /** The face's core at the distance (maybe empty), computed or remembered. */
    Geometry core(Polygon face, double distanceMeters, BufferParameters parameters) {
        RingKey key = new RingKey(distanceMeters, ordinates(face));
        Geometry known = cores.get(key);
        if (known != null) {
            return known;
        }
        Geometry core = BufferOp.bufferOp(face, -distanceMeters, parameters);
        if (cores.size() < MAX_ENTRIES) {
            cores.put(key, core);
        }
        return core;
    }

    private static double[] ordinates(Polygon face) {
        CoordinateSequence sequence = face.getExteriorRing().getCoordinateSequence();
        double[] xy = new double[2 * sequence.size()];
        for (int i = 0; i < sequence.size(); i++) {
            xy[2 * i] = sequence.getX(i);
            xy[2 * i + 1] = sequence.getY(i);
        }
        return xy;
    }
}
