-- An escalation that reached no one: no subscription took the alert and no contact was on duty at the tier it went to.
-- The ministry tier of the receiving country is notified instead, so a notified contact now names its agency (left
-- nullable, and defaulted: an instance of the previous release still escalates while a rolling upgrade runs; a row it
-- writes is the recipient's contact).
alter table escalation add column outcome text not null default 'NOTIFIED' check (outcome in ('NOTIFIED', 'NO_RECIPIENT'));
alter table escalation_notification add column agency_id text references agency (id);
update escalation_notification n set agency_id = a.recipient_agency
    from escalation e join alert a on a.id = e.alert_id
    where e.id = n.escalation_id;
