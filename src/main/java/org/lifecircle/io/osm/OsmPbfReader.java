package org.lifecircle.io.osm;

import crosby.binary.file.FileBlock;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;

/**
 * Streams OSM PBF ({@code .osm.pbf}) files: {@link PbfFrames} reads and inflates the blocks within
 * the format's size limits, osmpbf's parser (through {@link PbfBlockParser}) decodes them. Raw and
 * zlib blobs are supported; the header's required features must be among
 * {@link PbfBlockParser#SUPPORTED_FEATURES}, and history files are refused. Truncated, corrupt and
 * non-PBF files fail with a message naming the file and, once it is a PBF, the block's byte offset.
 */
public final class OsmPbfReader implements OsmReader {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int SNIFF_BYTES = 64;

    @Override
    public void read(Path file, OsmHandler handler) {
        Objects.requireNonNull(handler, "handler");
        long sizeBytes = OsmInputs.requireReadableFile(file);
        PbfBlockParser parser = new PbfBlockParser(file, handler);
        try (InputStream raw = Files.newInputStream(file);
                PbfFrames frames = new PbfFrames(new BufferedInputStream(raw, BUFFER_BYTES), sizeBytes)) {
            process(file, parser, frames);
        } catch (IOException e) {
            throw OsmInputs.problem(file, "cannot be read (" + OsmInputs.detail(e) + ")", e);
        }
        if (!parser.headerSeen()) {
            throw OsmInputs.problem(file, "not an OSM PBF file, or truncated inside its header"
                    + " (no complete OSMHeader block" + xmlHint(file) + ")");
        }
    }

    private static void process(Path file, PbfBlockParser parser, PbfFrames frames) throws IOException {
        try {
            for (Optional<FileBlock> block = frames.next(); block.isPresent(); block = frames.next()) {
                parser.handleBlock(block.get());
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (PbfBlockParser.HandlerFailure e) {
            e.rethrowCause();
        } catch (PbfFrames.Damage | com.google.protobuf.InvalidProtocolBufferException e) {
            throw refused(file, parser, frames, e);
        } catch (RuntimeException | AssertionError e) {
            // osmpbf's parser reports damage as unchecked protobuf or array exceptions (or assertions with -ea)
            throw refused(file, parser, frames, e);
        }
    }

    /** Damage before a first BlobHeader means the file is something else; osmpbf's own wording would not help. */
    private static InvalidInputException refused(Path file, PbfBlockParser parser, PbfFrames frames, Throwable error) {
        String block = "the block at byte " + frames.blockOffset();
        if (!parser.headerSeen() && !frames.framingRead() && frames.blockOffset() == 0) {
            return OsmInputs.problem(file, "not an OSM PBF file (it does not start with a PBF header block"
                    + xmlHint(file) + ")", error);
        }
        if (error instanceof PbfFrames.Truncated) {
            return OsmInputs.problem(file, "truncated or corrupt PBF (file ends inside a block: " + block + " needs "
                    + error.getMessage() + ")", error);
        }
        if (error instanceof PbfFrames.Unsupported) {
            return OsmInputs.problem(file, "PBF " + block.substring("the ".length()) + " is compressed with "
                    + error.getMessage() + ", an unsupported compression (only raw and zlib blobs are supported)");
        }
        if (error instanceof PbfFrames.Damage) {
            return OsmInputs.problem(file, "corrupt PBF: " + block + " " + error.getMessage(), error);
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return OsmInputs.problem(file, "truncated or corrupt PBF (" + block + ": " + OsmInputs.detail(root) + ")", error);
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
