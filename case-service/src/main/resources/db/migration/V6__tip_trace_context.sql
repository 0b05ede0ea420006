-- The W3C traceparent the tip arrived in (the trace of the duty officer's POST in hotline-service): the alert requests
-- and withdrawals released for the tip continue it, whichever request or event decided them.
alter table tip_projection add column traceparent varchar(55);
