-- Socio-economic analyses (socioeconomics.md) and funding (funding.md): analyses and
-- their rows, funders, funding decisions, spend, Finsam cost-sharing keys and budget
-- allocations. Programme-scoped tables carry programme_id and association-scoped ones
-- association_id; row-level security as in the foundation (docs/adr/0002-tenancy.md).

create table socio_analysis (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  name text not null check (length(name) between 1 and 200),
  period_from date,
  period_to date,
  parameter_set text not null,
  -- Single parameters overriding the named set (core TSocioParameterOverrides).
  parameter_overrides jsonb not null default '{}',
  mode text not null check (mode in ('records', 'scenario')),
  outcome_rate numeric(6, 5) check (outcome_rate between 0 and 1),
  -- Totals a source published, compared with the computed ones (imported documents).
  published_totals jsonb,
  status text not null default 'draft' check (status in ('draft', 'final')),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, programme_id),
  check (mode = 'scenario' or (period_from is not null and period_to is not null)),
  check (period_to is null or period_from is null or period_to >= period_from)
);
create index socio_analysis_programme_idx on socio_analysis (programme_id, created_at);

create table socio_analysis_row (
  id uuid primary key default gen_random_uuid(),
  analysis_id uuid not null,
  programme_id uuid not null,
  -- The row number shown to everyone; enrolment ids are hidden from funders.
  position integer not null check (position >= 1),
  -- Records mode: the enrolment the row was built from (the programme's or a sub-programme's).
  enrolment_id uuid references enrolment (id),
  -- Typed inputs: { before: [...], after: {...}, housing: {hoursBefore, hoursAfter} | null, published? }.
  inputs jsonb not null,
  excluded boolean not null default false,
  excluded_reason text,
  -- [{ field, value, note }]: the analyst's changes on top of `inputs`, each with a note.
  adjustments jsonb not null default '[]',
  foreign key (analysis_id, programme_id) references socio_analysis (id, programme_id) on delete cascade,
  unique (analysis_id, position),
  check (excluded = (excluded_reason is not null))
);
create index socio_analysis_row_enrolment_idx on socio_analysis_row (enrolment_id);

create table funder (
  id uuid primary key default gen_random_uuid(),
  association_id uuid not null references association (id),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('state', 'region', 'municipality', 'FK', 'AF', 'ESF', 'other')),
  created_at timestamptz not null default now(),
  unique (association_id, name)
);

create table funding_decision (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  funder_id uuid not null references funder (id),
  year integer not null check (year between 1990 and 2100),
  amount bigint not null check (amount >= 0),
  use_from date,
  use_to date,
  conditions text,
  -- [{ due: date, label, sentAt: date | null }]
  reporting jsonb not null default '[]',
  -- The decision's own reference (diarienummer), or the grant table's row on import.
  reference text,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (use_to is null or use_from is null or use_to >= use_from),
  unique nulls not distinct (programme_id, funder_id, year, reference)
);
create index funding_decision_programme_idx on funding_decision (programme_id, year);

create table spend (
  programme_id uuid not null references programme (id),
  year integer not null check (year between 1990 and 2100),
  amount bigint not null check (amount >= 0),
  updated_at timestamptz not null default now(),
  primary key (programme_id, year)
);

create table cost_sharing_key (
  id uuid primary key default gen_random_uuid(),
  association_id uuid not null references association (id),
  name text not null check (length(name) between 1 and 200),
  year integer check (year between 1990 and 2100),
  municipal_key text not null check (municipal_key in ('population', 'equal', 'fixed')),
  -- [{ name, population?, fixedAmount? }]
  members jsonb not null,
  total bigint check (total >= 0),
  created_at timestamptz not null default now(),
  unique nulls not distinct (association_id, name, year)
);

create table budget_allocation (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id), -- the parent programme
  year integer not null check (year between 1990 and 2100),
  total bigint not null check (total >= 0),
  key_kind text not null check (key_kind in ('participant_target', 'population', 'equal', 'fixed')),
  -- [{ name, programme?, weight }]
  key jsonb not null,
  -- core allocateByKey's answer: [{ name, programme?, weight, quota, amount }]
  result jsonb not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index budget_allocation_programme_idx on budget_allocation (programme_id, year);

do $$
declare t text;
begin
  foreach t in array array['socio_analysis', 'socio_analysis_row', 'funding_decision', 'spend',
                           'budget_allocation']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant on %I using (lots_is_system() or programme_id = any (lots_scope_programmes())) '
      || 'with check (lots_is_system() or programme_id = any (lots_scope_programmes()))', t);
  end loop;
  foreach t in array array['funder', 'cost_sharing_key']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant on %I using (lots_is_system() or association_id = any (lots_scope_associations())) '
      || 'with check (lots_is_system() or association_id = any (lots_scope_associations()))', t);
  end loop;
end
$$;

grant select, insert, update on socio_analysis, funder, funding_decision, spend, cost_sharing_key,
  budget_allocation to lots_app;
grant select, insert, update, delete on socio_analysis_row to lots_app;
