-- Feedback on an alert: a partner's answers to the alert a release decision requested, for the tip's release history.
-- One row per answer (answer_id is notification-service's), however often its event is delivered.
create table release_answer (
    answer_id   uuid primary key,
    decision_id uuid not null references release_decision (id),
    alert_id    uuid not null,
    recipient   text not null references agency (id),
    result      text not null,
    note        text not null,
    language    text not null,
    answered_by text not null,
    answered_at timestamptz not null
);
create index release_answer_decision on release_answer (decision_id, answered_at);
