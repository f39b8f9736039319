package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.google.protobuf.ByteString;
import crosby.binary.Fileformat;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.model.InvalidInputException;

/**
 * PBF frames are checked against the format's limits (BlobHeader below 64 KiB, Blob and its
 * inflated data below 32 MiB) before anything is allocated, and the data must inflate to exactly
 * its raw_size. Each broken frame follows a valid header block, so the offset named is the second
 * block's.
 */
class PbfFrameLimitsTest {

    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void declaredSizesBeyondTheFormatsLimitsAreRefusedNamingTheBlock() throws IOException {
        byte[] data = "some block".getBytes(StandardCharsets.UTF_8);
        int second = PbfTestWriter.headerFrame().length;
        assertRefused("raw-max.osm.pbf", PbfTestWriter.frame("OSMData", PbfTestWriter.zlibBlob(data, Integer.MAX_VALUE)),
                "corrupt PBF: the block at byte " + second + " declares raw_size 2147483647, where the format allows"
                        + " less than 32 MiB");
        assertRefused("raw-32mib.osm.pbf", PbfTestWriter.frame("OSMData", PbfTestWriter.zlibBlob(data, 32 * MIB)),
                "the block at byte " + second + " declares raw_size 33554432");
        assertRefused("raw-negative.osm.pbf", PbfTestWriter.frame("OSMData", PbfTestWriter.zlibBlob(data, -1)),
                "declares raw_size 4294967295");
        Fileformat.Blob noRawSize = Fileformat.Blob.newBuilder()
                .setZlibData(ByteString.copyFrom(PbfTestWriter.deflate(data))).build();
        assertRefused("raw-missing.osm.pbf", PbfTestWriter.frame("OSMData", noRawSize), "declares raw_size (none)");
        assertRefused("header-64kib.osm.pbf", lengthAndBytes(64 * 1024, new byte[10]),
                "corrupt PBF: the block at byte " + second + " declares a BlobHeader of 65536 bytes");
        assertRefused("header-negative.osm.pbf", lengthAndBytes(-2, new byte[10]),
                "declares a BlobHeader of 4294967294 bytes");
        assertRefused("datasize-32mib.osm.pbf", headerDeclaring(32 * MIB),
                "the block at byte " + second + " declares a Blob (datasize) of 33554432 bytes");
        assertRefused("datasize-past-end.osm.pbf", headerDeclaring(32 * MIB - 1),
                "truncated or corrupt PBF (file ends inside a block: the block at byte " + second + " needs 33554431"
                        + " bytes more than the file has, for its Blob of 33554431 bytes)");
    }

    @Test
    void dataMustInflateToExactlyItsRawSize() throws IOException {
        byte[] data = "some block of data".getBytes(StandardCharsets.UTF_8);
        int second = PbfTestWriter.headerFrame().length;
        assertRefused("fewer.osm.pbf", PbfTestWriter.frame("OSMData", PbfTestWriter.zlibBlob(data, data.length + 1)),
                "corrupt PBF: the block at byte " + second + " has zlib data that inflates to 18 bytes, fewer than its"
                        + " raw_size 19");
        assertRefused("more.osm.pbf", PbfTestWriter.frame("OSMData", PbfTestWriter.zlibBlob(data, data.length - 1)),
                "has zlib data that inflates to more than its raw_size 17");
        Fileformat.Blob garbage = Fileformat.Blob.newBuilder().setRawSize(100)
                .setZlibData(ByteString.copyFromUtf8("not zlib at all")).build();
        assertRefused("garbage.osm.pbf", PbfTestWriter.frame("OSMData", garbage), "has zlib data that cannot be inflated");
    }

    @Test
    void validFilesStillReadWithBlocksOfEveryKind() throws IOException {
        for (PbfTestWriter.BlobCompression compression : List.of(PbfTestWriter.BlobCompression.RAW,
                PbfTestWriter.BlobCompression.ZLIB)) {
            Path file = new PbfTestWriter(PbfTestWriter.Options.standard().withCompression(compression))
                    .write(dir.resolve(compression + ".osm.pbf"), OsmFixture.NODES, OsmFixture.WAYS, OsmFixture.RELATIONS);
            RecordingHandler handler = new RecordingHandler();
            new OsmPbfReader().read(file, handler);
            assertThat(handler.elements()).as(compression.name())
                    .hasSize(OsmFixture.NODES.size() + OsmFixture.WAYS.size() + OsmFixture.RELATIONS.size());
        }
    }

    /**
     * The 34-byte file declaring 2 GiB - 1 in a JVM with a 64 MiB heap: refused with the one line
     * (exit 2). Reading it allocated the declared size, an OutOfMemoryError (exit 1 and a stack trace).
     */
    @Test
    void aDeclared2GibBlockIsRefusedWithinASmallHeap() throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("huge.osm.pbf"), PbfCorpusFiles.hugeRawSizePbf());
        assertThat(Files.size(file)).isEqualTo(34);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.lifecircle.cli.LifeCircleCli",
                "graph", "--osm", file.toString(), "--out", dir.resolve("out").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err.lines().toList()).containsExactly("lifecircle: huge.osm.pbf: corrupt PBF: the block at byte 0"
                + " declares raw_size 2147483647, where the format allows less than 32 MiB");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    private void assertRefused(String name, byte[] secondFrame, String fragment) throws IOException {
        Path file = Files.write(dir.resolve(name), concat(PbfTestWriter.headerFrame(), secondFrame));
        assertThatThrownBy(() -> new OsmPbfReader().read(file, new RecordingHandler()))
                .as(name).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(name + ": ").hasMessageContaining(fragment).hasMessageNotContaining("\n");
    }

    /** A frame whose BlobHeader declares a Blob of that many bytes, with no Blob after it. */
    private static byte[] headerDeclaring(int datasize) throws IOException {
        byte[] header = Fileformat.BlobHeader.newBuilder().setType("OSMData").setDatasize(datasize).build().toByteArray();
        return lengthAndBytes(header.length, header);
    }

    private static byte[] lengthAndBytes(int length, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataOutputStream(out).writeInt(length);
        out.write(bytes);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
