-- How a year's files go through review (review-workflow.md, Modes and Levels), as the job
-- file's review: section last said. Kept in the warehouse, not in a run's parameters, so
-- that every way a file arrives for the year (the scheduled ingest, a one-off ingest, the
-- portal's upload) gives it the same mode and the same city level.
create table review_setting (
    year                  integer primary key,
    mode                  text not null check (mode in ('required', 'auto')),
    -- 办学类型 whose school-years a city approves before the province.
    city_level_types      text[] not null default '{}',
    updated_at            timestamptz not null default now()
);
