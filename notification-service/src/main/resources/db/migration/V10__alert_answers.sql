-- Feedback on an alert: the receiving agency's answers (at most ten an alert), the note byte-exact in its language.
create table alert_answer (
    id          uuid primary key,
    alert_id    uuid not null references alert (id),
    result      text not null check (result in ('CONFIRMED', 'NOT_FOUND', 'FALSE', 'ACTION_TAKEN')),
    note        text not null,
    language    text not null,
    answered_by text not null,
    answered_at timestamptz not null
);
create index alert_answer_alert on alert_answer (alert_id, answered_at);
