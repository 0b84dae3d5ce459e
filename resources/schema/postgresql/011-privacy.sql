-- Seminar Desk schema on PostgreSQL 15, step 11: personal data, as the file's step 11 (docs/privacy.md).
-- The programme's random pseudonym key (written by the program when it sets up or upgrades the
-- schema), each participant's consent purpose and source, legal hold and day of erasure, and each
-- project's retention rules.

CREATE TABLE pseudonym_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_hex TEXT COLLATE "C" NOT NULL CHECK (length(key_hex) = 64)
);

ALTER TABLE participant ADD COLUMN consent_purpose TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN consent_source TEXT COLLATE "C" NOT NULL DEFAULT '' CHECK (consent_source = '' OR
    consent_source = 'sign_in_sheet' OR consent_source = 'registration_form' OR consent_source = 'import');
ALTER TABLE participant ADD COLUMN legal_hold_reason TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN legal_hold_until TEXT COLLATE "C";
ALTER TABLE participant ADD COLUMN erased_on TEXT COLLATE "C";

ALTER TABLE project ADD COLUMN contact_retention_years INTEGER CHECK (contact_retention_years >= 0);
ALTER TABLE project ADD COLUMN name_retention_years INTEGER CHECK (name_retention_years >= 0);
