-- Joint operations, the tips linked to them, the suggestions analysts rejected, and their results.

create table joint_operation (
    id               uuid primary key,
    code_name        text not null unique,
    lead_agency      text not null references agency (id),
    partner_agencies text[] not null,
    category         text not null,
    province_codes   text[] not null,
    districts        text[] not null,
    border_points    text[] not null,
    starts_on        date not null,
    ends_on          date,
    working_groups   jsonb not null,
    exercise         boolean not null,
    description      text,
    status           text not null,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    version          bigint not null
);
create index joint_operation_lead on joint_operation (lead_agency, status);
create index joint_operation_partners on joint_operation using gin (partner_agencies);
create index joint_operation_provinces on joint_operation using gin (province_codes);
create index joint_operation_created on joint_operation (created_at desc, id);

create table tip_link (
    operation_id    uuid not null references joint_operation (id),
    tip_id          uuid not null,
    note            text,
    from_suggestion boolean not null,
    linked_by       text not null,
    linked_at       timestamptz not null,
    primary key (operation_id, tip_id)
);
create index tip_link_tip on tip_link (tip_id);

create table suggestion_rejection (
    operation_id uuid not null references joint_operation (id),
    tip_id       uuid not null,
    reason       text,
    rejected_by  text not null,
    rejected_at  timestamptz not null,
    primary key (operation_id, tip_id)
);

create table operation_result (
    id                uuid primary key,
    operation_id      uuid not null references joint_operation (id),
    occurred_on       date not null,
    province_code     text not null,
    district          text,
    border_point      text,
    latitude          double precision,
    longitude         double precision,
    cases_opened      integer not null check (cases_opened >= 0),
    suspects_arrested integer not null check (suspects_arrested >= 0),
    weapons           integer not null check (weapons >= 0),
    rounds            integer not null check (rounds >= 0),
    note              text,
    recorded_by       text not null,
    recorded_at       timestamptz not null
);
create index operation_result_operation on operation_result (operation_id, occurred_on);
create index operation_result_date on operation_result (occurred_on);

create table result_drug_seizure (
    result_id uuid not null references operation_result (id),
    position  integer not null,
    drug_type text not null,
    quantity  numeric(18, 3) not null check (quantity > 0),
    unit      text not null,
    primary key (result_id, position)
);
