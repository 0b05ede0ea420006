-- Roles, databases and extensions of the suite. Per service two roles and two databases (run, test):
--   <service>_owner  owns the databases, schemas and tables; Flyway migrates as it (quarkus.flyway.username);
--   <service>        the runtime role the service connects as: SELECT/INSERT/UPDATE/DELETE on ordinary tables and
--                    sequences (default privileges below), SELECT/INSERT only on audit tables (the migration that
--                    creates one calls make_append_only(), see common/src/main/resources/db/common/V0_2__*.sql).
-- Idempotent: safe to run again. Run as a superuser with psql (it uses \gexec and \connect):
--   * docker-compose.yml mounts it into /docker-entrypoint-initdb.d/ of the postgres image;
--   * ./suite up runs it as the postgres user:  runuser -u postgres -- psql -f stack/postgres/init.sql
-- A database created before the owner roles existed (tables owned by the runtime role) is handed over to the owner
-- once, on the first run that finds the runtime role owning tables. Development credentials only.
\set ON_ERROR_STOP on

-- roles (password = role name); the password is set again on every run
SELECT 'CREATE ROLE hotline LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hotline')\gexec
SELECT 'CREATE ROLE hotline_owner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hotline_owner')\gexec
SELECT 'CREATE ROLE cases LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cases')\gexec
SELECT 'CREATE ROLE cases_owner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cases_owner')\gexec
SELECT 'CREATE ROLE notifications LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notifications')\gexec
SELECT 'CREATE ROLE notifications_owner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notifications_owner')\gexec
ALTER ROLE hotline WITH LOGIN PASSWORD 'hotline';
ALTER ROLE hotline_owner WITH LOGIN PASSWORD 'hotline_owner';
ALTER ROLE cases WITH LOGIN PASSWORD 'cases';
ALTER ROLE cases_owner WITH LOGIN PASSWORD 'cases_owner';
ALTER ROLE notifications WITH LOGIN PASSWORD 'notifications';
ALTER ROLE notifications_owner WITH LOGIN PASSWORD 'notifications_owner';
-- tests only: creates a database like <service>_test for each test run (vnla.testing.TestDatabase) and drops it after;
-- may create databases, and act as the owner roles to give each one its owner. Never used by a service.
SELECT 'CREATE ROLE suite_tests LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'suite_tests')\gexec
ALTER ROLE suite_tests WITH LOGIN CREATEDB NOSUPERUSER PASSWORD 'suite_tests';
GRANT hotline_owner, cases_owner, notifications_owner TO suite_tests;
-- and of the runtime roles, to end a dropped test database's connections (DROP DATABASE … WITH (FORCE))
GRANT hotline, cases, notifications TO suite_tests;

-- databases, each owned by its service's owner role
SELECT 'CREATE DATABASE hotline OWNER hotline_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'hotline')\gexec
SELECT 'CREATE DATABASE hotline_test OWNER hotline_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'hotline_test')\gexec
SELECT 'CREATE DATABASE cases OWNER cases_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'cases')\gexec
SELECT 'CREATE DATABASE cases_test OWNER cases_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'cases_test')\gexec
SELECT 'CREATE DATABASE notifications OWNER notifications_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notifications')\gexec
SELECT 'CREATE DATABASE notifications_test OWNER notifications_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notifications_test')\gexec
ALTER DATABASE hotline OWNER TO hotline_owner;
ALTER DATABASE hotline_test OWNER TO hotline_owner;
ALTER DATABASE cases OWNER TO cases_owner;
ALTER DATABASE cases_test OWNER TO cases_owner;
ALTER DATABASE notifications OWNER TO notifications_owner;
ALTER DATABASE notifications_test OWNER TO notifications_owner;

-- in every database: accent-insensitive and fuzzy matching; the owner owns the public schema's objects (handed over
-- once from the runtime role); the runtime role may connect and use what the owner creates, audit tables excepted
\connect hotline
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = 'hotline'::regrole) THEN
        REASSIGN OWNED BY hotline TO hotline_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hotline;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO hotline;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM hotline;
GRANT CONNECT, TEMPORARY ON DATABASE hotline TO hotline;
GRANT USAGE ON SCHEMA public TO hotline;
ALTER DEFAULT PRIVILEGES FOR ROLE hotline_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hotline;
ALTER DEFAULT PRIVILEGES FOR ROLE hotline_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO hotline;
\connect hotline_test
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = 'hotline'::regrole) THEN
        REASSIGN OWNED BY hotline TO hotline_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hotline;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO hotline;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM hotline;
GRANT CONNECT, TEMPORARY ON DATABASE hotline_test TO hotline;
GRANT USAGE ON SCHEMA public TO hotline;
ALTER DEFAULT PRIVILEGES FOR ROLE hotline_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hotline;
ALTER DEFAULT PRIVILEGES FOR ROLE hotline_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO hotline;
\connect cases
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = 'cases'::regrole) THEN
        REASSIGN OWNED BY cases TO cases_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cases;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO cases;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM cases;
GRANT CONNECT, TEMPORARY ON DATABASE cases TO cases;
GRANT USAGE ON SCHEMA public TO cases;
ALTER DEFAULT PRIVILEGES FOR ROLE cases_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cases;
ALTER DEFAULT PRIVILEGES FOR ROLE cases_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO cases;
\connect cases_test
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = 'cases'::regrole) THEN
        REASSIGN OWNED BY cases TO cases_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cases;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO cases;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM cases;
GRANT CONNECT, TEMPORARY ON DATABASE cases_test TO cases;
GRANT USAGE ON SCHEMA public TO cases;
ALTER DEFAULT PRIVILEGES FOR ROLE cases_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cases;
ALTER DEFAULT PRIVILEGES FOR ROLE cases_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO cases;
\connect notifications
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = 'notifications'::regrole) THEN
        REASSIGN OWNED BY notifications TO notifications_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO notifications;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO notifications;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM notifications;
GRANT CONNECT, TEMPORARY ON DATABASE notifications TO notifications;
GRANT USAGE ON SCHEMA public TO notifications;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO notifications;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO notifications;
\connect notifications_test
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = 'notifications'::regrole) THEN
        REASSIGN OWNED BY notifications TO notifications_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO notifications;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO notifications;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM notifications;
GRANT CONNECT, TEMPORARY ON DATABASE notifications_test TO notifications;
GRANT USAGE ON SCHEMA public TO notifications;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO notifications;
ALTER DEFAULT PRIVILEGES FOR ROLE notifications_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO notifications;

-- A runtime role is never a member of its owner role (that would give it UPDATE/DELETE on the audit tables again)
SELECT format('REVOKE %I FROM %I', o, r) FROM (VALUES ('hotline_owner', 'hotline'), ('cases_owner', 'cases'),
    ('notifications_owner', 'notifications')) AS pair(o, r)
WHERE pg_has_role(r, o, 'MEMBER')\gexec
