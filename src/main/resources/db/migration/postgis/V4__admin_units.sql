-- Street and community units (LifeCircle 0.4, issue 16): one row per unit of a level below the
-- district (the districts are the districts table), in input order per level, with the parent's
-- code as the import resolved it (given by the file or found by containment) and where it was read.
CREATE TABLE admin_units (
    version_id         VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    level              VARCHAR(16) NOT NULL,
    ordinal            INTEGER NOT NULL,
    code               TEXT NOT NULL,
    name               TEXT NOT NULL,
    parent_code        TEXT NOT NULL,
    location           TEXT NOT NULL,
    geom               geometry(Geometry, 4326) NOT NULL,
    PRIMARY KEY (version_id, level, ordinal)
);
