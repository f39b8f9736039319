package org.lifecircle.io.osm;

import com.google.protobuf.ByteString;
import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Writes small OSM PBF files with osmpbf's generated protobuf classes: a header block, then one
 * data block of nodes and one of ways and relations (each block has its own string table).
 */
final class PbfTestWriter {

    /** How nodes are stored in the data block. */
    enum NodeEncoding { DENSE, PLAIN }

    /** How blobs are stored; ZSTD only labels raw bytes as zstd data, for readers that must refuse it. */
    enum BlobCompression { RAW, ZLIB, ZSTD }

    /**
     * @param granularity nanodegrees per coordinate unit (100 in most files)
     * @param latOffsetNanodeg added to every latitude, in nanodegrees
     * @param lonOffsetNanodeg added to every longitude, in nanodegrees
     * @param requiredFeatures the header's required_features
     * @param withHeader false to leave the header block out, which makes the file invalid
     */
    record Options(NodeEncoding nodeEncoding, BlobCompression compression, int granularity, long latOffsetNanodeg,
            long lonOffsetNanodeg, List<String> requiredFeatures, boolean withHeader) {

        static Options standard() {
            return new Options(NodeEncoding.DENSE, BlobCompression.ZLIB, 100, 0, 0,
                    List.of("OsmSchema-V0.6", "DenseNodes"), true);
        }

        Options withRequiredFeatures(List<String> features) {
            return new Options(nodeEncoding, compression, granularity, latOffsetNanodeg, lonOffsetNanodeg, features,
                    withHeader);
        }

        Options withCompression(BlobCompression blobCompression) {
            return new Options(nodeEncoding, blobCompression, granularity, latOffsetNanodeg, lonOffsetNanodeg,
                    requiredFeatures, withHeader);
        }

        Options withoutHeader() {
            return new Options(nodeEncoding, compression, granularity, latOffsetNanodeg, lonOffsetNanodeg,
                    requiredFeatures, false);
        }
    }

    private final Options options;

    PbfTestWriter(Options options) {
        this.options = options;
    }

    Path write(Path file, List<RecordedElement> nodes, List<RecordedElement> ways, List<RecordedElement> relations)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        if (options.withHeader()) {
            Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder()
                    .addAllRequiredFeatures(options.requiredFeatures())
                    .setWritingprogram("lifecircle PbfTestWriter")
                    .build();
            writeBlob(out, "OSMHeader", header.toByteString());
        }
        writeBlob(out, "OSMData", nodeBlock(nodes).toByteString());
        writeBlob(out, "OSMData", wayAndRelationBlock(ways, relations).toByteString());
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private void writeBlob(DataOutputStream out, String type, ByteString data) throws IOException {
        Fileformat.Blob.Builder blob = Fileformat.Blob.newBuilder().setRawSize(data.size());
        switch (options.compression()) {
            case RAW -> blob.setRaw(data);
            case ZLIB -> blob.setZlibData(ByteString.copyFrom(deflate(data.toByteArray())));
            case ZSTD -> blob.setZstdData(data);
        }
        out.write(frame(type, blob.build()));
    }

    /** One frame as the format lays it out: the BlobHeader's length, the BlobHeader, the Blob. */
    static byte[] frame(String type, Fileformat.Blob blob) throws IOException {
        byte[] blobBytes = blob.toByteArray();
        byte[] headerBytes = Fileformat.BlobHeader.newBuilder()
                .setType(type).setDatasize(blobBytes.length).build().toByteArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(headerBytes.length);
        out.write(headerBytes);
        out.write(blobBytes);
        return bytes.toByteArray();
    }

    /** A valid OSMHeader frame (zlib), for files whose later frames are broken. */
    static byte[] headerFrame() throws IOException {
        ByteString header = Osmformat.HeaderBlock.newBuilder().addAllRequiredFeatures(List.of("OsmSchema-V0.6",
                "DenseNodes")).build().toByteString();
        return frame("OSMHeader", zlibBlob(header.toByteArray(), header.size()));
    }

    /** A zlib Blob of the data that declares the given raw_size (the true one, or a lie). */
    static Fileformat.Blob zlibBlob(byte[] data, int declaredRawSize) {
        return Fileformat.Blob.newBuilder().setRawSize(declaredRawSize)
                .setZlibData(ByteString.copyFrom(deflate(data))).build();
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private Osmformat.PrimitiveBlock nodeBlock(List<RecordedElement> nodes) {
        Strings strings = new Strings();
        Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
        if (options.nodeEncoding() == NodeEncoding.DENSE) {
            group.setDense(denseNodes(nodes, strings));
        } else {
            for (RecordedElement node : nodes) {
                Osmformat.Node.Builder plain = Osmformat.Node.newBuilder().setId(node.id())
                        .setLat(units(node.latDegrees(), options.latOffsetNanodeg()))
                        .setLon(units(node.lonDegrees(), options.lonOffsetNanodeg()));
                node.tags().forEach((key, value) -> plain.addKeys(strings.id(key)).addVals(strings.id(value)));
                group.addNodes(plain);
            }
        }
        return block(strings, List.of(group.build()));
    }

    private Osmformat.DenseNodes denseNodes(List<RecordedElement> nodes, Strings strings) {
        Osmformat.DenseNodes.Builder dense = Osmformat.DenseNodes.newBuilder();
        long previousId = 0;
        long previousLat = 0;
        long previousLon = 0;
        for (RecordedElement node : nodes) {
            long lat = units(node.latDegrees(), options.latOffsetNanodeg());
            long lon = units(node.lonDegrees(), options.lonOffsetNanodeg());
            dense.addId(node.id() - previousId).addLat(lat - previousLat).addLon(lon - previousLon);
            previousId = node.id();
            previousLat = lat;
            previousLon = lon;
            node.tags().forEach((key, value) -> dense.addKeysVals(strings.id(key)).addKeysVals(strings.id(value)));
            dense.addKeysVals(0);
        }
        return dense.build();
    }

    private Osmformat.PrimitiveBlock wayAndRelationBlock(List<RecordedElement> ways, List<RecordedElement> relations) {
        Strings strings = new Strings();
        Osmformat.PrimitiveGroup.Builder wayGroup = Osmformat.PrimitiveGroup.newBuilder();
        for (RecordedElement way : ways) {
            Osmformat.Way.Builder builder = Osmformat.Way.newBuilder().setId(way.id());
            long previous = 0;
            for (long ref : way.nodeIds()) {
                builder.addRefs(ref - previous);
                previous = ref;
            }
            way.tags().forEach((key, value) -> builder.addKeys(strings.id(key)).addVals(strings.id(value)));
            wayGroup.addWays(builder);
        }
        Osmformat.PrimitiveGroup.Builder relationGroup = Osmformat.PrimitiveGroup.newBuilder();
        for (RecordedElement relation : relations) {
            relationGroup.addRelations(relation(relation, strings));
        }
        return block(strings, List.of(wayGroup.build(), relationGroup.build()));
    }

    private static Osmformat.Relation relation(RecordedElement relation, Strings strings) {
        Osmformat.Relation.Builder builder = Osmformat.Relation.newBuilder().setId(relation.id());
        long previous = 0;
        for (OsmMember member : relation.members()) {
            builder.addMemids(member.ref() - previous)
                    .addRolesSid(strings.id(member.role()))
                    .addTypes(Osmformat.Relation.MemberType.valueOf(member.type().toUpperCase(Locale.ROOT)));
            previous = member.ref();
        }
        relation.tags().forEach((key, value) -> builder.addKeys(strings.id(key)).addVals(strings.id(value)));
        return builder.build();
    }

    private Osmformat.PrimitiveBlock block(Strings strings, List<Osmformat.PrimitiveGroup> groups) {
        return Osmformat.PrimitiveBlock.newBuilder()
                .setStringtable(strings.table())
                .addAllPrimitivegroup(groups)
                .setGranularity(options.granularity())
                .setLatOffset(options.latOffsetNanodeg())
                .setLonOffset(options.lonOffsetNanodeg())
                .build();
    }

    /** Degrees as coordinate units of this file; fails if the value is not exactly representable. */
    private long units(double degrees, long offsetNanodeg) {
        long nanodeg = Math.round(degrees * 1e9) - offsetNanodeg;
        if (nanodeg % options.granularity() != 0) {
            throw new IllegalArgumentException(degrees + " is not a multiple of the granularity");
        }
        return nanodeg / options.granularity();
    }

    /** A block's string table; index 0 is the empty string, reserved as the dense-node tag delimiter. */
    private static final class Strings {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>(List.of(""));

        int id(String value) {
            if (value.isEmpty()) {
                return 0;
            }
            return ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        Osmformat.StringTable table() {
            Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder();
            values.forEach(value -> table.addS(ByteString.copyFromUtf8(value)));
            return table.build();
        }
    }
}
