-- The W3C traceparent of the POST that recorded the tip: the events the tip causes later (its triage, its dismissal)
-- continue that trace, so one trace runs from the duty officer's POST to the partner's webhook.
alter table tip add column traceparent varchar(55);
