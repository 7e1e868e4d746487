-- Lots foundation schema: organisations, users and grants, participants and
-- enrolments (one programme each), events, follow-ups, employers, audit log.
-- Tenancy: every row of personal data carries programme_id; row-level security
-- restricts the application role (lots_app) to the programmes set per transaction
-- in `lots.programmes` (see docs/adr/0002-tenancy.md).

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'lots_app') then
    create role lots_app nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
  end if;
end
$$;

-- Scope of the current transaction, set by the data layer's choke point.
create function lots_scope_programmes() returns uuid[]
  language sql stable
  as $$ select coalesce(nullif(current_setting('lots.programmes', true), '')::uuid[], '{}'::uuid[]) $$;

create function lots_scope_associations() returns uuid[]
  language sql stable
  as $$ select coalesce(nullif(current_setting('lots.associations', true), '')::uuid[], '{}'::uuid[]) $$;

-- System scope: migrations, imports run by an admin, scheduled jobs.
create function lots_is_system() returns boolean
  language sql stable
  as $$ select coalesce(current_setting('lots.system', true), '') = 'on' $$;

create table county (
  code text primary key check (code ~ '^[0-9]{2}$'),
  name text not null
);

create table municipality (
  code text primary key check (code ~ '^[0-9]{4}$'),
  name text not null,
  county_code text not null references county (code)
);

create table association (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$'),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);

create table programme (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$'),
  name text not null check (length(name) between 1 and 200),
  association_id uuid not null references association (id),
  parent_id uuid references programme (id),
  municipality_code text references municipality (code),
  closure_after_days integer not null default 60 check (closure_after_days > 0),
  min_hours_per_week_for_employment numeric(5, 2) not null default 0
    check (min_hours_per_week_for_employment >= 0),
  follow_up_months integer[] not null default '{6,12}',
  retention_years integer not null default 2 check (retention_years > 0),
  case_number_prefix text check (case_number_prefix ~ '^[A-Z0-9]{1,10}$'),
  priority_rules jsonb not null default '[]',
  created_at timestamptz not null default now(),
  check (parent_id is null or parent_id <> id)
);
create index programme_association_idx on programme (association_id);
create index programme_parent_idx on programme (parent_id);

create table programme_target (
  programme_id uuid not null references programme (id),
  year integer not null check (year between 1990 and 2100),
  enrolments integer check (enrolments >= 0),
  rates jsonb not null default '{}',
  primary key (programme_id, year)
);

create table team (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  key text not null check (key ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$'),
  name text not null,
  unique (programme_id, key)
);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email) and position('@' in email) > 1),
  display_name text not null,
  password_hash text not null,
  locale text not null default 'sv' check (locale in ('sv', 'en')),
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);

create table role_grant (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  role text not null check (role in ('specialist', 'supervisor', 'analyst', 'funder', 'admin')),
  association_id uuid references association (id),
  programme_id uuid references programme (id),
  created_at timestamptz not null default now(),
  check (num_nonnulls(association_id, programme_id) <= 1),
  check (role = 'admin' or num_nonnulls(association_id, programme_id) = 1),
  unique nulls not distinct (user_id, role, association_id, programme_id)
);
create index role_grant_user_idx on role_grant (user_id);

create table app_session (
  id text primary key, -- sha256 of the cookie token; the token itself is never stored
  user_id uuid not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index app_session_user_idx on app_session (user_id);

create table specialist (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  key text not null,
  name text not null,
  fte numeric(3, 2) not null check (fte > 0 and fte <= 1),
  team_id uuid references team (id),
  user_id uuid references app_user (id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (programme_id, key)
);
create index specialist_user_idx on specialist (user_id);

create table employer (
  id uuid primary key default gen_random_uuid(),
  association_id uuid not null references association (id),
  key text not null,
  name text not null,
  org_number text check (org_number ~ '^[0-9]{6}-[0-9]{4}$'),
  industry text check (industry ~ '^[A-U]$'),
  type text check (type in ('private', 'public', 'municipality', 'region', 'state', 'non_profit', 'social_enterprise')),
  created_at timestamptz not null default now(),
  unique (association_id, key)
);

-- A person as known to one programme (pseudonymous). Identity lives apart, encrypted.
create table participant (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  key text not null,
  created_at timestamptz not null default now(),
  unique (programme_id, key),
  unique (id, programme_id)
);

create table participant_identity (
  participant_id uuid primary key,
  programme_id uuid not null,
  name_enc text,
  personal_number_enc text,
  personal_number_hmac text,
  phone_enc text,
  email_enc text,
  erased_at timestamptz,
  updated_at timestamptz not null default now(),
  foreign key (participant_id, programme_id) references participant (id, programme_id)
);
create index participant_identity_pnr_idx on participant_identity (programme_id, personal_number_hmac);

create table enrolment (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  participant_id uuid not null,
  key text not null,
  case_number text not null,
  status text not null check (status in ('referred', 'waiting', 'declined', 'withdrawn', 'enrolled', 'closed')),
  sex text not null check (sex in ('female', 'male', 'other', 'unknown')),
  birth_year integer not null check (birth_year between 1900 and 2100),
  municipality_code text not null references municipality (code),
  education text not null check (education in ('compulsory', 'upper_secondary', 'post_secondary_short', 'university', 'unknown')),
  referral_date date not null,
  referral_source text not null check (referral_source in ('self', 'AF', 'FK', 'psychiatry', 'social_services', 'primary_care', 'other')),
  referral_officer text,
  referral_organisation text,
  queue_priority integer check (queue_priority >= 1),
  queue_accepted_at date,
  declined_at date,
  declined_reason text,
  withdrawn_at date,
  withdrawn_reason text,
  enrolled_at date,
  specialist_id uuid references specialist (id),
  consent_date date,
  consent_participation boolean,
  consent_hand_back boolean,
  consent_survey boolean,
  consent_withdrawn_at date,
  time_on_support text check (time_on_support in ('up_to_1_year', 'up_to_3_years', 'up_to_6_years', 'up_to_9_years', 'more_than_9_years', 'not_applicable')),
  housing_support_hours numeric(5, 2) check (housing_support_hours >= 0),
  diagnosis_group text check (diagnosis_group in ('psychosis', 'bipolar', 'depression_anxiety', 'neuropsychiatric', 'personality', 'substance_use', 'intellectual_disability', 'other')),
  goal text check (goal in ('work', 'studies', 'occupation')),
  network_agencies text[],
  preferences text,
  closed_at date,
  closure_reason text check (closure_reason in ('employment', 'studies', 'job_seeking', 'other_intervention', 'ill_health', 'not_right_intervention', 'parental_leave', 'moved', 'own_choice', 'other')),
  closure_summary text,
  hand_back_to text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (programme_id, key),
  unique (programme_id, case_number),
  unique (id, programme_id),
  foreign key (participant_id, programme_id) references participant (id, programme_id),
  check (enrolled_at is null or enrolled_at >= referral_date),
  check (status not in ('enrolled', 'closed') or (enrolled_at is not null and consent_date is not null and consent_participation)),
  check (status <> 'closed' or (closed_at is not null and closure_reason is not null)),
  check (closed_at is null or closed_at >= enrolled_at),
  check (status <> 'declined' or (declined_at is not null and declined_reason is not null))
);
-- One open enrolment per person and programme (process.md, rules).
create unique index enrolment_one_open_idx on enrolment (programme_id, participant_id)
  where status in ('referred', 'waiting', 'enrolled');
create index enrolment_programme_status_idx on enrolment (programme_id, status);
create index enrolment_specialist_idx on enrolment (specialist_id) where status = 'enrolled';

create table income_source (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  enrolment_id uuid not null,
  phase text not null check (phase in ('baseline', 'exit')),
  position integer not null,
  source text not null check (source in ('social_assistance', 'sickness_benefit', 'rehabilitation_benefit', 'activity_compensation', 'sickness_compensation', 'activity_support', 'unemployment_insurance', 'study_allowance', 'salary', 'none')),
  monthly numeric(12, 2) check (monthly >= 0),
  tax numeric(12, 2) check (tax >= 0),
  foreign key (enrolment_id, programme_id) references enrolment (id, programme_id),
  unique (enrolment_id, phase, position)
);

create table event (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  enrolment_id uuid not null,
  type text not null check (type in ('employer_contact', 'job_start', 'job_end', 'study_start', 'study_end', 'placement_start', 'placement_end', 'benefits_counselling', 'follow_along', 'meeting', 'plan', 'income_change', 'housing_support_change', 'note')),
  date date not null,
  specialist_id uuid references specialist (id),
  employer_id uuid references employer (id),
  data jsonb not null default '{}',
  source_ref text, -- content reference of an imported event, for idempotent re-import
  recorded_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  voided_at timestamptz,
  voided_reason text,
  voided_by uuid references app_user (id),
  foreign key (enrolment_id, programme_id) references enrolment (id, programme_id),
  check ((voided_at is null) = (voided_reason is null)),
  unique (enrolment_id, source_ref)
);
create index event_enrolment_idx on event (enrolment_id, date);
create index event_programme_type_idx on event (programme_id, type, date);

create table follow_up (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  enrolment_id uuid not null,
  months integer check (months > 0),
  date date not null,
  status text not null check (status in ('employed', 'studying', 'occupied', 'none', 'unreachable')),
  income_sources jsonb,
  note text,
  source_ref text, -- content reference of an imported follow-up, for idempotent re-import
  recorded_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  foreign key (enrolment_id, programme_id) references enrolment (id, programme_id),
  unique (enrolment_id, source_ref)
);
create index follow_up_enrolment_idx on follow_up (enrolment_id);

-- Append-only audit log (privacy.md): the application role may insert and read, never change.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  user_id uuid,
  user_email text,
  action text not null,
  entity text not null,
  entity_id uuid,
  programme_id uuid,
  enrolment_id uuid,
  ip text,
  reason text,
  details jsonb
);
create index audit_log_programme_idx on audit_log (programme_id, at);
create index audit_log_enrolment_idx on audit_log (enrolment_id);

create function lots_audit_log_is_append_only() returns trigger
  language plpgsql
  as $$ begin raise exception 'audit_log is append-only'; end $$;
create trigger audit_log_append_only before update or delete on audit_log
  for each statement execute function lots_audit_log_is_append_only();

-- Row-level security: the second wall behind the data layer's scope.
do $$
declare t text;
begin
  foreach t in array array['team', 'specialist', 'participant', 'participant_identity', 'enrolment',
                           'income_source', 'event', 'follow_up', 'programme_target']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant on %I using (lots_is_system() or programme_id = any (lots_scope_programmes())) '
      || 'with check (lots_is_system() or programme_id = any (lots_scope_programmes()))', t);
  end loop;
end
$$;

alter table employer enable row level security;
alter table employer force row level security;
create policy tenant on employer
  using (lots_is_system() or association_id = any (lots_scope_associations()))
  with check (lots_is_system() or association_id = any (lots_scope_associations()));

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy audit_insert on audit_log for insert with check (true);
create policy audit_read on audit_log for select
  using (lots_is_system() or programme_id = any (lots_scope_programmes()));

grant usage on schema public to lots_app;
grant select on county, municipality to lots_app;
grant select, insert, update on association, programme, programme_target, team, specialist,
  employer, participant, participant_identity, enrolment, event, follow_up to lots_app;
grant select, insert, update, delete on income_source to lots_app;
grant select, insert, update, delete on app_user, role_grant, app_session to lots_app;
grant select, insert on audit_log to lots_app;
grant execute on function lots_scope_programmes(), lots_scope_associations(), lots_is_system() to lots_app;

-- Access resolution happens before a request has a scope: this narrow definer
-- function tells which specialist records are the user's own, and nothing else.
create function lots_user_specialists(p_user uuid) returns table (id uuid, programme_id uuid)
  language sql stable security definer set search_path = public
  as $$ select s.id, s.programme_id from specialist s where s.user_id = p_user $$;
revoke all on function lots_user_specialists(uuid) from public;
grant execute on function lots_user_specialists(uuid) to lots_app;
