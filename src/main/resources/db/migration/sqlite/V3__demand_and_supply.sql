-- Demand by age group and supply (LifeCircle 0.3): residents by age group per area (given, or
-- estimated later from census shares or the profile's defaults), census age totals per district,
-- whether a facility is inclusive (普惠), and the profile a run applied, whole (as YAML).
ALTER TABLE residential_areas ADD COLUMN pop_0_2 REAL;
ALTER TABLE residential_areas ADD COLUMN pop_3_5 REAL;
ALTER TABLE residential_areas ADD COLUMN pop_60_plus REAL;
ALTER TABLE facilities ADD COLUMN inclusive INTEGER NOT NULL DEFAULT 0;
ALTER TABLE districts ADD COLUMN census_0_2 REAL;
ALTER TABLE districts ADD COLUMN census_3_5 REAL;
ALTER TABLE districts ADD COLUMN census_60_plus REAL;
ALTER TABLE runs ADD COLUMN profile_text TEXT;
