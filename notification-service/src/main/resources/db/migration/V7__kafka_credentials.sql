-- KAFKA subscriptions get their own SCRAM users, provisioned through Kafka's Admin API by a job (KafkaProvisioningJob),
-- never by the request: the request writes the subscription as PROVISIONING and a credential row in one transaction,
-- the job grants it and marks the subscription ACTIVE. A rotation adds a credential (SCRAM keeps one password per user)
-- and schedules the previous one's revocation after the grace period; a deletion schedules all of them now.
alter table subscription drop constraint subscription_status_check;
alter table subscription add constraint subscription_status_check
    check (status in ('PROVISIONING', 'ACTIVE', 'DISABLED', 'DELETED'));
-- The partner's current Kafka user, shown in the API (its password only once, in the answer that created it)
alter table subscription add column kafka_username text;

create table kafka_credential (
    id               uuid primary key,
    subscription_id  uuid not null references subscription (id),
    agency_id        text not null,
    username         text not null unique,
    -- Encryption (Tink AEAD) with the credential id as associated data; the job needs it to (re)grant
    password_sealed  bytea not null,
    state            text not null check (state in ('GRANTING', 'ACTIVE', 'REVOKED')),
    -- set on rotation (now + grace) and on deletion (now): from then on the job revokes the user and its ACLs
    revoke_after     timestamptz,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    created_at       timestamptz not null,
    granted_at       timestamptz,
    revoked_at       timestamptz
);
create index kafka_credential_due on kafka_credential (next_attempt_at) where state <> 'REVOKED';
create index kafka_credential_subscription on kafka_credential (subscription_id);
