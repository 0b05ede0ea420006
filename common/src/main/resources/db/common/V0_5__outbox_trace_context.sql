-- The W3C traceparent of the transaction that appended the event (null outside any trace); the relay sends it as the
-- Kafka record's traceparent header, so a consumer continues the trace the event began in.
alter table outbox_event add column traceparent varchar(55);
