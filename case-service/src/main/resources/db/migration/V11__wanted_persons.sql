-- Wanted persons (đối tượng truy nã) recorded by their issuing agency and shared on purpose with partner agencies of the
-- other country, their sightings from tips, and their handovers at a border gate. The identity is in clear: it is meant
-- for the partners it is shared with; a record marked TLP RED or NATIONAL_ONLY is never shared.
create sequence wanted_person_number;
create table wanted_person (
    id                uuid primary key,
    reference         text not null unique,
    issuing_agency    text not null references agency (id),
    full_name         text not null,
    aliases           text[] not null default '{}',
    date_of_birth     date,
    nationality       text,
    id_numbers        text[] not null default '{}',
    warrant_reference text not null,
    offence_category  text not null,
    tlp               text not null,
    releasability     text not null,
    note              text,
    operation_id      uuid references joint_operation (id),
    recorded_by       text not null,
    recorded_at       timestamptz not null
);
create index wanted_person_issuing on wanted_person (issuing_agency, recorded_at);

-- A partner agency the issuing agency shared the record with, under which agreement; it sees the record while an
-- agreement between the two covering the offence category is in force.
create table wanted_person_share (
    id               uuid primary key,
    wanted_person_id uuid not null references wanted_person (id),
    agency           text not null references agency (id),
    agreement_id     uuid not null references cooperation_agreement (id),
    shared_by        text not null,
    shared_at        timestamptz not null,
    unique (wanted_person_id, agency)
);
create index wanted_person_share_agency on wanted_person_share (agency);

create table wanted_person_sighting (
    id               uuid primary key,
    wanted_person_id uuid not null references wanted_person (id),
    tip_id           uuid not null references tip_projection (id),
    agency           text not null references agency (id),
    province_code    text not null,
    district         text,
    border_point     text,
    latitude         double precision,
    longitude        double precision,
    seen_at          timestamptz not null,
    note             text,
    language         text,
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
create index wanted_person_sighting_person on wanted_person_sighting (wanted_person_id, seen_at);

-- A handover of the person by the agency holding them to the issuing agency: PROPOSED → AGREED → HANDED_OVER (once
-- both sides confirmed), or CANCELLED. At most one that is not cancelled per wanted person.
create table handover (
    id                     uuid primary key,
    wanted_person_id       uuid not null references wanted_person (id),
    handing_agency         text not null references agency (id),
    receiving_agency       text not null references agency (id),
    status                 text not null,
    border_gate            text not null,
    handover_on            date not null,
    officers               jsonb not null,
    note                   text,
    proposed_by            text not null,
    proposed_by_agency     text not null references agency (id),
    proposed_at            timestamptz not null,
    agreed_by              text,
    agreed_at              timestamptz,
    handing_confirmed_by   text,
    handing_confirmed_at   timestamptz,
    receiving_confirmed_by text,
    receiving_confirmed_at timestamptz,
    handed_over_at         timestamptz,
    cancelled_by           text,
    cancelled_at           timestamptz,
    cancel_reason          text,
    version                bigint not null default 0
);
create unique index handover_one_standing on handover (wanted_person_id) where status <> 'CANCELLED';
create index handover_handed_over on handover (handed_over_at) where status = 'HANDED_OVER';
