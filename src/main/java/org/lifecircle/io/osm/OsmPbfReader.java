package org.lifecircle.io.osm;

import crosby.binary.file.BlockInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.lifecircle.model.InvalidInputException;

/**
 * Streams OSM PBF ({@code .osm.pbf}) files with osmpbf. Raw and zlib blobs are supported; the
 * header's required features must be among {@link PbfBlockParser#SUPPORTED_FEATURES}, and history
 * files are refused. Truncated, corrupt and non-PBF files fail with a message naming the file.
 */
public final class OsmPbfReader implements OsmReader {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int SNIFF_BYTES = 64;

    @Override
    public void read(Path file, OsmHandler handler) {
        Objects.requireNonNull(handler, "handler");
        long sizeBytes = OsmInputs.requireReadableFile(file);
        try (InputStream raw = Files.newInputStream(file);
                CountingInputStream input = new CountingInputStream(new BufferedInputStream(raw, BUFFER_BYTES))) {
            PbfBlockParser parser = new PbfBlockParser(file, handler, input);
            process(file, parser, input);
            checkComplete(file, parser, sizeBytes);
        } catch (IOException e) {
            throw OsmInputs.problem(file, "cannot be read (" + OsmInputs.detail(e) + ")", e);
        }
    }

    private static void process(Path file, PbfBlockParser parser, InputStream input) {
        try {
            new BlockInputStream(input, parser).process();
        } catch (InvalidInputException e) {
            throw e;
        } catch (PbfBlockParser.HandlerFailure e) {
            e.rethrowCause();
        } catch (IOException | RuntimeException | AssertionError e) {
            // osmpbf reports damage as IOExceptions, protobuf or array exceptions, or (with -ea) assertions
            throw damaged(file, parser.headerSeen(), e);
        }
    }

    /** osmpbf ends quietly at any end of file, so a read that stopped inside a block must be caught here. */
    private static void checkComplete(Path file, PbfBlockParser parser, long sizeBytes) {
        if (!parser.headerSeen()) {
            throw OsmInputs.problem(file, "not an OSM PBF file, or truncated inside its header"
                    + " (no complete OSMHeader block" + xmlHint(file) + ")");
        }
        if (parser.lastBlockEndByte() != sizeBytes) {
            throw OsmInputs.problem(file, "truncated or corrupt PBF (file ends inside a block: last complete"
                    + " block ends at byte " + parser.lastBlockEndByte() + " of " + sizeBytes + ")");
        }
    }

    /** Damage before the header means the file is something else; osmpbf's own wording would not help. */
    private static InvalidInputException damaged(Path file, boolean headerSeen, Throwable error) {
        if (!headerSeen) {
            return OsmInputs.problem(file, "not an OSM PBF file (it does not start with a PBF header block"
                    + xmlHint(file) + ")", error);
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return OsmInputs.problem(file, "truncated or corrupt PBF (" + OsmInputs.detail(root) + ")", error);
    }

    private static String xmlHint(Path file) {
        return looksLikeXml(file) ? "; it looks like XML: name it .osm" : "";
    }

    /** Whether the file starts like text markup, the usual reason a PBF name holds no PBF. */
    private static boolean looksLikeXml(Path file) {
        byte[] head = new byte[SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "");
        return text.strip().startsWith("<");
    }
}
