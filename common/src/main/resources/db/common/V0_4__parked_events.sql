-- Events that arrived before the event of their aggregate they follow (a triage before its tip): kept, in arrival
-- order, from the transaction that records them in the inbox until the one that applies their predecessor.
create table parked_event (
    position     bigserial primary key,
    consumer     text not null,
    aggregate_id text not null,
    event_id     text not null,
    type         text not null,
    source       text not null,
    subject      text,
    occurred_at  timestamptz,
    data         bytea,
    parked_at    timestamptz not null default now(),
    unique (consumer, event_id)
);
create index parked_event_aggregate on parked_event (consumer, aggregate_id, position);
