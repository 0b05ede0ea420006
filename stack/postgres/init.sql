-- Roles, databases and extensions of the suite: one role and two databases (run, test) per service.
-- Idempotent: safe to run again. Run as a superuser with psql (it uses \gexec and \connect):
--   * docker-compose.yml mounts it into /docker-entrypoint-initdb.d/ of the postgres image;
--   * ./suite up runs it as the postgres user:  runuser -u postgres -- psql -f stack/postgres/init.sql
-- Development credentials only.
\set ON_ERROR_STOP on

-- roles (password = role name); the password is set again on every run
SELECT 'CREATE ROLE hotline LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hotline')\gexec
SELECT 'CREATE ROLE cases LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cases')\gexec
SELECT 'CREATE ROLE notifications LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notifications')\gexec
ALTER ROLE hotline WITH LOGIN PASSWORD 'hotline';
ALTER ROLE cases WITH LOGIN PASSWORD 'cases';
ALTER ROLE notifications WITH LOGIN PASSWORD 'notifications';

-- databases, each owned by its service's role
SELECT 'CREATE DATABASE hotline OWNER hotline' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'hotline')\gexec
SELECT 'CREATE DATABASE hotline_test OWNER hotline' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'hotline_test')\gexec
SELECT 'CREATE DATABASE cases OWNER cases' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'cases')\gexec
SELECT 'CREATE DATABASE cases_test OWNER cases' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'cases_test')\gexec
SELECT 'CREATE DATABASE notifications OWNER notifications' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notifications')\gexec
SELECT 'CREATE DATABASE notifications_test OWNER notifications' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notifications_test')\gexec
ALTER DATABASE hotline OWNER TO hotline;
ALTER DATABASE hotline_test OWNER TO hotline;
ALTER DATABASE cases OWNER TO cases;
ALTER DATABASE cases_test OWNER TO cases;
ALTER DATABASE notifications OWNER TO notifications;
ALTER DATABASE notifications_test OWNER TO notifications;

-- accent-insensitive and fuzzy matching, in every database
\connect hotline
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect hotline_test
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect cases
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect cases_test
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect notifications
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect notifications_test
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
