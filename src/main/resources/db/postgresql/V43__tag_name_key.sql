-- Search links a tag whose name is the query ("Topics: Climate"). Matching lower(name) read every
-- tag on every search; the lower-cased name as a column of its own, kept by the database, is an
-- index lookup, written alike on both databases (H2 builds have their own V43).
alter table tag add column name_key varchar(120) generated always as (lower(name)) stored;
create index tag_name_key_idx on tag (name_key);
