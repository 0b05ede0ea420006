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

-- Every read of a victim's identity by a custodian: who, of which agency, when, which referral, why. Append-only and
-- hash-chained like the release ledger.
create table victim_disclosure_audit (
    id            uuid primary key,
    position      bigint not null unique,
    referral_id   uuid not null references victim_referral (id),
    actor         text not null,
    agency        text not null references agency (id),
    reason        text not null,
    at            timestamptz not null,
    previous_hash text not null,
    hash          text not null
);
create index victim_disclosure_audit_referral on victim_disclosure_audit (referral_id, position);
select make_append_only('victim_disclosure_audit');
