-- Messages of requests for verification are alerts of their own kind: the request and the step in `verification`, no
-- category, area or free text of their own. A request has several messages for each side, so the one-alert-per-request-
-- and-recipient rule holds for alerts only (the inbox makes each message once).
alter table alert add column verification jsonb;
alter table alert alter column category drop not null;
alter table alert alter column area drop not null;
alter table alert alter column language drop not null;
alter table alert add constraint alert_kind_facts
    check (verification is not null or (category is not null and area is not null and language is not null));
drop index alert_request_recipient;
create unique index alert_request_recipient on alert (request_id, recipient_agency) where withdrawal_id is null and verification is null;
create index alert_verification_request on alert (request_id) where verification is not null;
-- What the escalation job also looks for: requests for verification past their deadline, read or not
create index alert_verification_due on alert (ack_deadline) where verification is not null and ack_deadline is not null;
