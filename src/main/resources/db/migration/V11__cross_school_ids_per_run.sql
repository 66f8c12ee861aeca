-- W-CROSS-SCHOOL-ID is now checked once at the end of each ingest run, over every file the
-- run accepted, instead of while each file is processed. Checked per file it missed a
-- graduate two schools reported in files processed at the same time (neither saw the
-- other's uncommitted rows), and which of two files in one run was warned depended on the
-- order the workers took them. Checked per run, both schools are warned.
--
-- ids_checked: whether the check has seen the submission. Submissions processed before
-- were checked by the per-file rule; new rows start unchecked.
alter table submission add column ids_checked boolean not null default true;
alter table submission alter column ids_checked set default false;

-- Where the graduates' ID column was in the school's file, so the finding can name the
-- cell after the file is processed.
alter table submission add column graduate_id_sheet text;
alter table submission add column graduate_id_column text;
alter table submission add column graduate_id_header text;

-- The check aggregates the year's keys in one pass and needs no index; maintaining it cost
-- 1.1-1.4 s of PostgreSQL per province loaded.
drop index fact_graduates_id_key_idx;
