-- How a partner agency wants its alerts: a signed webhook or its own Kafka topic, with filters.

create table subscription (
    id              uuid primary key,
    agency_id       text not null references agency (id),
    channel         text not null check (channel in ('WEBHOOK', 'KAFKA')),
    url             text,
    topic           text,
    secret          text,
    categories      text[] not null,
    priorities      text[] not null,
    areas           text[] not null,
    statuses        text[] not null,
    description     text,
    status          text not null check (status in ('ACTIVE', 'DISABLED', 'DELETED')),
    status_reason   text,
    created_at      timestamptz not null,
    created_by      text not null,
    secret_rotated_at timestamptz,
    version         bigint not null
);
create index subscription_agency on subscription (agency_id, status);
