create table air_station (
    station_id   varchar(64)   primary key,
    name         varchar(200)  not null,
    town         varchar(100)  not null,
    latitude     numeric(9,6)  not null,
    longitude    numeric(9,6)  not null,
    kind         varchar(16)   not null,
    assessed     boolean       not null,
    revision     bigint        not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null
);
create index air_station_town on air_station (town);
