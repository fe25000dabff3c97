-- Optimistic locking of stations: an update checks and increments the row's version (JPA @Version), so of two updates
-- that read the same revision only one commits, and no revision number is issued twice. Existing rows start at 0.
-- The ingest path's own column (last_hour_end) is written without it and never conflicts with an update.
alter table air_station add column lock_version bigint default 0 not null;
