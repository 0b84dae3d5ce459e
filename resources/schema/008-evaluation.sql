-- Seminar Desk schema, step 8: evaluation (docs/schema.md, docs/counting.md). An activity carries its
-- evaluation design: a knowledge test taken before (pre) and after (post) with a maximum score and a
-- mastery threshold, the standard satisfaction questionnaire (five items on a 1-5 scale and a
-- comment) and an optional follow-up 3-6 months later ("applied what I learnt": yes, partly, no).
-- A test_max_score of 0 means the activity has no knowledge test. Each enrolled person has at most
-- one row of answers, keyed by the enrolment; a missing answer is NULL (a score of 0 is an answer).
-- A score above the activity's maximum is refused by the program, which knows the maximum at the
-- time of writing; the schema keeps what holds whatever the design: no negative score, items 1-5.

ALTER TABLE activity ADD COLUMN test_max_score REAL NOT NULL DEFAULT 0 CHECK (test_max_score >= 0);
ALTER TABLE activity ADD COLUMN mastery_threshold_pct REAL NOT NULL DEFAULT 70
    CHECK (mastery_threshold_pct >= 0 AND mastery_threshold_pct <= 100);
ALTER TABLE activity ADD COLUMN satisfaction_survey INTEGER NOT NULL DEFAULT 0
    CHECK (satisfaction_survey = 0 OR satisfaction_survey = 1);
ALTER TABLE activity ADD COLUMN follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up = 0 OR follow_up = 1);

CREATE TABLE evaluation (
    enrolment_id INTEGER PRIMARY KEY REFERENCES enrolment (id) ON DELETE RESTRICT,
    pre_score REAL CHECK (pre_score >= 0),
    post_score REAL CHECK (post_score >= 0),
    satisfaction_overall INTEGER CHECK (satisfaction_overall BETWEEN 1 AND 5),
    satisfaction_relevance INTEGER CHECK (satisfaction_relevance BETWEEN 1 AND 5),
    satisfaction_experts INTEGER CHECK (satisfaction_experts BETWEEN 1 AND 5),
    satisfaction_organisation INTEGER CHECK (satisfaction_organisation BETWEEN 1 AND 5),
    satisfaction_recommend INTEGER CHECK (satisfaction_recommend BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    applied TEXT CHECK (applied = 'yes' OR applied = 'partly' OR applied = 'no'),
    submitted_at TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);
