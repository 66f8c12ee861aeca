-- The ingest claims each file in the database, so that two processes (two ingests, an ingest and the web portal's
-- uploads) share one warehouse and none processes a file another is working on (issue 15; docs/operations.md).
--
-- status: RECEIVED is new (archived and registered, free to take); PROCESSING now means claimed by one process.

alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check check (status in
    ('RECEIVED', 'PROCESSING', 'ACCEPTED', 'ACCEPTED_WITH_WARNINGS', 'REJECTED', 'FAILED'));

-- A claim: a fresh number per claim (the claimant's later writes name it, so a claim taken over from a process
-- that was only slow is never completed twice), the claimant (its PostgreSQL session holds an advisory lock on
-- this number while the process lives), who that is in words (host, pid), when, and until when it holds without
-- its claimant working on it; the run that claimed it.
create sequence submission_claim_seq;
create sequence ingest_claimant_seq;
alter table submission add column claim_id bigint;
alter table submission add column claimant bigint;
alter table submission add column claimed_by text;
alter table submission add column claimed_at timestamptz;
alter table submission add column claim_expires_at timestamptz;
alter table submission add column claim_run bigint;
alter table submission add column failed_at timestamptz;

-- Where the file's feedback workbook goes (the folder of the inbox or upload it came through), so whichever process
-- takes the file writes it there.
alter table submission add column feedback_dir text;

-- When an accepted file was handed on (made official, or entered review): a separate step after its outcome is
-- committed; one left undone by a failure is done by the next run. Files accepted before: they are current already.
alter table submission add column handed_on_at timestamptz;
update submission set handed_on_at = coalesce(processed_at, received_at) where status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS');

-- What becomes of a file that passed the rules, when there is something to say (review's note, e.g. 已锁定：省级解锁后
--方可替换), as its feedback and the run's summary show it.
alter table submission add column outcome_note text;

-- Submissions registered but not yet processed, or left by a killed process, were PROCESSING: free to take.
update submission set status = 'RECEIVED' where status = 'PROCESSING';

-- The claim's search: a year's files still to be processed.
create index submission_pending_idx on submission (year, submission_id)
    where status in ('RECEIVED', 'PROCESSING', 'FAILED');

-- A job that runs in several processes at once (the ingest) makes each run its own job instance: its run number.
create sequence job_run_seq;
