-- Annual air-quality targets of the city (scope CITY, scope_id CITY) and of towns (scope TOWN, scope_id the town).
-- A null column is "no target for that indicator".
create table air_annual_target (
    target_year           integer       not null,
    scope                 varchar(8)    not null,
    scope_id              varchar(100)  not null,
    pm25_mean             numeric(10,4),
    good_day_ratio        numeric(7,4),
    composite_index       numeric(10,4),
    o3_p90                numeric(10,4),
    heavy_pollution_days  integer,
    revision              bigint        not null,
    updated_at            timestamp(6) with time zone not null,
    primary key (target_year, scope, scope_id)
);

-- What was last published on air.targets per target, so an event goes out only when a target's status,
-- allowance, target value or published year-to-date value changed.
create table air_target_progress_published (
    target_year          integer       not null,
    scope_key            varchar(110)  not null,
    indicator            varchar(32)   not null,
    status               varchar(16)   not null,
    remaining_allowance  numeric(14,4),
    fingerprint          varchar(64)   not null,
    as_of                date          not null,
    published_at         timestamp(6) with time zone not null,
    primary key (target_year, scope_key, indicator)
);

-- What was last published on air.statistics per scope (CITY, TOWN:<town> or a station id), so recomputing
-- unchanged statistics emits nothing.
create table air_statistics_published (
    scope_key        varchar(110)  primary key,
    statistics_year  integer       not null,
    fingerprint      varchar(64)   not null,
    published_at     timestamp(6) with time zone not null
);

-- How far the safety-net scan of air_daily_value has looked (by updated_at), so it only reads recent changes.
create table air_statistics_scan (
    scan_name     varchar(32)   primary key,
    scanned_up_to timestamp(6) with time zone not null
);
