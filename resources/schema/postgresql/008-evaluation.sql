-- Seminar Desk schema on PostgreSQL 15, step 8: the evaluation of the file's step 8 (docs/schema.md).
-- An activity's evaluation design (knowledge test maximum and mastery threshold, satisfaction
-- questionnaire, follow-up) and one row of answers per enrolment; a missing answer is NULL.

ALTER TABLE activity ADD COLUMN test_max_score DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (test_max_score >= 0);
ALTER TABLE activity ADD COLUMN mastery_threshold_pct DOUBLE PRECISION NOT NULL DEFAULT 70
    CHECK (mastery_threshold_pct >= 0 AND mastery_threshold_pct <= 100);
ALTER TABLE activity ADD COLUMN satisfaction_survey INTEGER NOT NULL DEFAULT 0
    CHECK (satisfaction_survey = 0 OR satisfaction_survey = 1);
ALTER TABLE activity ADD COLUMN follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up = 0 OR follow_up = 1);

CREATE TABLE evaluation (
    enrolment_id BIGINT PRIMARY KEY REFERENCES enrolment (id) ON DELETE RESTRICT,
    pre_score DOUBLE PRECISION CHECK (pre_score >= 0),
    post_score DOUBLE PRECISION CHECK (post_score >= 0),
    satisfaction_overall INTEGER CHECK (satisfaction_overall BETWEEN 1 AND 5),
    satisfaction_relevance INTEGER CHECK (satisfaction_relevance BETWEEN 1 AND 5),
    satisfaction_experts INTEGER CHECK (satisfaction_experts BETWEEN 1 AND 5),
    satisfaction_organisation INTEGER CHECK (satisfaction_organisation BETWEEN 1 AND 5),
    satisfaction_recommend INTEGER CHECK (satisfaction_recommend BETWEEN 1 AND 5),
    comment TEXT COLLATE "C" NOT NULL DEFAULT '',
    applied TEXT COLLATE "C" CHECK (applied = 'yes' OR applied = 'partly' OR applied = 'no'),
    submitted_at TEXT COLLATE "C" NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);
