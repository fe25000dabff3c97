-- An alert is written by two parties: the domain's events (raised, cleared) and the bureau's acknowledgement. Each
-- write checks and moves this version, so two at once cannot both succeed on what the other has just changed: the
-- one that loses is a 409 to the caller who acknowledged, or a retried poll for the event consumer.
alter table city_alert add column version bigint default 0 not null;
