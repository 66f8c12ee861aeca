-- What went to whom: one row per report file per recipient and channel (outbox folder or e-mail) per attempt.
-- A file (by its bytes) is delivered once to a recipient through a channel and address; failed attempts are retried.

create table delivery_log (
    delivery_id    bigserial primary key,
    run_id         bigint,
    job_name       text not null,
    year           integer not null,
    recipient      text not null,
    channel        text not null check (channel in ('OUTBOX', 'EMAIL')),
    address        text not null,
    file_name      text not null,
    sha256         char(64) not null,
    size_bytes     bigint not null,
    delivered_at   timestamptz not null default now(),
    outcome        text not null check (outcome in ('DELIVERED', 'FAILED')),
    detail         text
);

create index delivery_log_lookup_idx on delivery_log (year, recipient, channel, file_name);
