-- An outbox event the broker can never take (a record larger than the producer or the broker accepts) is parked with
-- its reason instead of holding up every event behind it: it is no longer sent, it is kept (not cleaned up), and the
-- relay counts it. A lower version than the services' own migrations: the services apply it out of order
-- (quarkus.flyway.out-of-order), so a database of an earlier version gets it too.
alter table outbox_event add column parked_at timestamp(6) with time zone;
alter table outbox_event add column parked_reason varchar(2000);
