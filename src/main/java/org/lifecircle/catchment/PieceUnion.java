package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * How the reached pieces become one polygon: all three give the set of points within the lateral
 * offset of some piece (up to the buffer's arc approximation); they differ in speed. Measured on
 * Heidelberg at 1,000 m (about 2,000 pieces a facility, see bench/results/catchments.md):
 * {@link #THIN_OUTLINE} is the default; the other two are kept as the straightforward references.
 */
public enum PieceUnion {

    /** Buffer of the pieces' thin outline polygon ({@link ThinOutline}): fast, the default. */
    THIN_OUTLINE {
        @Override
        Geometry buffer(PieceGraph pieces, BufferSettings settings) {
            double rest = settings.offsetMeters() - ThinOutline.HALF_WIDTH_METERS;
            ThinOutline.Rings rings = new ThinOutline(pieces).rings(settings.factory(), 2 * rest);
            return OutlineBuffer.buffer(rings, rest, settings);
        }
    },

    /** One JTS buffer of all pieces as a MultiLineString. */
    LINE_BUFFER {
        @Override
        Geometry buffer(PieceGraph pieces, BufferSettings settings) {
            return BufferOp.bufferOp(pieces.toLines(settings.factory()), settings.offsetMeters(), settings.parameters());
        }
    },

    /** One JTS buffer per piece, then a cascaded union of the buffers. */
    CASCADED_PIECE_BUFFERS {
        @Override
        Geometry buffer(PieceGraph pieces, BufferSettings settings) {
            Geometry lines = pieces.toLines(settings.factory());
            List<Geometry> buffers = new ArrayList<>(lines.getNumGeometries());
            for (int i = 0; i < lines.getNumGeometries(); i++) {
                buffers.add(BufferOp.bufferOp(lines.getGeometryN(i), settings.offsetMeters(), settings.parameters()));
            }
            Geometry union = CascadedPolygonUnion.union(buffers);
            return union == null ? settings.factory().createPolygon() : union;
        }
    };

    /** The points within the offset of the pieces, in the pieces' plane; empty without pieces. */
    Geometry polygon(PieceGraph pieces, BufferSettings settings) {
        return pieces.isEmpty() ? settings.factory().createPolygon() : buffer(pieces, settings);
    }

    abstract Geometry buffer(PieceGraph pieces, BufferSettings settings);
}
