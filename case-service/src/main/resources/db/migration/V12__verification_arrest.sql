-- A request to ARREST names the wanted person it is about (a record its issuer shared with the requested agency).
alter table verification_request add column wanted_person_id uuid references wanted_person (id);
alter table verification_request add constraint verification_arrest_names_wanted_person
    check ((subject_kind = 'ARREST') = (wanted_person_id is not null));
