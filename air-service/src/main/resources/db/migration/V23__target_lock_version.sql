-- Optimistic locking of the annual targets: an update checks and increments the row's version (JPA @Version), beside
-- the row lock a write takes, so that two writes of the same revision can never both commit. Existing rows start at 0.
alter table air_annual_target add column lock_version bigint default 0 not null;
