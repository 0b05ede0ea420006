-- Idempotent replays are stored encrypted (Tink AEAD, bytea) and requests as keyed hashes. Stored answers of the
-- last 24 hours were in clear: they are dropped (a retry after this upgrade runs as a first request).
delete from idempotency_key;
alter table idempotency_key drop column response_body;
alter table idempotency_key add column response_body bytea;

-- Makes an audit table append-only for everyone but its owner (the migration role): the runtime role, which got
-- SELECT/INSERT/UPDATE/DELETE through the default privileges of stack/postgres/init.sql, keeps SELECT and INSERT only.
create or replace function make_append_only(audit_table regclass) returns void language plpgsql as $$
declare
    grantee_name text;
begin
    for grantee_name in
        select distinct g.grantee from information_schema.role_table_grants g
        where (quote_ident(g.table_schema) || '.' || quote_ident(g.table_name))::regclass = audit_table
          and g.grantee <> 'PUBLIC'
          and g.grantee <> (select pg_get_userbyid(c.relowner) from pg_class c where c.oid = audit_table)
    loop
        execute format('revoke update, delete, truncate on %s from %I', audit_table, grantee_name);
        execute format('grant select, insert on %s to %I', audit_table, grantee_name);
    end loop;
end $$;
