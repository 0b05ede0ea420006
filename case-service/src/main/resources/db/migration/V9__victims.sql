-- Trafficking victims referred by one agency to an agency of the other country, identified, returned and received.
-- The person's identity is one AEAD ciphertext (Tink, the referral id as associated data): never in clear here.
create sequence victim_referral_number;
create table victim_referral (
    id               uuid primary key,
    reference        text not null unique,
    referring_agency text not null references agency (id),
    receiving_agency text not null references agency (id),
    agreement_id     uuid not null references cooperation_agreement (id),
    operation_id     uuid references joint_operation (id),
    tip_ids          uuid[] not null default '{}',
    status           text not null,
    sex              text,
    age_band         text,
    needs            text[] not null default '{}',
    note             text,
    identity         bytea not null,
    border_gate      text,
    returned_on      date,
    referred_by      text not null,
    referred_at      timestamptz not null,
    identified_by    text,
    identified_at    timestamptz,
    returned_by      text,
    returned_at      timestamptz,
    received_by      text,
    received_at      timestamptz,
    version          bigint not null default 0
);
create index victim_referral_referring on victim_referral (referring_agency, referred_at);
create index victim_referral_receiving on victim_referral (receiving_agency, referred_at);

-- Two-person disclosure of a victim's identity: a custodian of either side asks with a reason, a second person of the
-- same agency (another custodian or an admin, never the requester) approves or denies, the requester reads once.
create table victim_disclosure_request (
    id              uuid primary key,
    referral_id     uuid not null references victim_referral (id),
    agency          text not null references agency (id),
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
create index victim_disclosure_request_referral on victim_disclosure_request (referral_id, requested_at);

-- Every request, decision and read of a victim's identity: who, of which agency, when, which referral, why.
-- Append-only and hash-chained like the release ledger.
create table victim_disclosure_audit (
    id            uuid primary key,
    position      bigint not null unique,
    referral_id   uuid not null references victim_referral (id),
    request_id    uuid not null references victim_disclosure_request (id),
    action        text not null,
    actor         text not null,
    agency        text not null references agency (id),
    reason        text,
    at            timestamptz not null,
    previous_hash text not null,
    hash          text not null
);
create index victim_disclosure_audit_referral on victim_disclosure_audit (referral_id, position);
select make_append_only('victim_disclosure_audit');
