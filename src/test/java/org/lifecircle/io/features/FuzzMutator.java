package org.lifecircle.io.features;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of valid text fixtures for the reader fuzz tests: truncation, deletion and
 * duplication of ranges, inserted tokens that readers trip over (quotes, delimiters, line breaks,
 * NaN, huge numbers, BOMs, control and unicode characters, brackets), numbers replaced by extreme
 * values, swapped delimiters and lines, and byte-level damage after encoding. The same seed gives
 * the same input, so a failure is reproduced from the seed printed with it.
 */
public final class FuzzMutator {

    static final List<String> TOKENS = List.of("\"", ",", ";", "\t", "\r", "\n", "\r\n", "\"\"", "NaN", "Infinity",
            "-Infinity", "1e999", "-1e999", "1e-999", "99999999999999999999999999", "-0", "0x1F", "１１７.１", "١٢٣",
            "°", "\u0000", "\uFEFF", "\u2028", "\u202E", "😀", "e\u0301", "[", "]", "{", "}", "[[[[[[[[", "]]]]", "null",
            "true", ":", "\\", "\\u0000", "\\ud800", "'", "POINT (", "POLYGON ((1 2, 3 4))", "经度", "lat", "lon", "x",
            " ", "");
    static final List<String> NUMBERS = List.of("NaN", "Infinity", "1e999", "-1e999", "1e308", "4.9e-324", "-0.0",
            "180.0000001", "-90.5", "91", "360", "1e15", "123456789012345678901234567890", "0", "117", "39",
            "516341.2", "4329571.8", "1.", ".5", "+117.2", "1_000", "117,2");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Random random;

    public FuzzMutator(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One to three text mutations. */
    public String mutateText(String text) {
        String result = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            result = mutateOnce(result);
        }
        return result;
    }

    private String mutateOnce(String text) {
        int length = text.length();
        int at = length == 0 ? 0 : random.nextInt(length + 1);
        int end = Math.min(length, at + random.nextInt(40));
        return switch (random.nextInt(9)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(end);
            case 2 -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
            case 3, 4 -> text.substring(0, at) + pick(TOKENS) + text.substring(at);
            case 5 -> replaceNumber(text);
            case 6 -> text.replace(",", pick(List.of(";", "\t", " ", "，", "")));
            case 7 -> swapLines(text);
            default -> text.substring(0, at) + randomChar() + text.substring(Math.min(length, at + 1));
        };
    }

    private String replaceNumber(String text) {
        Matcher matcher = NUMBER.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        if (count == 0) {
            return text;
        }
        int target = random.nextInt(count);
        matcher.reset();
        for (int i = 0; i <= target; i++) {
            matcher.find();
        }
        return text.substring(0, matcher.start()) + pick(NUMBERS) + text.substring(matcher.end());
    }

    private String swapLines(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return text;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String swap = lines[a];
        lines[a] = lines[b];
        lines[b] = swap;
        return String.join("\n", lines);
    }

    private String randomChar() {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf((char) random.nextInt(0x20));
            case 1 -> String.valueOf((char) (0x4E00 + random.nextInt(0x5000)));
            case 2 -> new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
            default -> String.valueOf((char) (0x20 + random.nextInt(0x5F)));
        };
    }

    /** The text encoded, sometimes with a byte-order mark, in another encoding or with damaged bytes. */
    public byte[] encode(String text, Charset usual) {
        byte[] bytes = text.getBytes(random.nextInt(10) == 0 ? pick(List.of(StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, Charset.forName("GBK"), StandardCharsets.ISO_8859_1)) : usual);
        switch (random.nextInt(12)) {
            case 0 -> bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            case 1 -> bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
            case 2, 3 -> damageBytes(bytes);
            default -> {
            }
        }
        return bytes;
    }

    private void damageBytes(byte[] bytes) {
        for (int i = 0, n = 1 + random.nextInt(4); i < n && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
