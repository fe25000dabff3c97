-- The ranking figures of each station's and town's calendar year as the statistics last published them, with the
-- count and latest update of the daily values they were computed from: a ranking reads these rows instead of
-- assessing every scope's year per request, and recomputes in memory only a scope whose daily values moved since.
create table air_ranking_figures (
    figures_key        varchar(130)  primary key,
    scope              varchar(8)    not null,
    scope_id           varchar(100)  not null,
    statistics_year    integer       not null,
    composite_index    numeric(10,4),
    largest_sub_index  varchar(64),
    pm25_mean          numeric(10,4),
    good_day_ratio     numeric(7,4),
    valid_aqi_days     integer       not null,
    completeness_met   boolean       not null,
    source_days        integer       not null,
    source_updated_at  timestamp(6) with time zone not null
);
create index air_ranking_figures_year on air_ranking_figures (scope, statistics_year);

-- The statistics read one scope's days in a range (scope_id, day); the primary key leads with scope.
create index air_daily_value_scope_id_day on air_daily_value (scope_id, day);
