-- Requests for verification (phối hợp xác minh): one agency asks an agency of the other country to verify a person,
-- phone, vehicle, place or document by a deadline; the partner accepts, asks for clarification, answers, or lets the
-- deadline pass (OVERDUE, set by a scheduled job that claims rows with FOR UPDATE SKIP LOCKED).
create sequence verification_request_number;
create table verification_request (
    id                     uuid primary key,
    reference              text not null unique,
    requesting_agency      text not null references agency (id),
    requested_agency       text not null references agency (id),
    agreement_id           uuid not null references cooperation_agreement (id),
    operation_id           uuid references joint_operation (id),
    tip_ids                uuid[] not null default '{}',
    subject_kind           text not null,
    subject                text not null,
    question               text not null,
    priority               text not null,
    tlp                    text not null,
    releasability          text not null,
    deadline               timestamptz not null,
    status                 text not null,
    clarification_question text,
    clarification_answer   text,
    findings               text,
    result                 text,
    reason                 text,
    requested_by           text not null,
    requested_at           timestamptz not null,
    accepted_by            text,
    accepted_at            timestamptz,
    answered_by            text,
    answered_at            timestamptz,
    overdue_at             timestamptz,
    version                bigint not null default 0
);
create index verification_request_requesting on verification_request (requesting_agency, requested_at);
create index verification_request_requested on verification_request (requested_agency, requested_at);
create index verification_request_open on verification_request (deadline) where status in ('SENT', 'ACCEPTED', 'CLARIFICATION_ASKED');
