-- What case-service keeps of hotline tips to search, suggest and link them. No reporter data ever arrives here.

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary lets us declare the fold IMMUTABLE
-- so it can feed a generated column and its indexes. Lao script has no case and no accents: it stays as written.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create function cases_fold(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(regexp_replace(btrim(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\s+', ' ', 'g')) $$;

create table tip_projection (
    id                      uuid primary key,
    reference               text not null,
    receiving_agency        text not null,
    category                text not null,
    occurred_at             timestamptz not null,
    province_code           text not null,
    district                text,
    border_point            text,
    latitude                double precision,
    longitude               double precision,
    description             text not null,
    language                text not null,
    entities                jsonb not null,
    status                  text not null,
    source_reliability      text,
    information_credibility integer,
    priority                text,
    tlp                     text,
    releasability           text,
    cross_border            boolean,
    partner_agencies        text[],
    triaged_at              timestamptz,
    dismissed_at            timestamptz,
    dismissal_reason        text,
    received_at             timestamptz not null,
    projected_at            timestamptz not null
);
create index tip_projection_context on tip_projection (category, province_code, occurred_at);
create index tip_projection_agency on tip_projection (receiving_agency, received_at desc);

-- Normalised identifiers, one row each, indexed for the suggestion joins.
create table tip_phone (
    tip_id   uuid not null references tip_projection (id) on delete cascade,
    e164     text not null,
    as_given text not null,
    primary key (tip_id, e164)
);
create index tip_phone_e164 on tip_phone (e164);

create table tip_plate (
    tip_id   uuid not null references tip_projection (id) on delete cascade,
    plate    text not null,
    as_given text not null,
    primary key (tip_id, plate)
);
create index tip_plate_plate on tip_plate (plate);

create table tip_id_number (
    tip_id    uuid not null references tip_projection (id) on delete cascade,
    id_number text not null,
    as_given  text not null,
    primary key (tip_id, id_number)
);
create index tip_id_number_value on tip_id_number (id_number);

create table tip_person_name (
    tip_id      uuid not null references tip_projection (id) on delete cascade,
    name        text not null,
    alias       boolean not null,
    name_folded text generated always as (cases_fold(name)) stored,
    primary key (tip_id, name)
);
create index tip_person_name_folded on tip_person_name (name_folded);
create index tip_person_name_trigram on tip_person_name using gin (name_folded gin_trgm_ops);
