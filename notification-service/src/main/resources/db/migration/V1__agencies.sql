-- Partner agencies (seeded from domain.md) and their on-duty contacts per hotline tier.

create table agency (
    id               text primary key,
    name             text not null,
    country          text not null,
    province_code    text,
    contacts_version bigint not null default 0
);

insert into agency (id, name, country, province_code) values
    ('vn.mps',          'Bộ Công an (Ministry of Public Security)', 'VN', null),
    ('vn.hue',          'Công an TP Huế', 'VN', 'VN-26'),
    ('vn.sonla',        'Công an tỉnh Sơn La', 'VN', 'VN-05'),
    ('vn.quangnam',     'Công an tỉnh Quảng Nam', 'VN', 'VN-27'),
    ('la.mps',          'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ (Ministry of Public Security, Lao PDR)', 'LA', null),
    ('la.salavan',      'Salavan provincial police', 'LA', 'LA-SL'),
    ('la.sekong',       'Sekong provincial police', 'LA', 'LA-XE'),
    ('la.champasak',    'Champasak provincial police', 'LA', 'LA-CH'),
    ('la.savannakhet',  'Savannakhet provincial police', 'LA', 'LA-SV'),
    ('la.houaphanh',    'Houaphanh provincial police (Hủa Phăn)', 'LA', 'LA-HO'),
    ('la.luangprabang', 'Luang Prabang provincial police (Luông Pha Băng)', 'LA', 'LA-LP');

-- Who is on duty at each tier of an agency's hotline network; replaced as a whole list.
create table agency_contact (
    id        uuid primary key,
    agency_id text not null references agency (id),
    tier      text not null check (tier in ('BORDER_POST', 'DISTRICT', 'PROVINCE', 'MINISTRY')),
    name      text not null,
    rank      text,
    phone     text,
    email     text,
    position  integer not null
);
create index agency_contact_agency_tier on agency_contact (agency_id, tier, position);
