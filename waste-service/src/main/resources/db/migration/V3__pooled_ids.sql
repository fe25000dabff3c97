-- Ids of the rows a report batch inserts by the thousand (reports, their quantities, published indicators) come
-- from this table in blocks of 500 (Hibernate's pooled table generator), so their inserts go out as JDBC batches;
-- an identity column makes every insert its own round trip. A table, not a sequence, so that one script starts each
-- block after the ids already stored on H2 and on PostgreSQL alike. The columns keep their identity default, but
-- the service no longer uses it: a row inserted by hand without an id would take one a later block hands out.
create table waste_id_block (
    id_name  varchar(64) primary key,
    next_id  bigint      not null
);
insert into waste_id_block (id_name, next_id) select 'waste_report', coalesce(max(id), 0) + 1 from waste_report;
insert into waste_id_block (id_name, next_id) select 'waste_report_quantity', coalesce(max(id), 0) + 1 from waste_report_quantity;
insert into waste_id_block (id_name, next_id) select 'waste_published_indicator', coalesce(max(id), 0) + 1 from waste_published_indicator;
