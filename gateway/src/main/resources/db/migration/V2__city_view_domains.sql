-- The rest of the city view: every table is a projection of the domain events, keyed so that a redelivered or
-- corrected event overwrites its row instead of adding one. Column names avoid words that H2 or PostgreSQL reserve
-- (value, year, from, to, date, level).

create table air_hourly_assessment (
    id                  varchar(200)  primary key,
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
    received_at         timestamp(6) with time zone not null
);
create index air_hourly_scope_hour on air_hourly_assessment (scope_key, hour_end);

create table air_daily_assessment (
    id                  varchar(200)  primary key,
    scope               varchar(16)   not null,
    scope_key           varchar(180)  not null,
    town                varchar(100),
    station_id          varchar(64),
    assessment_day      date          not null,
    edition             varchar(16)   not null,
    aqi                 integer,
    aqi_level           integer,
    category            varchar(32),
    category_en         varchar(64),
    colour              varchar(16),
    primary_pollutants  varchar(64)   not null,
    correction          boolean       not null,
    received_at         timestamp(6) with time zone not null
);
create index air_daily_scope_day on air_daily_assessment (scope_key, assessment_day);

create table air_statistics (
    id                          varchar(200)  primary key,
    scope                       varchar(16)   not null,
    scope_key                   varchar(180)  not null,
    town                        varchar(100),
    station_id                  varchar(64),
    stat_year                   integer       not null,
    period_from                 date          not null,
    period_to                   date          not null,
    composite_index             numeric(12,4),
    composite_index_last_year   numeric(12,4),
    composite_index_improvement numeric(12,4),
    primary_composite_pollutant varchar(16),
    pm25_mean                   numeric(12,4),
    pm25_mean_last_year         numeric(12,4),
    pm25_improvement            numeric(12,4),
    good_day_ratio              numeric(12,4),
    good_day_ratio_last_year    numeric(12,4),
    good_day_ratio_change       numeric(12,4),
    o3_p90                      numeric(12,4),
    heavily_polluted_days       integer       not null,
    valid_days                  integer       not null,
    completeness_met            boolean       not null,
    monthly_pm25                varchar(4000) not null,
    daily_aqi                   varchar(8000) not null,
    received_at                 timestamp(6) with time zone not null
);

create table water_section (
    section_id       varchar(64)   primary key,
    name             varchar(200)  not null,
    river            varchar(200)  not null,
    water_body_type  varchar(16)   not null,
    section_level    varchar(16)   not null,
    town             varchar(100)  not null,
    target_class     varchar(16)   not null,
    latitude         numeric(9,6)  not null,
    longitude        numeric(9,6)  not null,
    assessed         boolean       not null,
    revision         bigint        not null,
    changed_at       timestamp(6) with time zone not null
);

create table water_latest_sample (
    section_id             varchar(64)   primary key,
    town                   varchar(100)  not null,
    sampled_at             timestamp(6) with time zone not null,
    water_class            varchar(16)   not null,
    target_class           varchar(16)   not null,
    meets_target           boolean       not null,
    main_pollutants        varchar(400)  not null,
    items_breaking_target  varchar(400)  not null,
    correction             boolean       not null
);

create table water_section_assessment (
    id               varchar(200)  primary key,
    section_id       varchar(64)   not null,
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
    received_at      timestamp(6) with time zone not null
);
create index water_section_assessment_section on water_section_assessment (section_id, period_to);

create table water_city_assessment (
    period_label            varchar(64)    primary key,
    period_from             date           not null,
    period_to               date           not null,
    assessed_sections       integer        not null,
    good_sections           integer        not null,
    good_share              numeric(12,4),
    worse_than_v_sections   integer        not null,
    worse_than_v_share      numeric(12,4),
    meeting_target_share    numeric(12,4),
    grading                 varchar(64),
    good_share_last_year    numeric(12,4),
    sections_improved       varchar(4000)  not null,
    sections_worsened       varchar(4000)  not null,
    received_at             timestamp(6) with time zone not null
);

create table waste_indicator (
    id                 varchar(300)  primary key,
    indicator_code     varchar(100)  not null,
    name_zh            varchar(200)  not null,
    name_en            varchar(300)  not null,
    scope              varchar(16)   not null,
    town               varchar(100),
    period_label       varchar(64)   not null,
    period_from        date          not null,
    period_to          date          not null,
    indicator_value    numeric(18,6),
    absence_reason     varchar(32),
    unit               varchar(32)   not null,
    direction          varchar(32)   not null,
    last_year_value    numeric(18,6),
    catalogue_version  varchar(64)   not null,
    received_at        timestamp(6) with time zone not null
);

create table waste_manifest (
    manifest_number   varchar(64)    primary key,
    state             varchar(16)    not null,
    waste_category    varchar(8)     not null,
    waste_code        varchar(16)    not null,
    quantity_tonnes   numeric(18,6)  not null,
    received_tonnes   numeric(18,6),
    town              varchar(100)   not null,
    changed_at        timestamp(6) with time zone not null,
    overdue           boolean        not null
);
create index waste_manifest_town on waste_manifest (town);

create table target_progress (
    id                   varchar(400)   primary key,
    domain               varchar(16)    not null,
    target_year          integer        not null,
    as_of                date           not null,
    scope                varchar(16)    not null,
    scope_id             varchar(100),
    indicator            varchar(100)   not null,
    name                 varchar(200)   not null,
    unit                 varchar(32),
    direction            varchar(32)    not null,
    target_value         numeric(18,6),
    target_label         varchar(100)   not null,
    current_value        numeric(18,6),
    value_label          varchar(100),
    projected            numeric(18,6),
    status               varchar(16)    not null,
    remaining_allowance  numeric(18,6),
    allowance_label      varchar(400),
    checkpoints          varchar(8000)  not null,
    received_at          timestamp(6) with time zone not null
);
create index target_progress_year on target_progress (target_year, domain);

create table city_alert (
    alert_id         varchar(200)   primary key,
    domain           varchar(16)    not null,
    kind             varchar(64)    not null,
    severity         varchar(16)    not null,
    state            varchar(16)    not null,
    subject_id       varchar(100)   not null,
    town             varchar(100),
    title            varchar(400)   not null,
    message          varchar(2000)  not null,
    alert_value      numeric(18,6),
    threshold        numeric(18,6),
    unit             varchar(32),
    raised_at        timestamp(6) with time zone not null,
    changed_at       timestamp(6) with time zone not null,
    cleared_at       timestamp(6) with time zone,
    acknowledged_at  timestamp(6) with time zone,
    acknowledged_by  varchar(100),
    acknowledge_note varchar(1000)
);
create index city_alert_state on city_alert (state, domain);
