-- Baseline: the schema starts empty; each feature adds its tables in a migration of its own.
COMMENT ON SCHEMA public IS 'Switchboard';
