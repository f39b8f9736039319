package org.lifecircle.io.osm;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.UnsafeByteOperations;
import crosby.binary.Fileformat;
import crosby.binary.file.FileBlock;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the frames of a PBF file (a 4-byte length, a BlobHeader, a Blob) and inflates their data,
 * checking every declared size against the format's limits before allocating anything. osmpbf's own
 * BlockInputStream allocates whatever a Blob's raw_size says: a 34-byte file declaring 2 GiB - 1
 * made it allocate 2 GiB (an OutOfMemoryError on the command line, a 500 and an exhausted heap on
 * the server). Here a block costs at most 32 MiB of data plus 32 MiB inflated, whatever it claims.
 */
final class PbfFrames implements AutoCloseable {

    /** The format's limits (OSM wiki, "PBF Format"): a BlobHeader must be less than 64 KiB. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** A Blob, and the data it inflates to, must be less than 32 MiB. */
    static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;
    private static final int LENGTH_BYTES = 4;

    private final InputStream in;
    private final long sizeBytes;
    private final Inflater inflater = new Inflater();
    private final byte[] lengthBytes = new byte[LENGTH_BYTES];
    private long position;
    private long blockOffset;
    private boolean framingRead;

    /** @param sizeBytes the file's size, so that a block longer than the rest of the file is refused unread */
    PbfFrames(InputStream in, long sizeBytes) {
        this.in = in;
        this.sizeBytes = sizeBytes;
    }

    /** Where the block last returned (or refused) starts in the file. */
    long blockOffset() {
        return blockOffset;
    }

    /**
     * Whether the last block's BlobHeader was read: a file whose first frame is not even that is
     * no PBF at all, which says more than "a damaged block".
     */
    boolean framingRead() {
        return framingRead;
    }

    /** The next block with its data inflated; empty at the end of the file. */
    Optional<FileBlock> next() throws IOException {
        blockOffset = position;
        framingRead = false;
        int read = in.readNBytes(lengthBytes, 0, LENGTH_BYTES);
        if (read == 0) {
            return Optional.empty();
        }
        if (read < LENGTH_BYTES) {
            throw new Truncated((LENGTH_BYTES - read) + " bytes more than the file has, for its length");
        }
        position += LENGTH_BYTES;
        int headerBytes = ((lengthBytes[0] & 0xFF) << 24) | ((lengthBytes[1] & 0xFF) << 16)
                | ((lengthBytes[2] & 0xFF) << 8) | (lengthBytes[3] & 0xFF);
        if (headerBytes <= 0 || headerBytes >= MAX_HEADER_BYTES) {
            throw new Damage("declares a BlobHeader of " + Integer.toUnsignedString(headerBytes)
                    + " bytes, where the format allows 1 to " + (MAX_HEADER_BYTES - 1));
        }
        Fileformat.BlobHeader header = Fileformat.BlobHeader.parseFrom(readFully(headerBytes, "BlobHeader"));
        framingRead = true;
        int dataBytes = header.getDatasize();
        if (dataBytes < 0 || dataBytes >= MAX_BLOB_BYTES) {
            throw new Damage("declares a Blob (datasize) of " + Integer.toUnsignedString(dataBytes)
                    + " bytes, where the format allows less than 32 MiB");
        }
        ByteString data = data(parseBlob(readFully(dataBytes, "Blob")));
        return Optional.of(FileBlock.newInstance(header.getType(), data, header.getIndexdata()));
    }

    @Override
    public void close() {
        inflater.end();
    }

    /** Reads the next part of the frame, refusing a length beyond the end of the file before allocating it. */
    private byte[] readFully(int length, String part) throws IOException {
        long available = sizeBytes - position;
        if (length > available) {
            throw new Truncated((length - available) + " bytes more than the file has, for its " + part + " of "
                    + length + " bytes");
        }
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        if (read < length) {
            throw new Truncated((length - read) + " bytes more than the file has, for its " + part + " of "
                    + length + " bytes");
        }
        position += length;
        return bytes;
    }

    /** The Blob, its byte fields sharing the array read (no copies of up to 32 MiB). */
    private static Fileformat.Blob parseBlob(byte[] bytes) throws IOException {
        CodedInputStream coded = CodedInputStream.newInstance(bytes);
        coded.enableAliasing(true);
        return Fileformat.Blob.parseFrom(coded);
    }

    private ByteString data(Fileformat.Blob blob) {
        return switch (blob.getDataCase()) {
            case RAW -> blob.getRaw();
            case ZLIB_DATA -> inflate(blob);
            case DATA_NOT_SET -> throw new Damage("has a Blob without data");
            default -> throw new Unsupported(blob.getDataCase().name().toLowerCase(java.util.Locale.ROOT)
                    .replace("_data", ""));
        };
    }

    /** Inflates into exactly raw_size bytes; data that inflates to fewer or more is damage. */
    private ByteString inflate(Fileformat.Blob blob) {
        int rawBytes = blob.getRawSize();
        if (!blob.hasRawSize() || rawBytes < 0 || rawBytes >= MAX_BLOB_BYTES) {
            throw new Damage("declares raw_size " + (blob.hasRawSize() ? Integer.toUnsignedString(rawBytes) : "(none)")
                    + ", where the format allows less than 32 MiB");
        }
        byte[] raw = new byte[rawBytes];
        inflater.reset();
        inflater.setInput(blob.getZlibData().asReadOnlyByteBuffer());
        try {
            int inflated = 0;
            while (inflated < rawBytes) {
                int n = inflater.inflate(raw, inflated, rawBytes - inflated);
                if (n == 0) {   // finished early, or the data ran out (or wants a dictionary, which PBF never has)
                    throw new Damage("has zlib data that inflates to " + inflated + " bytes, fewer than its raw_size "
                            + rawBytes);
                }
                inflated += n;
            }
            // the end marker may still be unread when the output is exactly full
            if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw new Damage("has zlib data that inflates to more than its raw_size " + rawBytes);
            }
            if (!inflater.finished()) {
                throw new Damage("has zlib data that ends before its end marker");
            }
        } catch (DataFormatException e) {
            throw new Damage("has zlib data that cannot be inflated (" + OsmInputs.detail(e) + ")");
        }
        return UnsafeByteOperations.unsafeWrap(raw);
    }

    /** A block whose sizes or data are wrong; the reader adds the file name and the block's offset. */
    static class Damage extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Damage(String problem) {
            super(problem, null, false, false);
        }
    }

    /** A block that needs more bytes than the file has left ("N bytes more than the file has, for ..."). */
    static final class Truncated extends Damage {

        private static final long serialVersionUID = 1L;

        Truncated(String problem) {
            super(problem);
        }
    }

    /** A block compressed with a method this reader does not inflate (lzma, lz4, zstd, bzip2). */
    static final class Unsupported extends Damage {

        private static final long serialVersionUID = 1L;

        Unsupported(String compression) {
            super(compression);
        }
    }
}
