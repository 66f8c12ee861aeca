-- The submission registry: one row per distinct file content processed for a year, and one row per file name seen
-- in an inbox (so a file already processed is skipped and a renamed copy is recognised as DUPLICATE).

create table submission (
    submission_id      bigserial primary key,
    year               integer not null,
    school_code        char(10),
    school_name        text,
    file_name          text not null,
    sha256             char(64) not null,
    size_bytes         bigint not null,
    version            integer,
    status             text not null check (status in
                         ('PROCESSING', 'ACCEPTED', 'ACCEPTED_WITH_WARNINGS', 'REJECTED', 'FAILED')),
    received_at        timestamptz not null default now(),
    processed_at       timestamptz,
    archive_path       text,
    feedback_path      text,
    error_count        integer not null default 0,
    warning_count      integer not null default 0,
    info_count         integer not null default 0,
    rows_read          jsonb not null default '{}'::jsonb,
    rows_loaded        jsonb not null default '{}'::jsonb,
    rows_skipped       jsonb not null default '{}'::jsonb,
    failure            text,
    superseded_by      bigint references submission (submission_id),
    run_id             bigint,
    unique (year, sha256)
);

create index submission_school_idx on submission (year, school_code);

create table received_file (
    year               integer not null,
    file_name          text not null,
    sha256             char(64) not null,
    received_at        timestamptz not null default now(),
    submission_id      bigint not null references submission (submission_id),
    duplicate          boolean not null,
    run_id             bigint,
    primary key (year, file_name, sha256)
);

create index received_file_run_idx on received_file (run_id);

-- The warehouse's current data: for each school and year, the one accepted submission that counts.
create table current_submission (
    year               integer not null,
    school_code        char(10) not null,
    submission_id      bigint not null references submission (submission_id),
    since              timestamptz not null default now(),
    primary key (year, school_code)
);

create table finding (
    finding_id         bigserial primary key,
    submission_id      bigint not null references submission (submission_id) on delete cascade,
    seq                integer not null,
    rule_id            text not null,
    severity           text not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    sheet              text,
    excel_row          integer,
    column_letter      text,
    header             text,
    value_masked       text,
    message            text not null,
    unique (submission_id, seq)
);

create index finding_rule_idx on finding (submission_id, rule_id);
