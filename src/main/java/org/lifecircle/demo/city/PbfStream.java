package org.lifecircle.demo.city;

import com.google.protobuf.ByteString;
import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Writes an OSM PBF file as a stream: an OSMHeader block, then OSMData blocks of at most
 * {@value #ENTITIES_PER_BLOCK} dense nodes or ways each, zlib-compressed. Only the current block
 * is held (8,000 entities, as osmium writes them), so a file of millions of nodes costs a few MB
 * of heap. Nodes must come before ways, with ascending ids, as the format's sort order expects.
 */
final class PbfStream implements AutoCloseable {

    /** osmium's and osmosis' block size: small enough to stay far under the 16 MiB blob limit. */
    static final int ENTITIES_PER_BLOCK = 8000;
    /** Nanodegrees per coordinate unit: 1e-7 degrees, about 1 cm. */
    private static final int GRANULARITY = 100;

    private final DataOutputStream out;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final byte[] deflateBuffer = new byte[1 << 16];
    private final Strings strings = new Strings();
    private Osmformat.DenseNodes.Builder dense;
    private final List<Osmformat.Way> ways = new ArrayList<>();
    private long previousId;
    private long previousLat;
    private long previousLon;
    private int pending;

    PbfStream(OutputStream out, LonLatBox bounds) throws IOException {
        this.out = new DataOutputStream(out);
        writeHeader(bounds);
    }

    /** A node at lon/lat (degrees, rounded to 1e-7) with key/value pairs (may be empty). */
    void node(long id, double lon, double lat, String... tags) throws IOException {
        if (!ways.isEmpty()) {
            throw new IllegalStateException("nodes must come before ways");
        }
        if (dense == null) {
            dense = Osmformat.DenseNodes.newBuilder();
        }
        long latUnits = Math.round(lat * 1e7);
        long lonUnits = Math.round(lon * 1e7);
        dense.addId(id - previousId).addLat(latUnits - previousLat).addLon(lonUnits - previousLon);
        previousId = id;
        previousLat = latUnits;
        previousLon = lonUnits;
        for (int i = 0; i < tags.length; i += 2) {
            dense.addKeysVals(strings.id(tags[i])).addKeysVals(strings.id(tags[i + 1]));
        }
        dense.addKeysVals(0);
        countEntity();
    }

    /** A way through the given node ids (the first {@code count} of them) with key/value pairs. */
    void way(long id, long[] refs, int count, String... tags) throws IOException {
        if (dense != null) {
            flush();
        }
        Osmformat.Way.Builder way = Osmformat.Way.newBuilder().setId(id);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            way.addRefs(refs[i] - previous);
            previous = refs[i];
        }
        for (int i = 0; i < tags.length; i += 2) {
            way.addKeys(strings.id(tags[i])).addVals(strings.id(tags[i + 1]));
        }
        ways.add(way.build());
        countEntity();
    }

    private void countEntity() throws IOException {
        if (++pending >= ENTITIES_PER_BLOCK) {
            flush();
        }
    }

    private void flush() throws IOException {
        if (pending == 0) {
            return;
        }
        Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
        if (dense != null) {
            group.setDense(dense);
        } else {
            group.addAllWays(ways);
        }
        Osmformat.PrimitiveBlock block = Osmformat.PrimitiveBlock.newBuilder().setStringtable(strings.table())
                .addPrimitivegroup(group).setGranularity(GRANULARITY).build();
        writeBlob("OSMData", block.toByteArray());
        dense = null;
        ways.clear();
        strings.clear();
        previousId = 0;
        previousLat = 0;
        previousLon = 0;
        pending = 0;
    }

    private void writeHeader(LonLatBox bounds) throws IOException {
        Osmformat.HeaderBBox box = Osmformat.HeaderBBox.newBuilder()
                .setLeft(Math.round(bounds.westLon() * 1e9)).setRight(Math.round(bounds.eastLon() * 1e9))
                .setBottom(Math.round(bounds.southLat() * 1e9)).setTop(Math.round(bounds.northLat() * 1e9)).build();
        Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder().setBbox(box)
                .addRequiredFeatures("OsmSchema-V0.6").addRequiredFeatures("DenseNodes")
                .addOptionalFeatures("Sort.Type_then_ID").setWritingprogram("lifecircle generate city").build();
        writeBlob("OSMHeader", header.toByteArray());
    }

    private void writeBlob(String type, byte[] raw) throws IOException {
        Fileformat.Blob blob = Fileformat.Blob.newBuilder().setRawSize(raw.length)
                .setZlibData(ByteString.copyFrom(deflate(raw))).build();
        byte[] blobBytes = blob.toByteArray();
        byte[] header = Fileformat.BlobHeader.newBuilder().setType(type).setDatasize(blobBytes.length).build()
                .toByteArray();
        out.writeInt(header.length);
        out.write(header);
        out.write(blobBytes);
    }

    private byte[] deflate(byte[] raw) {
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream(raw.length / 3 + 64);
        while (!deflater.finished()) {
            int n = deflater.deflate(deflateBuffer);
            compressed.write(deflateBuffer, 0, n);
        }
        return compressed.toByteArray();
    }

    @Override
    public void close() throws IOException {
        flush();
        deflater.end();
        out.flush();
    }

    /** One block's string table; index 0 is the empty string, the dense-node tag delimiter. */
    private static final class Strings {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>(List.of(""));

        int id(String value) {
            Integer id = ids.get(value);
            if (id == null) {
                id = values.size();
                ids.put(value, id);
                values.add(value);
            }
            return id;
        }

        Osmformat.StringTable table() {
            Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder();
            for (String value : values) {
                table.addS(ByteString.copyFrom(value.getBytes(StandardCharsets.UTF_8)));
            }
            return table.build();
        }

        void clear() {
            ids.clear();
            values.subList(1, values.size()).clear();
        }
    }
}
