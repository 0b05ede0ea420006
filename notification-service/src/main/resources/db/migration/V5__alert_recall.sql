-- Recall (CAP Cancel / Update) of an earlier alert. The recall is an alert of its own for the same request and
-- recipient, so "one alert per request and recipient" now holds for the original alerts only, and a withdrawal gives
-- at most one recall per recipient. A recall carries no free text.

alter table alert add column withdrawal_id uuid;
alter table alert drop constraint alert_request_id_recipient_agency_key;
create unique index alert_request_recipient on alert (request_id, recipient_agency) where withdrawal_id is null;
create unique index alert_withdrawal_recipient on alert (withdrawal_id, recipient_agency) where withdrawal_id is not null;

alter table alert alter column description drop not null;

-- The earlier alert, once recalled: by which recall alert, when, and why
alter table alert add column cancelled_at timestamptz;
alter table alert add column cancelled_by uuid references alert (id);
alter table alert add column cancel_reason text;
alter table alert add column superseded_at timestamptz;
alter table alert add column superseded_by uuid references alert (id);
alter table alert add column supersede_reason text;

-- What the escalation job looks for: unacknowledged, not cancelled alerts by deadline
drop index alert_due;
create index alert_due on alert (ack_deadline) where acknowledged_at is null and ack_deadline is not null and cancelled_at is null;
