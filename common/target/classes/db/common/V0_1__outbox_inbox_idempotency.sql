-- Plumbing every service shares: transactional outbox, consumer inbox, idempotency keys.

create table outbox_event (
    id           uuid primary key,
    position     bigserial not null unique,
    topic        text not null,
    aggregate_id text not null,
    type         text not null,
    payload      jsonb not null,
    occurred_at  timestamptz not null,
    published_at timestamptz
);
create index outbox_event_pending on outbox_event (position) where published_at is null;

create table inbox_message (
    consumer    text not null,
    event_id    text not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table idempotency_key (
    caller          text not null,
    idempotency_key text not null,
    request_hash    text not null,
    status          integer,
    location        text,
    response_body   text,
    created_at      timestamptz not null,
    primary key (caller, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
