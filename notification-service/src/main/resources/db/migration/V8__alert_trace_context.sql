-- The W3C traceparent the alert's request (or recall) arrived with: its webhooks carry it, so the partner's receiver
-- and a trace viewer see one trace from the tip's POST to the delivery.
alter table alert add column traceparent varchar(55);
