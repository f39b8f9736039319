-- Demand by age group and supply (LifeCircle 0.3): residents by age group per area (given, or
-- estimated later from census shares or the profile's defaults), census age totals per district,
-- whether a facility is inclusive (普惠), and the profile a run applied, whole (as YAML).
ALTER TABLE residential_areas ADD COLUMN pop_0_2 DOUBLE PRECISION;
ALTER TABLE residential_areas ADD COLUMN pop_3_5 DOUBLE PRECISION;
ALTER TABLE residential_areas ADD COLUMN pop_60_plus DOUBLE PRECISION;
ALTER TABLE facilities ADD COLUMN inclusive BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE districts ADD COLUMN census_0_2 DOUBLE PRECISION;
ALTER TABLE districts ADD COLUMN census_3_5 DOUBLE PRECISION;
ALTER TABLE districts ADD COLUMN census_60_plus DOUBLE PRECISION;
ALTER TABLE runs ADD COLUMN profile_text CHARACTER VARYING;
