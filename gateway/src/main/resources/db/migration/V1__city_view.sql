-- The gateway's own materialised city view, built from the domain services' events.
create table city_air_station (
    station_id    varchar(64)   primary key,
    name          varchar(200)  not null,
    town          varchar(100)  not null,
    latitude      numeric(9,6)  not null,
    longitude     numeric(9,6)  not null,
    kind          varchar(16)   not null,
    assessed      boolean       not null,
    revision      bigint        not null,
    updated_at    timestamp(6) with time zone not null
);

create table domain_freshness (
    domain          varchar(16)  primary key,
    last_event_at   timestamp(6) with time zone not null,
    last_event_type varchar(200) not null
);
