-- Outcome reports (outcomes.md "Standard reports"): indexes for the report queries,
-- and a programme's or association's own outcome definitions.

-- Report populations: enrolments of the scope's programmes by enrolment date.
create index enrolment_report_idx on enrolment (programme_id, enrolled_at)
  where enrolled_at is not null;

-- The qualifying-date aggregate reads only live job/study/placement starts.
create index event_outcome_idx on event (enrolment_id, date)
  where voided_at is null and type in ('job_start', 'study_start', 'placement_start');

-- Own outcome definitions (outcomes.md "Outcome definitions"; interchange.md "then any
-- own definitions"): `definition` holds the core engine's TOutcomeDefinition fields
-- (jobs, studies, placements, exitIncomeCountsAsSelfSupport). Scoped to an association
-- (programme_id null: every programme of it) or to one programme.
create table outcome_definition (
  id uuid primary key default gen_random_uuid(),
  association_id uuid not null references association (id),
  programme_id uuid references programme (id),
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  label text not null check (length(label) between 1 and 200),
  definition jsonb not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique nulls not distinct (association_id, programme_id, key)
);

alter table outcome_definition enable row level security;
alter table outcome_definition force row level security;
create policy tenant on outcome_definition
  using (lots_is_system() or programme_id = any (lots_scope_programmes())
         or (programme_id is null and association_id = any (lots_scope_associations())))
  with check (lots_is_system() or programme_id = any (lots_scope_programmes())
         or (programme_id is null and association_id = any (lots_scope_associations())));

grant select, insert on outcome_definition to lots_app;
