-- `lots import` re-imports own outcome definitions idempotently (an upsert on
-- association, programme and key), so the application role may update them too.
grant update on outcome_definition to lots_app;
