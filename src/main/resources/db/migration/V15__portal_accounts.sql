-- Accounts of the web portal (docs/portal.md) and its security log.
--
-- One row per person. What an account may see is stored with it: a school (clerk, head), a city
-- (city reviewer, by its 6-digit city code, e.g. 440100), or an official's scope of reports (cities,
-- 办学类型, schools, the provincial report), the same criteria as a job file's recipients.

create table portal_account (
    username              text primary key check (username ~ '^[A-Za-z0-9._-]{3,64}$'),
    display_name          text not null,
    role                  text not null check (role in
                            ('SCHOOL_CLERK', 'SCHOOL_HEAD', 'CITY_REVIEWER', 'PROVINCE_REVIEWER', 'PROVINCE_ADMIN',
                             'OFFICIAL')),
    school_code           char(10),
    city_code             text check (city_code ~ '^[0-9]{6}$'),
    scope_cities          text[] not null default '{}',
    scope_school_types    text[] not null default '{}',
    scope_schools         text[] not null default '{}',
    scope_province        boolean not null default false,
    email                 text,
    -- {bcrypt}…: Spring Security's DelegatingPasswordEncoder format, so the algorithm can change.
    password_hash         text not null,
    -- A one-time password handed out by the office: the first login must set a new one.
    must_change_password  boolean not null default true,
    enabled               boolean not null default true,
    failed_logins         integer not null default 0,
    locked_until          timestamptz,
    created_at            timestamptz not null default now(),
    password_changed_at   timestamptz,
    check ((role in ('SCHOOL_CLERK', 'SCHOOL_HEAD')) = (school_code is not null)),
    check ((role = 'CITY_REVIEWER') = (city_code is not null))
);

create index portal_account_school_idx on portal_account (school_code);

-- Every login (successful or not), logout, password change and account change. Append-only.
create table security_log (
    event_id              bigserial primary key,
    at                    timestamptz not null default now(),
    username              text,
    event                 text not null,
    remote_address        text,
    detail                text
);

create index security_log_user_idx on security_log (username, event_id);

create function security_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'security_log is append-only';
end
$$;

create trigger security_log_append_only before update or delete on security_log
    for each row execute function security_log_is_append_only();
