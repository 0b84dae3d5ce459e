-- Seminar Desk schema, step 11: personal data (docs/privacy.md). A random key per programme for the
-- pseudonyms of evaluators' exports (HMAC-SHA-256 under it: nobody without the file can recompute
-- them); the program writes it, from the operating system's random source, when it creates the file
-- or brings it to this step. Each participant's consent (purpose and source beside the date of step
-- 1), a legal hold (a reason and an end date) under which the person may not be erased, and the day
-- the person was erased. Each project's retention rules: contact details and names are kept so many
-- years after the project ends (NULL: no rule).

CREATE TABLE pseudonym_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_hex TEXT NOT NULL CHECK (length(key_hex) = 64)
);

ALTER TABLE participant ADD COLUMN consent_purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN consent_source TEXT NOT NULL DEFAULT '' CHECK (consent_source = '' OR
    consent_source = 'sign_in_sheet' OR consent_source = 'registration_form' OR consent_source = 'import');
ALTER TABLE participant ADD COLUMN legal_hold_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN legal_hold_until TEXT;
ALTER TABLE participant ADD COLUMN erased_on TEXT;

ALTER TABLE project ADD COLUMN contact_retention_years INTEGER CHECK (contact_retention_years >= 0);
ALTER TABLE project ADD COLUMN name_retention_years INTEGER CHECK (name_retention_years >= 0);
