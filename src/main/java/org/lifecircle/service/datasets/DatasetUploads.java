package org.lifecircle.service.datasets;

import java.io.InputStream;
import org.lifecircle.io.files.ZipUnpacker;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.StoreUnavailableException;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.DatasetNames;
import org.lifecircle.store.Store;

/**
 * Imports a dataset sent as one zip of its input files (see {@link UploadedDataset} for how they
 * are named), as {@code lifecircle import} does with files on disk: in one transaction, replacing
 * a dataset of the same name only when everything was read.
 */
public final class DatasetUploads {

    private final Store store;
    private final ZipUnpacker.Limits limits;
    private final ImportProgress progress = new ImportProgress();

    public DatasetUploads(Store store, ZipUnpacker.Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** How far the running import of that dataset name is (not running when there is none). */
    public ImportProgress.Status progress(String name) {
        return progress.of(name);
    }

    /** Imports the zip; its facility files replace the OSM facilities of their own categories. */
    public ImportedDataset importZip(String name, InputStream zip) {
        return importZip(name, zip, FacilityReplacement.CATEGORIES);
    }

    /** Imports the zip; {@code replacement} says what its facility files replace of the OSM facilities. */
    public ImportedDataset importZip(String name, InputStream zip, FacilityReplacement replacement) {
        DatasetNames.check(name);
        try (UploadedDataset upload = UploadedDataset.unpack(zip, limits)) {
            try {
                ImportJob job = new ImportJob(store, new ImportRequest(name,
                        upload.sources().withFacilityReplacement(replacement)));
                DatasetInfo info = progress.track(name, p -> job.progress(p).run());
                return ImportedDataset.of(info, job.warnings().stream().map(upload::withoutFolder).toList());
            } catch (StoreUnavailableException e) {
                throw e; // the database's trouble, not the upload's: the server answers 503 without the message
            } catch (InvalidInputException e) {
                throw new InvalidInputException(upload.withoutFolder(e.getMessage()), e);
            }
        }
    }
}
