-- Fidelity reviews (fidelity.md "The review"; fidelity-items.md "The review"): a
-- self-assessment or an external review of one programme over a review window, its
-- reviewers, the data-assisted proposals with their evidence, each reviewer's and the
-- agreed item scores, the report and the action plan. Every table carries
-- programme_id and the same tenancy policy as the foundation's tables.

create table fidelity_review (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id),
  kind text not null check (kind in ('self_assessment', 'external')),
  window_from date not null,
  window_to date not null,
  instrument_id text not null,
  instrument_version integer not null check (instrument_version >= 1),
  status text not null default 'draft' check (status in ('draft', 'scoring', 'consensus', 'completed')),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  proposals_computed_at timestamptz,
  completed_at timestamptz,
  total integer check (total between 25 and 125),
  band text check (band in ('exemplary', 'good', 'fair', 'not_ips')),
  next_due date,
  unique (id, programme_id),
  check (window_from <= window_to),
  check ((status = 'completed') = (completed_at is not null)),
  check (status <> 'completed' or (total is not null and band is not null and next_due is not null))
);
create index fidelity_review_programme_idx on fidelity_review (programme_id, window_to);

create table fidelity_reviewer (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  review_id uuid not null,
  user_id uuid not null references app_user (id),
  name text not null check (length(name) between 1 and 200),
  submitted_at timestamptz,
  foreign key (review_id, programme_id) references fidelity_review (id, programme_id),
  unique (review_id, user_id),
  unique (id, programme_id)
);

-- The proposal of one item as computed from the records (null score: nothing to
-- count). `evidence` holds case numbers and, for zero_exclusion, decline reasons.
create table fidelity_proposal (
  programme_id uuid not null,
  review_id uuid not null,
  item_id text not null,
  score integer check (score between 1 and 5),
  evidence jsonb not null,
  note text not null,
  foreign key (review_id, programme_id) references fidelity_review (id, programme_id),
  primary key (review_id, item_id)
);

-- reviewer_id null = the agreed (consensus) score. An override of a proposal
-- (proposal_accepted = false) needs a note: the note is the override's reason.
create table fidelity_item_score (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  review_id uuid not null,
  reviewer_id uuid references fidelity_reviewer (id),
  item_id text not null,
  score integer not null check (score between 1 and 5),
  note text,
  evidence text,
  proposal_score integer check (proposal_score between 1 and 5),
  proposal_accepted boolean,
  updated_by uuid references app_user (id),
  updated_at timestamptz not null default now(),
  foreign key (review_id, programme_id) references fidelity_review (id, programme_id),
  unique nulls not distinct (review_id, reviewer_id, item_id),
  check ((proposal_score is null) = (proposal_accepted is null)),
  check (proposal_accepted is distinct from false or length(btrim(coalesce(note, ''))) > 0)
);

create table fidelity_report (
  review_id uuid primary key,
  programme_id uuid not null,
  strengths text not null default '',
  recommendations text not null default '',
  -- [{ itemId, comment }]: a list, not an object keyed by item id, because the data
  -- layer camel-cases object keys it reads (caseload_size would come back caseloadSize).
  item_comments jsonb not null default '[]',
  updated_by uuid references app_user (id),
  updated_at timestamptz not null default now(),
  foreign key (review_id, programme_id) references fidelity_review (id, programme_id)
);

create table fidelity_action (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  review_id uuid not null,
  item_id text,
  action text not null check (length(action) between 1 and 2000),
  owner text not null check (length(owner) between 1 and 200),
  due_date date,
  status text not null default 'open' check (status in ('open', 'in_progress', 'done')),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (review_id, programme_id) references fidelity_review (id, programme_id)
);
create index fidelity_action_review_idx on fidelity_action (review_id);

do $$
declare t text;
begin
  foreach t in array array['fidelity_review', 'fidelity_reviewer', 'fidelity_proposal',
                           'fidelity_item_score', 'fidelity_report', 'fidelity_action']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant on %I using (lots_is_system() or programme_id = any (lots_scope_programmes())) '
      || 'with check (lots_is_system() or programme_id = any (lots_scope_programmes()))', t);
  end loop;
end
$$;

grant select, insert, update on fidelity_review, fidelity_reviewer, fidelity_report to lots_app;
grant select, insert, update, delete on fidelity_proposal, fidelity_item_score, fidelity_action
  to lots_app;
