-- The home page's featured stories: newest featured first among published articles. The
-- query seeks 'featured_at <= now', which skips the unfeatured (null) rows instead of
-- walking past a million of them.
drop index article_featured_idx;
create index article_featured_idx on article (status, featured_at desc, id desc);
