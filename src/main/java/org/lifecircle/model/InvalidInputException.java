package org.lifecircle.model;

import java.util.regex.Pattern;

/**
 * Input a user supplied is unusable. The message is shown to the user as is: it names the
 * file, line or feature and what is wrong, and never needs a stack trace to be understood.
 *
 * <p>The message is always one line: messages quote values from the user's files (a CSV header, a
 * JSON token), and a line break or other control character in such a value is replaced by a space
 * here, so that the console line, {@code error.txt} and API errors stay one line whatever the file holds.
 */
public class InvalidInputException extends RuntimeException {

    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");

    public InvalidInputException(String message) {
        super(oneLine(message));
    }

    public InvalidInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** The text with every run of control or line-separator characters turned into one space. */
    static String oneLine(String message) {
        return message == null ? null : LINE_BREAKING.matcher(message).replaceAll(" ").strip();
    }
}
