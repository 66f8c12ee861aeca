-- The warehouse: one fact table per sheet of the standard (fact_<sheet key>), one column per field (named by the
-- field's key), every row traceable to its submission and its Excel row. ID numbers are never stored: an ID field
-- becomes <key>_hash (HMAC-SHA-256, hex) and <key>_masked (first 6 and last 4 characters).
-- Facts of every accepted version are kept; current_submission says which one counts.
-- Staging tables (stg_*) have the same shape, are unlogged, and hold a submission's rows only while it is processed.

create table fact_profile (
    submission_id        bigint primary key references submission (submission_id),
    sheet_row            integer,
    school_code          char(10) not null,
    school_name          text not null,
    school_type          text not null,
    ownership            text not null,
    region_code          char(6) not null,
    year                 integer not null,
    contact              text,
    phone                text,
    equipment_value      numeric not null,
    workstations         integer not null,
    books                bigint not null,
    computers            integer,
    funding_per_student  numeric
);

create table fact_majors (
    submission_id        bigint not null references submission (submission_id),
    sheet_row            integer not null,
    major_code           text not null,
    major_name           text not null,
    duration             integer not null,
    plan                 integer not null,
    admitted             integer not null,
    registered           integer not null,
    enrolled             integer not null,
    through_track        integer,
    graduates            integer not null,
    primary key (submission_id, sheet_row)
);

create table fact_graduates (
    submission_id        bigint not null references submission (submission_id),
    sheet_row            integer not null,
    student_no           text not null,
    name                 text not null,
    id_number_hash       char(64) not null,
    id_number_masked     char(18) not null,
    gender               text not null,
    major_code           text not null,
    destination          char(2) not null,
    employer             text,
    employer_region      char(6),
    employer_industry    text,
    employer_kind        text,
    related              boolean,
    monthly_income       numeric,
    further_school       text,
    primary key (submission_id, sheet_row)
);

create index fact_graduates_id_idx on fact_graduates (id_number_hash);

create table fact_teachers (
    submission_id        bigint not null references submission (submission_id),
    sheet_row            integer not null,
    staff_no             text not null,
    name                 text not null,
    id_number_hash       char(64) not null,
    id_number_masked     char(18) not null,
    gender               text not null,
    birth_date           date not null,
    category             text not null,
    specialty_course     boolean,
    dual_qualified       boolean not null,
    title                text not null,
    education            text not null,
    degree               text,
    major_code           text,
    practice_days        integer not null,
    training_hours       numeric not null,
    primary key (submission_id, sheet_row)
);

create table fact_partnerships (
    submission_id        bigint not null references submission (submission_id),
    sheet_row            integer not null,
    partner_name         text not null,
    partner_credit_code  char(18) not null,
    form                 text not null,
    major_code           text,
    interns              integer,
    hires                integer,
    mentors              integer,
    primary key (submission_id, sheet_row)
);

create unlogged table stg_profile (like fact_profile including defaults);
create unlogged table stg_majors (like fact_majors including defaults);
create unlogged table stg_graduates (like fact_graduates including defaults);
create unlogged table stg_teachers (like fact_teachers including defaults);
create unlogged table stg_partnerships (like fact_partnerships including defaults);

create index stg_graduates_submission_idx on stg_graduates (submission_id);
create index stg_teachers_submission_idx on stg_teachers (submission_id);
create index stg_majors_submission_idx on stg_majors (submission_id);
create index stg_partnerships_submission_idx on stg_partnerships (submission_id);
