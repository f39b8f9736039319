package org.lifecircle.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.InvalidInputException;

/**
 * Splits CSV text into records as RFC 4180 describes: fields separated by a delimiter, fields in
 * double quotes may hold delimiters, line breaks and doubled quotes (""). Line ends may be CRLF,
 * LF or CR. Lines that are completely empty are skipped. Each record remembers the line it
 * starts on, for messages.
 */
public final class CsvRecords {

    /** One record: its cells and the 1-based line number where it starts. */
    public record Row(int line, List<String> cells) {
    }

    private final String text;
    private final char delimiter;
    private final String fileName;
    private final List<Row> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int line = 1;
    private int rowStartLine = 1;
    private boolean rowHasContent;

    private CsvRecords(String text, char delimiter, String fileName) {
        this.text = text;
        this.delimiter = delimiter;
        this.fileName = fileName;
    }

    /** Every non-empty record of the text. */
    public static List<Row> parse(String text, char delimiter, String fileName) {
        CsvRecords parser = new CsvRecords(text, delimiter, fileName);
        parser.run();
        return parser.rows;
    }

    /**
     * The delimiter of the header line: tab or semicolon when the line has one of them outside
     * quotes and no comma, else comma.
     */
    public static char detectDelimiter(String text) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        if (commas == 0 && tabs > 0) {
            return '\t';
        }
        return commas == 0 && semicolons > 0 ? ';' : ',';
    }

    private void run() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && cell.length() == 0) {
                i = readQuoted(i + 1);
                rowHasContent = true;
                continue;
            }
            if (c == delimiter) {
                endCell();
                rowHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow();
                line++;
                rowStartLine = line;
            } else {
                cell.append(c);
                rowHasContent = true;
            }
            i++;
        }
        endRow();
    }

    /** Reads a quoted field from just after its opening quote; returns the index after the closing quote. */
    private int readQuoted(int start) {
        int openedOnLine = line;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
            cell.append(c);
            i++;
        }
        throw new InvalidInputException(fileName + " line " + openedOnLine + ": a quoted value is not closed"
                + " (a \" without its closing \"); close it, or double quotes inside values (\"\")");
    }

    private void endCell() {
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private void endRow() {
        if (rowHasContent || cell.length() > 0) {
            endCell();
            rows.add(new Row(rowStartLine, List.copyOf(cells)));
        }
        cells = new ArrayList<>();
        cell.setLength(0);
        rowHasContent = false;
    }
}
