package org.lifecircle.store;

/** A dataset version as read back: its description, graph build report and features (the network is read separately). */
public record StoredDataset(DatasetInfo info, NetworkBuild build, DatasetFeatures features) {
}
