-- Street and community units (LifeCircle 0.4): 0.1 stores have none; the table lets the shared
-- JDBC code read them the same way as the other databases.
CREATE TABLE admin_units (
    version_id         VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    level              VARCHAR(16) NOT NULL,
    ordinal            INTEGER NOT NULL,
    code               CHARACTER VARYING NOT NULL,
    name               CHARACTER VARYING NOT NULL,
    parent_code        CHARACTER VARYING NOT NULL,
    location           CHARACTER VARYING NOT NULL,
    geom               GEOMETRY(GEOMETRY, 4326) NOT NULL,
    PRIMARY KEY (version_id, level, ordinal)
);
