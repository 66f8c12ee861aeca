-- Submissions are now COPY'd straight into the fact tables inside their own transaction
-- (a rejected one's rows are deleted before it commits), so the staging tables are gone:
-- moving every row from staging into the facts was a second write of the province and
-- left the ingest waiting on it for each file.
drop table stg_profile;
drop table stg_majors;
drop table stg_graduates;
drop table stg_teachers;
drop table stg_partnerships;

-- Nor do the per-row sheets check a foreign key to submission any more: the check ran once
-- per COPY'd row and was a quarter of the database's work in an ingest. Their rows are only
-- ever written by the ingest, for the submission it is processing, in that submission's
-- transaction (IngestJobTest checks that no row lacks an accepted submission).
alter table fact_majors drop constraint fact_majors_submission_id_fkey;
alter table fact_graduates drop constraint fact_graduates_submission_id_fkey;
alter table fact_teachers drop constraint fact_teachers_submission_id_fkey;
alter table fact_partnerships drop constraint fact_partnerships_submission_id_fkey;
