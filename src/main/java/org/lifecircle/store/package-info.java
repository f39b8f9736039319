/**
 * Storage ports: named datasets (a city's walking network, facilities, residential areas,
 * districts, street and community units and census totals, with their sources) and saved analysis runs. Plain Java, the
 * model records and JTS only: no JDBC types, no engine. Implementations: {@code store.embedded}
 * (H2GIS file database, the default) and {@code store.postgis}, sharing {@code store.jdbc};
 * {@link org.lifecircle.store.Stores} picks one from {@link org.lifecircle.store.StoreSettings}.
 *
 * <ul>
 *   <li><b>dataset</b>: everything one {@code lifecircle import} read, under a unique name.</li>
 *   <li><b>dataset version</b>: one import of a dataset, with its own id; re-importing a name
 *       writes a new version and moves the name to it in the same transaction.</li>
 *   <li><b>run</b>: a coverage or batch analysis of a dataset version with its profile, parameters
 *       and results per area and per district; ids look like {@code r12}.</li>
 *   <li><b>stored unit</b>: a street or community of a dataset version as a plain row (level id,
 *       code, name, parent code as the import resolved it, outline); districts are stored as
 *       districts.</li>
 * </ul>
 */
package org.lifecircle.store;
