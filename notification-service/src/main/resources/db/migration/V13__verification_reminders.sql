-- A request for verification not yet answered is reminded once at its tier before its deadline (a day before, or half
-- way for a shorter deadline): when it is due (remind_at, cleared once done or moot) and when it was (reminded_at).
alter table alert add column remind_at timestamptz;
alter table alert add column reminded_at timestamptz;
create index alert_remind_due on alert (remind_at) where remind_at is not null;
