-- Reporter identities encrypted at rest (Tink AEAD, the tip id as associated data), receipt codes as keyed MACs,
-- two-person disclosure and a hash-chained, append-only disclosure audit.

-- name, phone, email, address and receipt_code_hash are legacy: ReporterSealing encrypts what is left in them at
-- start-up and empties them; a later migration drops them.
alter table reporter add column identity bytea;
alter table reporter add column receipt_code_mac text unique;

-- A custodian's request to read a tip's reporter, decided by a second person of the same agency.
create table disclosure_request (
    id              uuid primary key,
    tip_id          uuid not null references tip (id),
    agency          text not null,
    requested_by    text not null,
    reason          text not null,
    requested_at    timestamptz not null,
    status          text not null,
    decided_by      text,
    decision_reason text,
    decided_at      timestamptz,
    expires_at      timestamptz,
    read_at         timestamptz,
    version         bigint not null default 0
);
create index disclosure_request_tip on disclosure_request (tip_id, requested_at);

-- Requests, decisions and reads, hash-chained (vnla.common.audit.HashChain): position is contiguous from 1.
create table disclosure_audit (
    id            uuid primary key,
    position      bigint not null unique,
    tip_id        uuid not null,
    request_id    uuid,
    action        text not null,
    actor         text not null,
    agency        text not null,
    reason        text,
    at            timestamptz not null,
    previous_hash text not null,
    hash          text not null
);
create index disclosure_audit_tip on disclosure_audit (tip_id, position);

select make_append_only('disclosure_audit');
select make_append_only('reporter_disclosure');
