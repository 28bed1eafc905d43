-- One row that every instance polls: bumped whenever published content changes, so each
-- instance can drop its cached pages within seconds of an edit made on another one.
create table content_state (
    id          integer primary key,
    version     bigint  not null,
    changed_at  timestamp with time zone not null
);
insert into content_state (id, version, changed_at) values (1, 0, current_timestamp);
