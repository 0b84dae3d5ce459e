-- Seminar Desk schema on PostgreSQL 15, step 9: the bilingual programme data of the file's step 9
-- (docs/schema.md, "Languages"). The existing columns keep the English form; each gains a Spanish
-- companion `*_es`, empty until written. Either form may be empty.

ALTER TABLE project ADD COLUMN title_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN summary_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN results_narrative_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE objective ADD COLUMN statement_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE component ADD COLUMN title_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN title_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN description_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN outputs_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN venue_city_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE institution ADD COLUMN name_es TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE institution ADD COLUMN acronym_es TEXT COLLATE "C" NOT NULL DEFAULT '';
