-- Row-level security evaluates the scope once per query, not once per row.
--
-- The tenancy policies compare each row with `lots_scope_programmes()` (and
-- `lots_scope_associations()`, `lots_is_system()`). Those are stable SQL functions
-- that PostgreSQL inlines, so every row re-read the setting and re-parsed the uuid
-- array: about 4 µs a row with ten programmes in scope, more with more, which made
-- a whole-history outcome report over millions of events spend most of its time in
-- the policy. Wrapped in a scalar sub-select, each call becomes an InitPlan that runs
-- once per query and the row check is a plain `= any (array)`. The meaning of every
-- policy is unchanged.
--
-- Every policy in the schema is rewritten, whichever migration created it. A new
-- policy should be written in this form from the start:
--   using ((select lots_is_system()) or programme_id = any ((select lots_scope_programmes())::uuid[]))
do $$
declare
  p record;
  using_expr text;
  check_expr text;
  -- `any ((select f()))` would read as `any (subquery)`; the cast keeps it an array.
  scope_fn constant text := '(?<!select )(lots_scope_programmes|lots_scope_associations)\(\)';
  system_fn constant text := '(?<!select )lots_is_system\(\)';
begin
  for p in
    select schemaname, tablename, policyname, qual, with_check
    from pg_policies
    where schemaname = current_schema()
      and (coalesce(qual, '') ~ 'lots_(is_system|scope_\w+)\(\)'
           or coalesce(with_check, '') ~ 'lots_(is_system|scope_\w+)\(\)')
  loop
    using_expr := regexp_replace(regexp_replace(p.qual, scope_fn, '((select \1())::uuid[])', 'g'),
                                 system_fn, '(select lots_is_system())', 'g');
    check_expr := regexp_replace(regexp_replace(p.with_check, scope_fn, '((select \1())::uuid[])', 'g'),
                                 system_fn, '(select lots_is_system())', 'g');
    if using_expr is not null then
      execute format('alter policy %I on %I.%I using (%s)',
                     p.policyname, p.schemaname, p.tablename, using_expr);
    end if;
    if check_expr is not null then
      execute format('alter policy %I on %I.%I with check (%s)',
                     p.policyname, p.schemaname, p.tablename, check_expr);
    end if;
  end loop;
end
$$;
