package org.lifecircle.api;

import jakarta.servlet.ServletException;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.NotFoundException;
import org.lifecircle.model.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns exceptions into JSON errors: 400 for bad input, 404 for unknown names, 503 when the
 * database went away or refuses connections, Spring MVC's own statuses for what it refuses, 500
 * without details. Errors that never reach a controller get the same body from
 * {@link JsonErrorController} and {@link JsonErrorReportValve}.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> badInput(InvalidInputException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The database went away: the client may retry; which database and why is for the server log only. */
    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ApiError> unavailable(StoreUnavailableException e) {
        LOG.warn(e.getMessage());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "the database is not reachable right now; try again shortly"
                + " (the server log has the details)");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return error(HttpStatus.BAD_REQUEST, refused.getMessage());  // the option's own parser said why
            }
        }
        return error(HttpStatus.BAD_REQUEST, "parameter '" + e.getName() + "' has a value of the wrong type: '"
                + abbreviate(String.valueOf(e.getValue())) + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "the request body is not valid JSON of the expected form");
    }

    /** A Content-Type that does not parse, or names no concrete type (application/*): 415 like any other refused type. */
    @ExceptionHandler(InvalidMediaTypeException.class)
    ResponseEntity<ApiError> invalidMediaType(InvalidMediaTypeException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, MvcErrors.unusableContentType());
    }

    /**
     * Spring MVC's own refusals (no such URL, method not allowed, a media type it cannot read or
     * write, ...): their status and headers (Allow, Accept), with a message of ours.
     */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ApiError> refusedByMvc(Exception e) {
        if (!(e instanceof ErrorResponse refusal)) {
            return internal(new IllegalStateException(e));
        }
        int status = refusal.getStatusCode().value();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return ResponseEntity.status(status).headers(refusal.getHeaders()).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBodies.of(status, MvcErrors.message(e, status)));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> internal(RuntimeException e) {
        LOG.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details");
    }

    /**
     * The body is JSON whatever the request's Accept header says: with the type set here, Spring
     * writes it without negotiating (a client that asked for image/png still learns what is wrong,
     * instead of an empty 406 or 500).
     */
    static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
