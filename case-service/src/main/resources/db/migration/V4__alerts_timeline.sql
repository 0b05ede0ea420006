-- Release decisions (what was requested of notification-service, and what was refused and why) and the timeline.

create table release_decision (
    id             uuid primary key,
    tip_id         uuid not null,
    operation_id   uuid references joint_operation (id),
    trigger        text not null,
    sender_agency  text not null,
    recipients     text[] not null,
    priority       text,
    message_status text,
    requested      boolean not null,
    decided_by     text not null,
    decided_at     timestamptz not null
);
create index release_decision_tip on release_decision (tip_id, decided_at);
create index release_decision_operation on release_decision (operation_id, decided_at);

create table release_refusal (
    decision_id uuid not null references release_decision (id),
    recipient   text not null,
    reason      text not null,
    primary key (decision_id, recipient)
);

create table timeline_entry (
    id           uuid primary key,
    position     bigserial not null unique,
    operation_id uuid not null references joint_operation (id),
    kind         text not null,
    actor        text not null,
    occurred_at  timestamptz not null,
    details      jsonb not null
);
create index timeline_entry_operation on timeline_entry (operation_id, occurred_at, position);
