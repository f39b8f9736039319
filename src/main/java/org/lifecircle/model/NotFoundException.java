package org.lifecircle.model;

/** A named thing (dataset, run, scenario) that does not exist; the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
