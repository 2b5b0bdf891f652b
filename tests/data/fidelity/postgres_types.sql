-- PostgreSQL types of the hostile-values table (columns.txt), made once per database; concurrent test
-- runs may race to make them, so a duplicate is not an error.
DO $$ BEGIN CREATE TYPE ferry_fid_stage AS ENUM ('lead', 'won', 'lost', ''); EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE DOMAIN ferry_fid_amount AS NUMERIC(5,2); EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
