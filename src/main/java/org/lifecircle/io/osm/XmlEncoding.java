package org.lifecircle.io.osm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an XML file, found as XML 1.0 (appendix F) says: a byte-order mark
 * (which is skipped), else the encoding in the XML declaration, else UTF-8, the encoding of every
 * OSM file the OSM API, osmium or osmosis writes.
 */
final class XmlEncoding {

    private static final int SNIFF_BYTES = 256;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {
    }

    /** Reads the encoding from the stream's first bytes and leaves the stream after any byte-order mark. */
    static Charset of(Path file, BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0x00, 0x3C)) {
            in.skipNBytes(startsWith(head, 0xFE, 0xFF) ? 2 : 0);
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0x3C, 0x00)) {
            in.skipNBytes(startsWith(head, 0xFF, 0xFE) ? 2 : 0);
            return StandardCharsets.UTF_16LE;
        }
        Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw OsmInputs.problem(file, "the XML declaration names the encoding '" + declared.group(1)
                    + "', which is not known; OSM files are UTF-8");
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
