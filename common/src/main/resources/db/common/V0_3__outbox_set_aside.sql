-- An outbox event the broker refuses for the event itself (too large, an invalid topic) is set aside after a few
-- attempts, with its error, so the events behind it flow; a broker that is down counts no attempt.
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column last_error text;
alter table outbox_event add column set_aside_at timestamptz;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (position) where published_at is null and set_aside_at is null;
create index outbox_event_set_aside on outbox_event (set_aside_at) where set_aside_at is not null;
