-- The order of a run's rules: the profile's order of its categories, which outputs keep.
ALTER TABLE run_rules ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0;
