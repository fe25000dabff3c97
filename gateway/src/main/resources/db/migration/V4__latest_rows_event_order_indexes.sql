-- The city view costs what it shows, not what it has stored: what a view shows as "the latest" (a station's, a
-- town's or the city's latest hour; a section's latest period class) lives on its own row, kept by the projectors as
-- the events arrive, and every read has the index its WHERE and ORDER BY need. Each projection also keeps the time of
-- the event (ce_time) it holds, so that an older event arriving late (a replay, a redelivery from another partition)
-- does not undo a newer one.

-- The latest hour of every scope (city, town, station), keyed by its scope key.
create table air_latest_hour (
    id                  varchar(180)  primary key,
    scope               varchar(16)   not null,
    scope_key           varchar(180)  not null,
    town                varchar(100),
    station_id          varchar(64),
    hour_end            timestamp(6) with time zone not null,
    edition             varchar(16)   not null,
    aqi                 integer,
    aqi_level           integer,
    category            varchar(32),
    category_en         varchar(64),
    colour              varchar(16),
    primary_pollutants  varchar(64)   not null,
    pm25                numeric(12,3),
    station_count       integer,
    correction          boolean       not null,
    received_at         timestamp(6) with time zone not null,
    event_time          timestamp(6) with time zone
);
create index air_latest_hour_scope on air_latest_hour (scope, town);
insert into air_latest_hour (id, scope, scope_key, town, station_id, hour_end, edition, aqi, aqi_level, category,
        category_en, colour, primary_pollutants, pm25, station_count, correction, received_at)
    select a.scope_key, a.scope, a.scope_key, a.town, a.station_id, a.hour_end, a.edition, a.aqi, a.aqi_level,
           a.category, a.category_en, a.colour, a.primary_pollutants, a.pm25, a.station_count, a.correction,
           a.received_at
    from air_hourly_assessment a
    where a.hour_end = (select max(b.hour_end) from air_hourly_assessment b where b.scope_key = a.scope_key);

-- The latest period class of every section: the period ending last, of two ending on the same day the longer one.
create table water_section_latest (
    section_id       varchar(64)   primary key,
    assessment_id    varchar(200)  not null,
    town             varchar(100)  not null,
    period_label     varchar(64)   not null,
    period_from      date          not null,
    period_to        date          not null,
    sample_count     integer       not null,
    water_class      varchar(16),
    target_class     varchar(16)   not null,
    meets_target     boolean       not null,
    main_pollutants  varchar(400)  not null,
    last_year_class  varchar(16),
    class_change     varchar(16),
    received_at      timestamp(6) with time zone not null,
    event_time       timestamp(6) with time zone
);
create index water_section_latest_town on water_section_latest (town);
insert into water_section_latest (section_id, assessment_id, town, period_label, period_from, period_to, sample_count,
        water_class, target_class, meets_target, main_pollutants, last_year_class, class_change, received_at)
    select a.section_id, a.id, a.town, a.period_label, a.period_from, a.period_to, a.sample_count, a.water_class,
           a.target_class, a.meets_target, a.main_pollutants, a.last_year_class, a.class_change, a.received_at
    from water_section_assessment a
    where not exists (select 1 from water_section_assessment b
                      where b.section_id = a.section_id
                        and (b.period_to > a.period_to
                             or (b.period_to = a.period_to and (b.period_from < a.period_from
                                 or (b.period_from = a.period_from and b.id < a.id)))));

-- Every town any domain has named, so that listing the towns reads one small table, not every stored report.
create table city_town (
    town  varchar(100)  primary key
);
insert into city_town (town)
    select town from city_air_station where town is not null and town <> ''
    union select town from water_section where town is not null and town <> ''
    union select town from air_statistics where scope = 'TOWN' and town is not null and town <> ''
    union select town from air_latest_hour where scope = 'TOWN' and town is not null and town <> ''
    union select town from waste_indicator where scope = 'TOWN' and town is not null and town <> ''
    union select town from waste_manifest where town is not null and town <> ''
    union select scope_id from target_progress where scope = 'TOWN' and scope_id is not null and scope_id <> ''
    union select town from city_alert where town is not null and town <> '';

-- The time of the event each row holds; null for rows stored before it was kept (any later event then applies).
alter table air_hourly_assessment add column event_time timestamp(6) with time zone;
alter table air_daily_assessment add column event_time timestamp(6) with time zone;
alter table air_statistics add column event_time timestamp(6) with time zone;
alter table water_latest_sample add column event_time timestamp(6) with time zone;
alter table water_section_assessment add column event_time timestamp(6) with time zone;
alter table water_city_assessment add column event_time timestamp(6) with time zone;
alter table waste_indicator add column event_time timestamp(6) with time zone;
alter table waste_manifest add column event_time timestamp(6) with time zone;
alter table target_progress add column event_time timestamp(6) with time zone;
alter table city_alert add column event_time timestamp(6) with time zone;

-- The indexes the reads need (the key of each list in its order).
create index city_air_station_town on city_air_station (town, station_id);
create index water_section_town on water_section (town, section_id);
create index water_latest_sample_town on water_latest_sample (town);
create index water_section_assessment_period on water_section_assessment (period_label, section_id);
create index water_city_assessment_from on water_city_assessment (period_from, period_to);
create index air_statistics_scope_year on air_statistics (scope, stat_year);
create index waste_indicator_ytd on waste_indicator (indicator_code, scope, period_from, town, period_to);
create index waste_manifest_state on waste_manifest (state, town, overdue);
create index target_progress_year_order on target_progress (target_year, domain, scope, scope_id, indicator);
create index city_alert_state_town on city_alert (state, town);
create index city_alert_raised on city_alert (raised_at, alert_id);
