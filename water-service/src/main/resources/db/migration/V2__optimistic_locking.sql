-- Optimistic locking: every row two writers can change carries a version that an update checks and increments
-- (JPA @Version), so a concurrent update is refused instead of overwriting the other one. Existing rows start at 0.
alter table water_section add column lock_version bigint default 0 not null;
alter table water_annual_target add column lock_version bigint default 0 not null;
alter table water_treatment_task add column lock_version bigint default 0 not null;
