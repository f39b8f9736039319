package org.lifecircle.store;

import org.lifecircle.model.InvalidInputException;

/**
 * A dataset version that was current a moment ago is gone: its dataset was re-imported or
 * deleted between two reads. Readers that want the current version read again.
 */
public class VersionGoneException extends InvalidInputException {

    public VersionGoneException(String versionId) {
        super("dataset version " + versionId + " no longer exists (the dataset was re-imported or deleted"
                + " meanwhile); run again");
    }
}
