-- Reference dimensions, filled from the shipped CSVs by the repeatable Java migration R__reference_data
-- (it reloads when a CSV changes). Editions are kept side by side, so codes of earlier years stay resolvable.

create table dim_major_catalog (
    edition        text not null,
    level          text not null check (level in ('中职', '高职专科', '职业本科')),
    major_code     text not null,
    major_name     text not null,
    category_code  text not null,
    category_name  text not null,
    division_code  text not null,
    division_name  text not null,
    primary key (edition, level, major_code)
);

create table dim_region (
    region_code    char(6) primary key,
    name           text not null,
    level          text not null check (level in ('province', 'city', 'county')),
    parent_code    char(6),
    province_code  char(6) not null,
    city_code      char(6)
);

create table dim_industry (
    industry_code  text primary key,
    name           text not null,
    level          text not null check (level in ('section', 'division', 'group', 'class')),
    parent_code    text,
    section_code   char(1) not null
);

-- One row per school ever seen in accepted data or a roster; the profile of its latest accepted submission.
create table dim_school (
    school_code     char(10) primary key,
    school_name     text not null,
    school_type     text,
    ownership       text,
    region_code     char(6),
    first_year      integer,
    last_year       integer,
    updated_at      timestamptz not null default now()
);

-- Schools expected to submit in a year, from a roster file (status and the provincial report's "not submitted").
create table school_roster (
    year            integer not null,
    school_code     char(10) not null,
    school_name     text not null,
    school_type     text,
    region_code     char(6),
    primary key (year, school_code)
);
