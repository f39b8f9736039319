package org.lifecircle.io.features;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-8 if the bytes are valid UTF-8, else GBK. */
    static Charset detect(byte[] bytes) {
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : GBK;
    }

    /** Decodes with the given charset or the detected one; a leading UTF-8 byte-order mark is dropped. */
    public static String decode(byte[] bytes, Optional<Charset> given) {
        int start = hasUtf8Bom(bytes) ? UTF8_BOM.length : 0;
        Charset charset = given.orElseGet(() -> start > 0 ? StandardCharsets.UTF_8 : detect(bytes));
        String text = new String(bytes, start, bytes.length - start, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }
}
