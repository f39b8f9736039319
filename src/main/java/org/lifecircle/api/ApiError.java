package org.lifecircle.api;

/**
 * The JSON body of every error response: the page shows {@code message} to the user as is.
 *
 * @param status the HTTP status code
 * @param error the status' reason phrase
 * @param message one line saying what is wrong with the request, never a stack trace or a path
 */
public record ApiError(int status, String error, String message) {
}
