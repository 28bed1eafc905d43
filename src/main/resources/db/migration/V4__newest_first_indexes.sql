-- Rivers read newest first. H2 only walks an index in its own order, so the listing
-- indexes are declared descending: page 1 and page 1,000 then both start with an index seek
-- (published_at <= cursor) and stop after one page, instead of sorting the whole listing.
drop index article_river_idx;
drop index article_section_idx;
drop index article_root_idx;
drop index article_author_river_idx;
drop index article_tag_river_idx;
drop index video_river_idx;
drop index video_channel_idx;
create index article_river_idx        on article (status, published_at desc, id desc);
create index article_section_idx      on article (section_id, status, published_at desc, id desc);
create index article_root_idx         on article (root_section_id, status, published_at desc, id desc);
create index article_author_river_idx on article_author (author_id, listed_at desc, article_id desc);
create index article_tag_river_idx    on article_tag (tag_id, listed_at desc, article_id desc);
create index video_river_idx          on video (published_at desc, id desc);
create index video_channel_idx        on video (channel_id, published_at desc, id desc);
