-- Sharing by consent: agreements signed by both parties, operations whose partners accept an invitation, and the
-- release ledger that every read of another agency's tip consults.

-- An agreement is proposed by an admin of one party and in force only once an admin of the other countersigns it,
-- within its validity, until either party suspends or terminates it. Scope: the tip categories it covers (empty: all).
alter table cooperation_agreement rename column recorded_by to proposed_by;
alter table cooperation_agreement rename column recorded_at to proposed_at;
alter table cooperation_agreement
    add column proposed_by_agency      text references agency (id),
    add column categories              text[] not null default '{}',
    add column status                  text not null default 'PROPOSED',
    add column countersigned_by        text,
    add column countersigned_by_agency text references agency (id),
    add column countersigned_at        timestamptz,
    add column suspended_by            text,
    add column suspended_by_agency     text references agency (id),
    add column suspended_at            timestamptz,
    add column terminated_by           text,
    add column terminated_by_agency    text references agency (id),
    add column terminated_at           timestamptz,
    add column status_reason           text,
    add column version                 bigint not null default 0;
update cooperation_agreement set proposed_by_agency = agency_a where proposed_by_agency is null;
alter table cooperation_agreement alter column proposed_by_agency set not null;

-- Code names are unique per lead agency: a clash never reveals another agency's operation.
alter table joint_operation drop constraint joint_operation_code_name_key;
create unique index joint_operation_lead_code_name on joint_operation (lead_agency, lower(code_name));

-- partner_agencies holds the partners that accepted; every invitation, answer, removal and departure is kept here.
create table operation_invitation (
    id           uuid primary key,
    operation_id uuid not null references joint_operation (id),
    agency       text not null references agency (id),
    status       text not null,
    invited_by   text not null,
    invited_at   timestamptz not null,
    answered_by  text,
    answered_at  timestamptz,
    reason       text,
    version      bigint not null default 0,
    unique (operation_id, agency)
);
create index operation_invitation_agency on operation_invitation (agency, status);

-- The release ledger, append-only and hash-chained: a tip RELEASED to an agency (under an agreement and a handling
-- code), NARROWED to a stricter handling code, or WITHDRAWN. A release holds while the agency's latest entry for the tip
-- is not WITHDRAWN and, at read time, the agreement is still in force and the tip's handling code still allows it.
-- Positions are contiguous (assigned under the chain's lock); each row's hash covers its content and its predecessor's.
create table release_ledger (
    id            uuid primary key,
    position      bigint not null unique,
    tip_id        uuid not null,
    agency        text not null references agency (id),
    kind          text not null,
    operation_id  uuid references joint_operation (id),
    request_id    uuid,
    agreement_id  uuid references cooperation_agreement (id),
    tlp           text not null,
    releasability text not null,
    reason        text,
    actor         text not null,
    occurred_at   timestamptz not null,
    previous_hash text not null,
    hash          text not null
);
create index release_ledger_agency_tip on release_ledger (agency, tip_id, position);
create index release_ledger_tip on release_ledger (tip_id, position);
select make_append_only('release_ledger');
