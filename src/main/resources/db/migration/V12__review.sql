-- Review before figures become official (review-workflow.md).
--
-- A file's outcome stays on submission.status (passed the rules or not). What the province
-- has made of a school's data for a year lives here: its review state and the file under
-- review. The official file of a school-year is the one last approved, and stays in
-- current_submission, which every indicator query already reads.

create table school_year (
    year                  integer not null,
    school_code           char(10) not null,
    state                 text not null check (state in
                            ('NOT_SUBMITTED', 'TO_EXPLAIN', 'TO_CERTIFY', 'CERTIFIED', 'CITY_APPROVED',
                             'RETURNED', 'APPROVED')),
    -- The school's latest file that passed the rules (null while NOT_SUBMITTED).
    review_submission_id  bigint references submission (submission_id),
    -- Whether a city approves before the province (decided from the 办学类型 when the file enters review).
    city_level            boolean not null default false,
    -- Bumped by every change: an action names the version it saw, so of two people acting on one
    -- school-year at once exactly one wins and the other is told.
    version               integer not null default 0,
    updated_at            timestamptz not null default now(),
    primary key (year, school_code)
);

create index school_year_state_idx on school_year (year, state);

-- A school's explanation of a warned rule of one file: for the whole rule (sheet and excel_row
-- null) or for one finding (sheet and excel_row). Explanations belong to the file: a new file
-- starts without any.
create table explanation (
    explanation_id        bigserial primary key,
    submission_id         bigint not null references submission (submission_id),
    rule_id               text not null,
    sheet                 text,
    excel_row             integer,
    text                  text not null check (char_length(btrim(text)) >= 5),
    explained_by          text not null,
    explained_at          timestamptz not null default now(),
    check ((sheet is null) = (excel_row is null))
);

create unique index explanation_target_idx
    on explanation (submission_id, rule_id, coalesce(sheet, ''), coalesce(excel_row, 0));

-- Every review action, one row each, never updated or deleted.
create table review_audit (
    audit_id              bigserial primary key,
    year                  integer not null,
    school_code           char(10) not null,
    level                 text not null check (level in ('school', 'city', 'province', 'system')),
    action                text not null check (action in
                            ('EXPLAIN', 'CERTIFY', 'APPROVE', 'RETURN', 'UNLOCK', 'REENTRY', 'LATE_WARNING')),
    from_state            text,
    to_state              text,
    actor                 text not null,
    acted_at              timestamptz not null default now(),
    reason                text,
    submission_id         bigint references submission (submission_id),
    sha256                char(64)
);

create index review_audit_school_idx on review_audit (year, school_code, audit_id);

create function review_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'review_audit is append-only';
end
$$;

create trigger review_audit_append_only before update or delete on review_audit
    for each row execute function review_audit_is_append_only();

create trigger review_audit_no_truncate before truncate on review_audit
    for each statement execute function review_audit_is_append_only();

-- Warehouses loaded before review existed: what is current was official, so it stays so.
insert into school_year (year, school_code, state, review_submission_id)
select c.year, c.school_code, 'APPROVED', c.submission_id
  from current_submission c;

insert into review_audit (year, school_code, level, action, from_state, to_state, actor, reason, submission_id, sha256)
select c.year, c.school_code, 'system', 'APPROVE', 'NOT_SUBMITTED', 'APPROVED', 'system',
       '审核流程启用前已入库的数据，按已审核处理', c.submission_id, s.sha256
  from current_submission c join submission s using (submission_id);
