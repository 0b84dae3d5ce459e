-- Seminar Desk schema, step 9: bilingual programme data (docs/schema.md, "Languages"). The titles and
-- names a reader sees on documents, exports and results tables have a Spanish and an English form.
-- The columns that were there keep the English form, unchanged, so a file migrates without losing or
-- moving a word; each gains a Spanish companion `*_es`, empty until someone writes it. Either form
-- may be empty; the program falls back to the other where the chosen one is (documents/Language).

ALTER TABLE project ADD COLUMN title_es TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN summary_es TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN results_narrative_es TEXT NOT NULL DEFAULT '';
ALTER TABLE objective ADD COLUMN statement_es TEXT NOT NULL DEFAULT '';
ALTER TABLE component ADD COLUMN title_es TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN title_es TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN description_es TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN outputs_es TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN venue_city_es TEXT NOT NULL DEFAULT '';
ALTER TABLE institution ADD COLUMN name_es TEXT NOT NULL DEFAULT '';
ALTER TABLE institution ADD COLUMN acronym_es TEXT NOT NULL DEFAULT '';
