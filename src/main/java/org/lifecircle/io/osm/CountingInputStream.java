package org.lifecircle.io.osm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes its reader has consumed, so a reader can tell where in a file it stopped. */
final class CountingInputStream extends FilterInputStream {

    private long countBytes;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long countBytes() {
        return countBytes;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            countBytes++;
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            countBytes += read;
        }
        return read;
    }

    @Override
    public long skip(long length) throws IOException {
        long skipped = in.skip(length);
        countBytes += Math.max(0, skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
