-- The data loggers allowed to report: MN (HJ 212-2017 device number, up to 24 characters), what it monitors and the
-- PW it must send. Plain SQL that H2 and PostgreSQL both run. Lists page on the primary key.
create table logger_device (
    mn          varchar(24)  primary key,
    kind        varchar(8)   not null,
    target_id   varchar(64)  not null,
    password    varchar(32)  not null,
    created_at  timestamp(6) with time zone not null
);
