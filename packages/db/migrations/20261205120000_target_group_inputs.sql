-- Target-group inputs (funding.md "Target-group estimate"): the population statistics
-- of each member municipality of an association and year (entered or imported), kept
-- so the estimate and its reach can be recomputed and compared over the years.
create table target_group_input (
  id uuid primary key default gen_random_uuid(),
  association_id uuid not null references association (id),
  year integer not null check (year between 1990 and 2100),
  municipality text not null check (length(municipality) between 1 and 200),
  -- { uvas, socialAssistance, jobSeekers, youngActivityCompensation,
  --   partialSicknessCompensation, sickLeave, workingAgePopulation? }
  counts jsonb not null,
  updated_by uuid references app_user (id),
  updated_at timestamptz not null default now(),
  unique (association_id, year, municipality)
);

alter table target_group_input enable row level security;
alter table target_group_input force row level security;
create policy tenant on target_group_input
  using (lots_is_system() or association_id = any (lots_scope_associations()))
  with check (lots_is_system() or association_id = any (lots_scope_associations()));

grant select, insert, update, delete on target_group_input to lots_app;
