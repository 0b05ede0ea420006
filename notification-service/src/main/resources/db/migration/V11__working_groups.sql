-- Working groups (tổ công tác thường trực): officers of one force stationed in a partner's province for a period. During
-- it they receive the alerts for the host agency's area at their own subscriptions and may acknowledge them.

create table working_group (
    id                uuid primary key,
    name              text not null,
    origin_agency     text not null references agency (id),
    host_agency       text not null references agency (id),
    host_area         text not null,
    -- calendar days in Indochina Time (notification.working-groups.zone), both inclusive
    starts_on         date not null,
    ends_on           date not null check (ends_on >= starts_on),
    on_duty_name      text not null,
    on_duty_rank      text,
    on_duty_phone     text,
    on_duty_email     text,
    closed_at         timestamptz,
    closed_by         text,
    close_reason      text,
    created_at        timestamptz not null,
    created_by        text not null,
    version           bigint not null,
    check (origin_agency <> host_agency)
);
create index working_group_host on working_group (host_agency, host_area, starts_on, ends_on);
create index working_group_origin on working_group (origin_agency, created_at desc);

-- The officers of a group in list order, each with the days they are on duty (a list of from/to stretches).
create table working_group_member (
    id        uuid primary key,
    group_id  uuid not null references working_group (id),
    position  integer not null,
    name      text not null,
    rank      text,
    phone     text,
    email     text,
    roster    jsonb not null
);
create index working_group_member_group on working_group_member (group_id, position);

-- Which alerts a group received (routed to it during its period): what its liaison officers may read and acknowledge.
create table working_group_alert (
    group_id    uuid not null references working_group (id),
    alert_id    uuid not null references alert (id),
    received_at timestamptz not null,
    primary key (group_id, alert_id)
);
create index working_group_alert_alert on working_group_alert (alert_id);

-- A subscription of a working group (its liaison officer's token names it); null for the agency's own.
alter table subscription add column working_group_id uuid references working_group (id);
create index subscription_working_group on subscription (working_group_id) where working_group_id is not null;

-- The working group whose liaison officer acknowledged the alert; null when the recipient agency did.
alter table acknowledgement add column working_group_id uuid references working_group (id);
