-- Tips, their sealed reporters, who read a reporter's identity and why, and tip reference counters.

create table tip (
    id                      uuid primary key,
    reference               text not null unique,
    receiving_agency        text not null,
    channel                 text not null,
    category                text not null,
    occurred_at             timestamptz not null,
    province_code           text not null,
    district                text,
    border_point            text,
    latitude                double precision,
    longitude               double precision,
    description             text not null,
    language                text not null,
    entities                jsonb not null,
    anonymous_reporter      boolean not null,
    status                  text not null,
    source_reliability      text,
    information_credibility integer,
    priority                text,
    tlp                     text,
    releasability           text,
    cross_border            boolean,
    partner_agencies        text[],
    received_at             timestamptz not null,
    received_by             text not null,
    triaged_at              timestamptz,
    triaged_by              text,
    dismissed_at            timestamptz,
    dismissed_by            text,
    dismissal_reason        text,
    linked_at               timestamptz,
    version                 bigint not null
);
create index tip_agency_received on tip (receiving_agency, received_at desc);
create index tip_agency_status on tip (receiving_agency, status, received_at desc);

-- Who reported a tip: kept apart from it, readable only by a custodian, never in an event, list or log.
create table reporter (
    tip_id            uuid primary key references tip (id),
    anonymous         boolean not null,
    name              text,
    phone             text,
    email             text,
    address           text,
    receipt_code_hash text unique
);

create table reporter_disclosure (
    id           uuid primary key,
    tip_id       uuid not null references tip (id),
    custodian    text not null,
    agency       text not null,
    reason       text not null,
    disclosed_at timestamptz not null
);
create index reporter_disclosure_tip on reporter_disclosure (tip_id, disclosed_at);

create table tip_reference_counter (
    prefix     text not null,
    year       integer not null,
    last_value integer not null,
    primary key (prefix, year)
);

create table tip_link (
    tip_id       uuid not null references tip (id),
    operation_id uuid not null,
    code_name    text not null,
    linked_at    timestamptz not null,
    primary key (tip_id, operation_id)
);
