package org.lifecircle.store;

import java.util.List;
import java.util.Optional;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Progress;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Envelope;

/**
 * Named datasets. Every write is one transaction: a failure leaves the store as it was, and a
 * reader sees a dataset either before or after a re-import, never a mix.
 */
public interface DatasetStore {

    /**
     * Stores the dataset under its name as a new version; an existing dataset of that name is
     * replaced in the same transaction (its rows are deleted).
     */
    default DatasetInfo save(NewDataset dataset) {
        return save(dataset, Progress.NONE);
    }

    /** As {@link #save(NewDataset)}, telling the rows written to the progress (one step). */
    DatasetInfo save(NewDataset dataset, Progress progress);

    /** All datasets, by name. */
    List<DatasetInfo> list();

    Optional<DatasetInfo> find(String name);

    /** The dataset, or an {@link org.lifecircle.model.InvalidInputException} naming the known ones. */
    DatasetInfo get(String name);

    /** Deletes the dataset; false when there was none of that name. Saved runs stay. */
    boolean delete(String name);

    /** Everything but the network, read in one consistent snapshot; throws like {@link #get}. */
    StoredDataset read(String name);

    /**
     * Hands the walking network of a dataset version to the sink, nodes then edges in id order:
     * from the graph cache when it holds this version, else from the database (refilling the cache).
     * A {@link VersionGoneException} when the version was replaced or deleted meanwhile.
     */
    void readNetwork(String versionId, NetworkSink sink);

    /** Facilities whose point lies in the WGS84 box (edges included), in dataset order. */
    List<Facility> facilitiesIn(String name, Envelope lonLatBox);

    /** Residential areas whose polygon intersects the WGS84 box, in dataset order. */
    List<ResidentialArea> areasIn(String name, Envelope lonLatBox);

    /** Districts whose boundary intersects the WGS84 box, in dataset order. */
    List<District> districtsIn(String name, Envelope lonLatBox);
}
