-- PostgreSQL builds only (db/postgresql is a Flyway location of PostgreSQL builds alone): search
-- lives in the database, so every instance sees the same index the moment a change commits.

-- Headline, dek and body, weighted in that order. Tags of the sanitized body HTML are not words to
-- the parser, nor are entities. Headline and dek are plain text: their angle brackets are made
-- spaces first, or the parser would skip "<script>alert</script>" as markup. Kept by PostgreSQL
-- itself on every insert and update.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', translate(coalesce(headline, ''), '<>', '  ')), 'A')
    || setweight(to_tsvector('english', translate(coalesce(dek, ''), '<>', '  ')), 'B')
    || setweight(to_tsvector('english', coalesce(body_html, '')), 'C')) stored;
create index article_search_idx on article using gin (search_vector);

-- "Did you mean": the words of published articles as they are written (not stemmed), searched by
-- trigram similarity. Words only ever come from published rows, so no draft's word is suggested.
create extension if not exists pg_trgm;
create table search_word (
    word varchar(64) primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create function search_word_collect() returns trigger language plpgsql as $$
begin
    insert into search_word (word)
    select distinct w.lexeme
    from changed a,
         unnest(tsvector_to_array(to_tsvector('simple',
             coalesce(a.headline, '') || ' ' || coalesce(a.dek, '') || ' ' || coalesce(a.body_html, '')))) as w(lexeme)
    where a.status = 'PUBLISHED' and length(w.lexeme) between 3 and 64 and w.lexeme ~ '^[[:alpha:]]+$'
    on conflict do nothing;
    return null;
end $$;

-- Once per statement, over all the rows it wrote (the synthetic generator inserts a thousand at a time).
create trigger article_search_words_insert after insert on article
    referencing new table as changed for each statement execute function search_word_collect();
create trigger article_search_words_update after update on article
    referencing new table as changed for each statement execute function search_word_collect();

insert into search_word (word)
select word from ts_stat($$select to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(dek, '') || ' '
    || coalesce(body_html, '')) from article where status = 'PUBLISHED'$$)
where length(word) between 3 and 64 and word ~ '^[[:alpha:]]+$';
