-- Seminar Desk schema, step 10: certificate design and certificate numbers (docs/schema.md).
-- A project's certificate design: up to three logos (PNG images, base64 text, '' for none), up to
-- three signatories (name and title), the place of issue, an optional statement line, the page's
-- orientation and paper size, and the project's privacy notice in Spanish and English (printed on
-- the sign-in sheets). One row per project at most; none means the defaults.
CREATE TABLE certificate_design (
    project_id INTEGER PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    logo1 TEXT NOT NULL DEFAULT '',
    logo2 TEXT NOT NULL DEFAULT '',
    logo3 TEXT NOT NULL DEFAULT '',
    signatory1_name TEXT NOT NULL DEFAULT '',
    signatory1_title TEXT NOT NULL DEFAULT '',
    signatory2_name TEXT NOT NULL DEFAULT '',
    signatory2_title TEXT NOT NULL DEFAULT '',
    signatory3_name TEXT NOT NULL DEFAULT '',
    signatory3_title TEXT NOT NULL DEFAULT '',
    place_of_issue TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL DEFAULT '',
    orientation TEXT NOT NULL DEFAULT 'portrait' CHECK (orientation = 'portrait' OR orientation = 'landscape'),
    page_size TEXT NOT NULL DEFAULT 'a4' CHECK (page_size = 'a4' OR page_size = 'letter'),
    privacy_notice_es TEXT NOT NULL DEFAULT '',
    privacy_notice_en TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

-- The file's secret for certificates' verification codes (HMAC-SHA-256 keyed with it): one row,
-- written by the program from the operating system's random source when the file is created or
-- migrated to this step.
CREATE TABLE certificate_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL
);

-- Each certificate issued: its number PROJECT/ACTIVITY/NNNN as printed (the codes as they were at
-- issue, so a number never changes and is never given again, even after a rename or a delete), whom
-- and what it was issued for, and when. A reprint finds the row of its person and activity.
CREATE TABLE certificate_issue (
    id INTEGER PRIMARY KEY,
    project_code TEXT NOT NULL,
    activity_code TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
    activity_id INTEGER REFERENCES activity (id) ON DELETE SET NULL,
    participant_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
    issued_on TEXT NOT NULL,
    UNIQUE (project_code, activity_code, sequence)
);
CREATE UNIQUE INDEX certificate_issue_person ON certificate_issue (activity_id, participant_id);
