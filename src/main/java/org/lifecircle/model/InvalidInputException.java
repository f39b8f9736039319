package org.lifecircle.model;

/**
 * Input a user supplied is unusable. The message is shown to the user as is: it names the
 * file, line or feature and what is wrong, and never needs a stack trace to be understood.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
