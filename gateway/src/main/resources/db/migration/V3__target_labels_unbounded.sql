-- The display labels of a target's progress are free text of the domain that states them (a zero-waste indicator's
-- value label names its quantities and runs past 100 characters). The event contract sets no length, so the view
-- must not reject an event the contract accepts: the labels take up to 4,000 characters.
alter table target_progress alter column target_label set data type varchar(4000);
alter table target_progress alter column value_label set data type varchar(4000);
alter table target_progress alter column allowance_label set data type varchar(4000);
alter table target_progress alter column name set data type varchar(1000);
