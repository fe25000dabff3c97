-- The daily values of every station, town and the city: the 24-hour means and the ozone maxima of a Beijing
-- natural day with their coverage, and the day's AQI. Written by the hourly/daily assessment, read by the period
-- statistics (HJ 663), which never rescan hourly data. A null concentration is an invalid or missing value.
create table air_daily_value (
    scope               varchar(8)    not null,
    scope_id            varchar(100)  not null,
    town                varchar(100),
    day                 date          not null,
    edition             varchar(12)   not null,
    so2                 numeric(14,4),
    no2                 numeric(14,4),
    pm10                numeric(14,4),
    pm25                numeric(14,4),
    co                  numeric(14,4),
    o3_8h               numeric(14,4),
    o3_1h               numeric(14,4),
    so2_coverage        integer       not null default 0,
    no2_coverage        integer       not null default 0,
    pm10_coverage       integer       not null default 0,
    pm25_coverage       integer       not null default 0,
    co_coverage         integer       not null default 0,
    o3_8h_coverage      integer       not null default 0,
    o3_1h_coverage      integer       not null default 0,
    aqi                 integer,
    aqi_level           integer,
    primary_pollutants  varchar(64),
    revision            bigint        not null default 1,
    updated_at          timestamp(6) with time zone not null,
    primary key (scope, scope_id, day)
);
create index air_daily_value_day on air_daily_value (day, scope);
