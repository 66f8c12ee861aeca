-- Submission standard v2 (统计年度 2025 on, standard-v2.md): v1's tables gain v2's fields as nullable columns
-- (a v1 year's rows leave them empty; the v2 validation decides what is required), and v2's three new sheets get
-- their fact tables. Column names are the fields' keys, as for v1 (Columns, MigrationsTest).
-- Submissions are COPY'd straight into the fact tables (V6), so there are no staging tables to change.

alter table fact_profile
    add column building_area               numeric,
    add column bandwidth                   numeric,
    add column enterprise_equipment_value  numeric,
    add column courses                     integer,
    add column special_funding_per_student numeric,
    add column staff_quota                 integer,
    add column parttime_hours              integer,
    add column parttime_pay                numeric,
    add column alumni_survey_n             integer,
    add column alumni_satisfied            integer,
    add column employer_survey_n           integer,
    add column employer_satisfied          integer;

alter table fact_majors add column apprentices integer;

alter table fact_graduates add column certificate boolean;

create table fact_service (
    submission_id              bigint primary key references submission (submission_id),
    sheet_row                  integer,
    horizontal_service_income  numeric not null,
    vertical_research_income   numeric not null,
    technology_trade_income    numeric not null,
    training_income            numeric not null,
    training_person_times      integer not null,
    public_training_hours      numeric not null,
    ip_projects                integer not null,
    invention_patents          integer not null,
    patent_transfer_income     numeric not null
);

create table fact_international (
    submission_id              bigint primary key references submission (submission_id),
    sheet_row                  integer,
    international_students     integer not null,
    foreign_trainee_days       integer not null,
    overseas_internship_days   integer not null,
    overseas_teaching_days     integer not null,
    overseas_post_teachers     integer not null,
    adopted_major_standards    integer not null,
    adopted_course_standards   integer not null,
    overseas_awards            integer not null
);

-- Case texts are public (they are printed in the school's report); the validation refuses ID and mobile numbers in them.
-- Like the other per-row sheets (V6), no foreign key: only the ingest writes these rows, in its submission's transaction.
create table fact_cases (
    submission_id  bigint not null,
    sheet_row      integer not null,
    part           text not null,
    title          text not null,
    body           text not null,
    primary key (submission_id, sheet_row)
);
