-- Alerts (one per recipient agency of an alert request), their deliveries and every attempt,
-- acknowledgements, and escalations up the receiving side's hotline tiers.

create table alert (
    id                 uuid primary key,
    request_id         uuid not null,
    sender_agency      text not null,
    recipient_agency   text not null references agency (id),
    sent               timestamptz not null,
    status             text not null,
    message_type       text not null,
    scope              text not null,
    priority           text not null,
    tlp                text not null,
    releasability      text not null,
    category           text not null,
    refs               jsonb not null,
    area               jsonb not null,
    description        text not null,
    language           text not null,
    info               jsonb not null,
    tier               text not null,
    ack_deadline       timestamptz,
    acknowledged_at    timestamptz,
    unique (request_id, recipient_agency)
);
create index alert_recipient_sent on alert (recipient_agency, sent desc);
-- What the escalation job looks for: unacknowledged alerts by deadline
create index alert_due on alert (ack_deadline) where acknowledged_at is null and ack_deadline is not null;

create table acknowledgement (
    alert_id        uuid primary key references alert (id),
    officer_name    text not null,
    officer_rank    text,
    acknowledged_by text not null,
    acknowledged_at timestamptz not null
);

create table escalation (
    id           uuid primary key,
    alert_id     uuid not null references alert (id),
    from_tier    text not null,
    to_tier      text not null,
    deadline     timestamptz not null,
    escalated_at timestamptz not null
);
create index escalation_alert on escalation (alert_id, escalated_at);

-- The next tier's on-duty contacts as they were when the alert escalated to them
create table escalation_notification (
    id            uuid primary key,
    escalation_id uuid not null references escalation (id),
    contact_name  text not null,
    contact_rank  text,
    phone         text,
    email         text
);
create index escalation_notification_escalation on escalation_notification (escalation_id);

create table delivery (
    id              uuid primary key,
    alert_id        uuid not null references alert (id),
    subscription_id uuid not null references subscription (id),
    channel         text not null,
    tier            text not null,
    payload         text not null,
    status          text not null check (status in ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'EXHAUSTED', 'CANCELLED')),
    attempts        integer not null,
    max_attempts    integer not null,
    next_attempt_at timestamptz,
    claim_token     uuid,
    last_status_code integer,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index delivery_alert on delivery (alert_id, created_at);
-- What the dispatcher claims: pending rows whose time has come, and in-flight rows whose claim expired
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'IN_FLIGHT');

create table delivery_attempt (
    id          uuid primary key,
    delivery_id uuid not null references delivery (id),
    number      integer not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    outcome     text,
    status_code integer,
    latency_ms  bigint,
    error       text,
    unique (delivery_id, number)
);
