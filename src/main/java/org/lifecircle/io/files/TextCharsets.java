package org.lifecircle.io.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;

/**
 * The two encodings Chinese tabular data comes in: UTF-8 and GBK (Windows code page 936, what
 * Excel and ArcGIS write on Chinese Windows). Detection: text that decodes as strict UTF-8 is
 * UTF-8 (plain ASCII included); anything else is taken as GBK. A GBK text that happens to be
 * valid UTF-8 is very unlikely for Chinese text longer than a few characters.
 */
public final class TextCharsets {

    /** GBK, the same as cp936 in Java. */
    public static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextCharsets() {
    }

    /**
     * The charset for a name users write: utf-8, utf8, gbk, cp936, 936, gb2312, gb18030, 65001.
     * GB2312 is read as GBK, its superset.
     */
    public static Charset parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (key) {
            case "utf-8", "utf8", "65001":
                return StandardCharsets.UTF_8;
            case "gbk", "cp936", "936", "gb2312", "ms936", "windows-936", "cp-936":
                return GBK;
            default:
                try {
                    return Charset.forName(key);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InvalidInputException("unknown text encoding '" + name
                            + "'; use UTF-8 or GBK (also written cp936)", e);
                }
        }
    }

    /** True when the bytes (after an optional BOM) are valid UTF-8. */
    static boolean isUtf8(byte[] bytes) {
        return strictDecode(bytes, 0, StandardCharsets.UTF_8).isPresent();
    }

    /** UTF-8 if the bytes are valid UTF-8, else GBK. */
    public static Charset detect(byte[] bytes) {
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : GBK;
    }

    /**
     * The text of a file a user gave as CSV: with the given charset, else the one its byte-order
     * mark names (UTF-8, or UTF-16 as Excel's "Unicode text" has), else UTF-8 when the bytes are
     * valid UTF-8, else GBK. Bytes the charset cannot decode are an error naming the file and the
     * byte, not replacement characters, and so are binary files (an Excel workbook, a zip).
     */
    public static String decodeText(byte[] bytes, Optional<Charset> given, String fileName) {
        BinaryFiles.refuse(bytes, fileName);
        Charset bomCharset = bomCharset(bytes);
        int start = bomCharset == null ? 0 : bomLength(bytes);
        Charset charset = given.orElse(bomCharset == null ? detect(bytes) : bomCharset);
        Optional<String> text = strictDecode(bytes, start, charset);
        if (text.isEmpty()) {
            throw new InvalidInputException(fileName + ": not " + charset.name() + " text (" + firstBadByte(bytes,
                    start, charset) + "); save it as CSV UTF-8" + (bomCharset == null && given.isEmpty()
                    ? " (it is neither UTF-8 nor GBK)" : ""));
        }
        String decoded = text.get();
        return !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF' ? decoded.substring(1) : decoded;
    }

    private static Optional<String> strictDecode(byte[] bytes, int start, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** "byte 1234 (0xC3)": where decoding stops, found by decoding again up to the failure. */
    private static String firstBadByte(byte[] bytes, int start, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = charset.newDecoder().decode(in, out, true);
        int at = in.position();
        return result.isError() && at < bytes.length
                ? String.format(Locale.ROOT, "byte %d is 0x%02X", at + 1, bytes[at] & 0xFF) : "undecodable bytes";
    }

    private static Charset bomCharset(byte[] bytes) {
        if (hasUtf8Bom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                ? StandardCharsets.UTF_16BE : null;
    }

    private static int bomLength(byte[] bytes) {
        return hasUtf8Bom(bytes) ? UTF8_BOM.length : 2;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }
}
