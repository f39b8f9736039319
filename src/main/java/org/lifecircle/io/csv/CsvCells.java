package org.lifecircle.io.csv;

import java.util.regex.Pattern;

/**
 * Text cells of every CSV the product writes: quoted as RFC 4180 says and, following OWASP's "CSV
 * Injection" advice, neutralised when a spreadsheet would take them for a formula. A cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading single quote and is
 * quoted ({@code =cmd|' /C calc'!A0} becomes {@code "'=cmd|' /C calc'!A0"}): Excel and LibreOffice
 * then show it as text instead of evaluating it. Names, ids and codes come from the planner's
 * files and from OpenStreetMap, so any of them may carry such a payload. Numbers are never passed
 * through here, and a text cell that is a plain decimal number ({@code -1.5}, {@code +86}) is no
 * formula either, so it is left as it is.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvCells() {
    }

    /** The value as one CSV text cell: neutralised if it could be a formula, quoted if it needs it. */
    public static String text(String value) {
        if (isFormulaLike(value)) {
            return '"' + ("'" + value).replace("\"", "\"\"") + '"';
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Whether a spreadsheet opening the file could evaluate the cell (OWASP's list of leading characters). */
    public static boolean isFormulaLike(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(value).matches();
    }
}
