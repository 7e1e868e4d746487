-- A counter per programme that moves whenever data shown on "Mina deltagare" may
-- have changed: enrolments, events, follow-ups, identities, specialists and the
-- programme's own settings. The server keeps the computed list in memory and serves it
-- again only while the counters of its programmes are unchanged (issue 7: the caseload
-- page under load), so a change made through any process — the web, `lots import`,
-- retention, another server — is seen on the next request.
--
-- Statement-level triggers with transition tables: one upsert per statement, however
-- many rows it wrote (a bulk import bumps each programme once per statement). The
-- programmes are bumped in id order so that two writers always lock them in the same
-- order. A transaction that sets `lots.defer_data_version` to `on` (the import) skips
-- the triggers and bumps its programmes itself just before it commits.
create table programme_data_version (
  programme_id uuid primary key references programme (id) on delete cascade,
  version bigint not null default 0
);
insert into programme_data_version (programme_id) select id from programme;
grant select, insert, update on programme_data_version to lots_app;

create function lots_bump_data_version() returns trigger
  language plpgsql
  as $$
begin
  if current_setting('lots.defer_data_version', true) = 'on' then
    return null;
  end if;
  if tg_op = 'DELETE' then
    insert into programme_data_version as v (programme_id, version)
      select distinct programme_id, 1 from old_rows order by programme_id
      on conflict (programme_id) do update set version = v.version + 1;
  else
    insert into programme_data_version as v (programme_id, version)
      select distinct programme_id, 1 from new_rows order by programme_id
      on conflict (programme_id) do update set version = v.version + 1;
  end if;
  return null;
end
$$;

do $$
declare t text;
begin
  foreach t in array array['enrolment', 'event', 'follow_up', 'participant_identity', 'specialist']
  loop
    execute format('create trigger %I after insert on %I referencing new table as new_rows '
      || 'for each statement execute function lots_bump_data_version()', t || '_data_version_ins', t);
    execute format('create trigger %I after update on %I referencing new table as new_rows '
      || 'for each statement execute function lots_bump_data_version()', t || '_data_version_upd', t);
    execute format('create trigger %I after delete on %I referencing old table as old_rows '
      || 'for each statement execute function lots_bump_data_version()', t || '_data_version_del', t);
  end loop;
end
$$;

-- The programme's settings (closure days, follow-up months) shape the list too.
create function lots_bump_programme_data_version() returns trigger
  language plpgsql
  as $$
begin
  if current_setting('lots.defer_data_version', true) = 'on' then
    return null;
  end if;
  insert into programme_data_version as v (programme_id, version) values (new.id, 1)
    on conflict (programme_id) do update set version = v.version + 1;
  return null;
end
$$;
create trigger programme_data_version_upd after update on programme
  for each row execute function lots_bump_programme_data_version();
