-- The agencies of domain.md and the cooperation agreements between them.

create table agency (
    id            text primary key,
    name          text not null,
    country       text not null,
    province_code text,
    tier          text not null
);

insert into agency (id, name, country, province_code, tier) values
    ('vn.mps', 'Bộ Công an', 'VN', null, 'MINISTRY'),
    ('vn.hue', 'Công an TP Huế', 'VN', 'VN-26', 'PROVINCE'),
    ('vn.sonla', 'Công an tỉnh Sơn La', 'VN', 'VN-05', 'PROVINCE'),
    ('vn.quangnam', 'Công an tỉnh Quảng Nam', 'VN', 'VN-27', 'PROVINCE'),
    ('la.mps', 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ', 'LA', null, 'MINISTRY'),
    ('la.salavan', 'Salavan provincial police', 'LA', 'LA-SL', 'PROVINCE'),
    ('la.sekong', 'Sekong provincial police', 'LA', 'LA-XE', 'PROVINCE'),
    ('la.champasak', 'Champasak provincial police', 'LA', 'LA-CH', 'PROVINCE'),
    ('la.savannakhet', 'Savannakhet provincial police', 'LA', 'LA-SV', 'PROVINCE'),
    ('la.houaphanh', 'Houaphanh provincial police', 'LA', 'LA-HO', 'PROVINCE'),
    ('la.luangprabang', 'Luang Prabang provincial police', 'LA', 'LA-LP', 'PROVINCE');

-- In force at instant t when valid_from <= t and (valid_to is null or t < valid_to); the pair is stored in order.
create table cooperation_agreement (
    id          uuid primary key,
    agency_a    text not null references agency (id),
    agency_b    text not null references agency (id),
    title       text,
    valid_from  timestamptz not null,
    valid_to    timestamptz,
    recorded_by text not null,
    recorded_at timestamptz not null,
    check (agency_a < agency_b),
    check (valid_to is null or valid_to > valid_from)
);
create index cooperation_agreement_pair on cooperation_agreement (agency_a, agency_b, valid_from);
