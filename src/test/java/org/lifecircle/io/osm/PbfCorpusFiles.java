package org.lifecircle.io.osm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Broken PBF files for the bad-input corpus, written by {@link PbfTestWriter}. */
public final class PbfCorpusFiles {

    /** Three nodes and a footway between them; at most one tag each, so the string tables have one order. */
    private static final List<RecordedElement> NODES = List.of(
            RecordedElement.node(1, 117.1893, 39.1117, Map.of()),
            RecordedElement.node(2, 117.1900, 39.1117, Map.of("barrier", "gate")),
            RecordedElement.node(3, 117.1910, 39.1120, Map.of()));
    private static final List<RecordedElement> WAYS = List.of(
            RecordedElement.way(10, List.of(1L, 2L, 3L), Map.of("highway", "footway")));

    private PbfCorpusFiles() {
    }

    /** A valid PBF (header block and two raw data blocks: no zlib, so the same bytes everywhere). */
    public static byte[] tinyPbf(Path scratch) throws IOException {
        Path file = new PbfTestWriter(PbfTestWriter.Options.standard()
                .withCompression(PbfTestWriter.BlobCompression.RAW))
                .write(scratch.resolve("tiny.osm.pbf"), NODES, WAYS, List.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /**
     * 34 bytes whose one block declares a raw_size of 2 GiB - 1 for 9 bytes of zlib data: the
     * reader must refuse it before allocating anything of that size.
     */
    public static byte[] hugeRawSizePbf() throws IOException {
        return PbfTestWriter.frame("OSMHeader", PbfTestWriter.zlibBlob(new byte[] {'x'}, Integer.MAX_VALUE));
    }

    /** The PBF cut in the middle of its last block, as an interrupted download leaves it. */
    public static byte[] truncatedPbf(Path scratch) throws IOException {
        byte[] whole = tinyPbf(scratch);
        return Arrays.copyOf(whole, whole.length - 20);
    }
}
