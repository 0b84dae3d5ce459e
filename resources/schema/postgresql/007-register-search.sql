-- Seminar Desk schema on PostgreSQL 15, step 7: indexes for the registers' search. The file's step 7
-- changes nothing there: a file searches its registers in process (sd_contains in C++) and its
-- indexes may use no function of the program, so that any SQLite tool can still write it.
--
-- A register's filter looks for each word inside the folded names, region and e-mail of every
-- participant. Without an index the server folds every row of the table for each count and page
-- (over a second for 100,000 participants). pg_trgm indexes the folded text by its three-letter
-- pieces, so that LIKE '%fragment%' on sd_fold(column) reads the matching rows only. pg_trgm comes
-- with PostgreSQL (Debian's postgresql-15 package) and is a trusted extension: the database's owner,
-- who runs server init and every upgrade, may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The same fold as before, with a short way for text of ASCII characters only (many names, nearly
-- every e-mail): there lower() by code point is what ICU's lower() gives, and nothing is decomposed,
-- accented or translated, so the result is identical and costs a fraction. Not STRICT (NULL still
-- gives NULL) so that PostgreSQL inlines the expression into queries and indexes alike.
CREATE OR REPLACE FUNCTION sd_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN octet_length(t) = char_length(t) THEN lower(t COLLATE "C") COLLATE "und-x-icu"
                ELSE translate(regexp_replace(normalize(lower(t COLLATE "und-x-icu"), NFD), '[\u0300-\u036f]', '',
                                              'g'), 'ßæø', 'sao') END;

-- sd_contains as before, no longer STRICT either: PostgreSQL inlines a STRICT function only when
-- its whole expression is strict, which the CASE above is not, and a call that is not inlined costs
-- more than the fold itself.
CREATE OR REPLACE FUNCTION sd_contains(t text, fragment text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN strpos(sd_fold(t), sd_fold(fragment)) > 0;

-- The LIKE pattern that finds a fragment anywhere in folded text: sd_fold(name) LIKE
-- sd_contains_pattern('nunez') is sd_contains(name, 'nunez'), but an index on sd_fold(name) serves
-- it. The wildcards % and _ and the escape \ of the fragment are taken literally.
CREATE FUNCTION sd_contains_pattern(fragment text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN '%' || replace(replace(replace(sd_fold(fragment), '\', '\\'), '%', '\%'), '_', '\_') || '%';

-- Every column the participants register (and an activity's roster) searches has one, so that the
-- filter's OR of them is an OR of index scans; the institution's name and acronym are looked up in
-- the small institution table first, and its participants found through participant_by_institution.
CREATE INDEX participant_search_family ON participant USING gin (sd_fold(family_names) gin_trgm_ops);
CREATE INDEX participant_search_given ON participant USING gin (sd_fold(given_names) gin_trgm_ops);
CREATE INDEX participant_search_region ON participant USING gin (sd_fold(region) gin_trgm_ops);
CREATE INDEX participant_search_email ON participant USING gin (sd_fold(email) gin_trgm_ops);
