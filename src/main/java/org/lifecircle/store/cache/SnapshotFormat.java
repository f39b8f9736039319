package org.lifecircle.store.cache;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.lifecircle.store.NetworkRows;
import org.lifecircle.store.NetworkSink;

/**
 * The graph snapshot file: big-endian, {@code LCGRAPH} and a format number, the version id,
 * counts, the highway values, then per node (osm id, lon/lat as 1e-7 degree ints, component) and
 * per edge (from, to, length as double, way id, highway index, interior vertices as 1e-7 degree
 * ints), and last the CRC-32 of everything before it. About 25 bytes a node and 30 an edge plus
 * 8 a shape point.
 */
final class SnapshotFormat {

    private static final byte[] MAGIC = {'L', 'C', 'G', 'R', 'A', 'P', 'H'};
    /** Raise when the layout changes: older files are then ignored and rebuilt. */
    private static final byte FORMAT = 1;
    private static final double E7 = 1e7;

    private SnapshotFormat() {
    }

    /** Writes the file; false when a coordinate is not on the 1e-7 degree grid. */
    static boolean write(Path file, String versionId, NetworkRows network) throws IOException {
        CRC32 crc = new CRC32();
        try (OutputStream raw = Files.newOutputStream(file);
             CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc);
             DataOutputStream out = new DataOutputStream(checked)) {
            out.write(MAGIC);
            out.writeByte(FORMAT);
            out.writeUTF(versionId);
            out.writeInt(network.nodeCount());
            out.writeInt(network.edgeCount());
            Map<String, Integer> highways = highways(network, out);
            for (int n = 0; n < network.nodeCount(); n++) {
                out.writeLong(network.nodeOsmId(n));
                if (!writeE7(out, network.nodeLon(n)) || !writeE7(out, network.nodeLat(n))) {
                    return false;
                }
                out.writeInt(network.nodeComponent(n));
            }
            for (int e = 0; e < network.edgeCount(); e++) {
                if (!writeEdge(out, network, e, highways)) {
                    return false;
                }
            }
            out.flush();
            out.writeInt((int) crc.getValue());
        }
        return true;
    }

    private static Map<String, Integer> highways(NetworkRows network, DataOutputStream out) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (int e = 0; e < network.edgeCount(); e++) {
            index.computeIfAbsent(network.edgeHighway(e), h -> {
                values.add(h);
                return values.size() - 1;
            });
        }
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
        return index;
    }

    private static boolean writeEdge(DataOutputStream out, NetworkRows network, int e, Map<String, Integer> highways)
            throws IOException {
        out.writeInt(network.edgeFrom(e));
        out.writeInt(network.edgeTo(e));
        out.writeDouble(network.edgeLengthMeters(e));
        out.writeLong(network.edgeOsmWayId(e));
        out.writeInt(highways.get(network.edgeHighway(e)));
        double[] lonLat = network.edgeLonLat(e);
        out.writeInt(lonLat.length / 2 - 2);
        for (int i = 2; i + 2 < lonLat.length; i++) {
            if (!writeE7(out, lonLat[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean writeE7(DataOutputStream out, double degrees) throws IOException {
        int units = (int) Math.round(degrees * E7);
        out.writeInt(units);
        return units / E7 == degrees;
    }

    /**
     * What is wrong with the bytes as a snapshot of this version in this format, in a few words;
     * empty when they are a complete one.
     */
    static Optional<String> defect(byte[] bytes, String versionId) {
        if (bytes.length < MAGIC.length + 1 + 4) {
            return Optional.of("truncated to " + bytes.length + " bytes");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return Optional.of("not a graph snapshot");
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return Optional.of("damaged: its checksum does not match");
        }
        if (bytes[MAGIC.length] != FORMAT) {
            return Optional.of("written in format " + bytes[MAGIC.length] + " by another LifeCircle version");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length + 1, bytes.length))) {
            return in.readUTF().equals(versionId) ? Optional.empty() : Optional.of("of another dataset version");
        } catch (IOException e) {
            return Optional.of("damaged: " + e.getMessage());
        }
    }

    /** Hands an intact snapshot (see {@link #defect}) to the sink. */
    static void decode(byte[] bytes, NetworkSink sink) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length + 1,
                bytes.length - MAGIC.length - 1 - 4))) {
            in.readUTF();
            int nodes = in.readInt();
            int edges = in.readInt();
            String[] highways = new String[in.readInt()];
            for (int h = 0; h < highways.length; h++) {
                highways[h] = in.readUTF();
            }
            sink.start(nodes, edges);
            double[] nodeLonLat = new double[2 * nodes];
            for (int n = 0; n < nodes; n++) {
                long osmId = in.readLong();
                nodeLonLat[2 * n] = in.readInt() / E7;
                nodeLonLat[2 * n + 1] = in.readInt() / E7;
                sink.node(osmId, nodeLonLat[2 * n], nodeLonLat[2 * n + 1], in.readInt());
            }
            for (int e = 0; e < edges; e++) {
                decodeEdge(in, sink, highways, nodeLonLat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("graph snapshot passed its checksum but could not be decoded", e);
        }
    }

    private static void decodeEdge(DataInputStream in, NetworkSink sink, String[] highways, double[] nodeLonLat)
            throws IOException {
        int from = in.readInt();
        int to = in.readInt();
        double length = in.readDouble();
        long way = in.readLong();
        String highway = highways[in.readInt()];
        int interior = in.readInt();
        double[] lonLat = new double[2 * interior + 4];
        lonLat[0] = nodeLonLat[2 * from];
        lonLat[1] = nodeLonLat[2 * from + 1];
        for (int i = 2; i < lonLat.length - 2; i++) {
            lonLat[i] = in.readInt() / E7;
        }
        lonLat[lonLat.length - 2] = nodeLonLat[2 * to];
        lonLat[lonLat.length - 1] = nodeLonLat[2 * to + 1];
        sink.edge(from, to, length, way, highway, lonLat);
    }
}
