package org.lifecircle.io.osm;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.lifecircle.model.InvalidInputException;

/**
 * Streams OSM XML ({@code .osm}, {@code .xml}), optionally gzip ({@code .gz}) or bzip2
 * ({@code .bz2}) compressed, with StAX. DTDs are never processed and external entities never
 * resolved, so a hostile file cannot make the reader open other files or URLs. The text is decoded
 * here ({@link XmlEncoding}), not by the JDK's parser: on bytes that are not UTF-8 its decoder
 * prints "[Fatal Error] ..." on standard error, and nothing in StAX turns that off.
 */
public final class OsmXmlReader implements OsmReader {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final String MESSAGE_MARKER = "Message: ";

    @Override
    public void read(Path file, OsmHandler handler) {
        Objects.requireNonNull(handler, "handler");
        OsmInputs.requireReadableFile(file);
        try (BufferedInputStream bytes = new BufferedInputStream(open(file), BUFFER_BYTES)) {
            Charset encoding = XmlEncoding.of(file, bytes);
            FailureRecordingReader in = new FailureRecordingReader(new InputStreamReader(bytes,
                    encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            try {
                // the parser's reads are small: without a large buffer here decoding took half again as long
                parse(file, new BufferedReader(in, BUFFER_BYTES), handler);
            } catch (XMLStreamException e) {
                throw translate(file, e, in.failure(), encoding);
            }
        } catch (IOException e) {
            throw streamFailure(file, e);
        }
    }

    private static void parse(Path file, Reader in, OsmHandler handler) throws XMLStreamException {
        XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
        try {
            new OsmXmlParser(file, xml, handler).parse();
        } finally {
            xml.close();
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            return switch (Compression.of(file)) {
                case GZIP -> new GZIPInputStream(raw, BUFFER_BYTES);
                case BZIP2 -> new BZip2CompressorInputStream(raw, true);
                case NONE -> raw;
            };
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** How the XML is compressed, from the file name. */
    private enum Compression {
        NONE, GZIP, BZIP2;

        static Compression of(Path file) {
            String name = OsmInputs.displayName(file).toLowerCase(Locale.ROOT);
            if (name.endsWith(".gz")) {
                return GZIP;
            }
            return name.endsWith(".bz2") ? BZIP2 : NONE;
        }
    }

    /** A StAX factory that ignores DTDs and refuses every external entity or DTD it is asked for. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    /**
     * The JDK parser reports a failing input stream (a truncated gzip member, say) as a premature
     * end of file, so the stream's own failure, when there was one, is the better explanation.
     */
    private static InvalidInputException translate(Path file, XMLStreamException error, IOException streamError,
                                                   Charset encoding) {
        int line = error.getLocation() == null ? -1 : error.getLocation().getLineNumber();
        String where = line > 0 ? " at line " + line : "";
        if (streamError instanceof CharacterCodingException) {
            return OsmInputs.problem(file, "malformed XML" + where + ": bytes that are not " + encoding.name()
                    + " text; is it an OSM XML file?", error);
        }
        if (streamError != null) {
            return streamFailure(file, streamError);
        }
        String message = OsmInputs.detail(error);
        int marker = message.indexOf(MESSAGE_MARKER);
        if (marker >= 0) {
            message = message.substring(marker + MESSAGE_MARKER.length());
        }
        if (message.startsWith("Premature end of file") || message.contains("must start and end within the same")) {
            message += " (the file may be truncated)";
        }
        return OsmInputs.problem(file, "malformed XML" + where + ": " + message, error);
    }

    private static InvalidInputException streamFailure(Path file, IOException error) {
        String detail = OsmInputs.detail(error);
        String what = switch (Compression.of(file)) {
            case GZIP -> "corrupt or truncated gzip file";
            case BZIP2 -> "corrupt or truncated bzip2 file";
            case NONE -> "cannot be read";
        };
        return OsmInputs.problem(file, what + " (" + detail + ")", error);
    }

    /** Remembers the first exception its source threw (a broken gzip, bytes not in the encoding). */
    private static final class FailureRecordingReader extends FilterReader {

        private IOException failure;

        FailureRecordingReader(Reader in) {
            super(in);
        }

        IOException failure() {
            return failure;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
