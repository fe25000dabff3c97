-- the consumer forgets old event ids by time; without this index that is a full scan
create index processed_event_processed_at on processed_event (processed_at);
