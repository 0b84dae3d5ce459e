-- Seminar Desk schema, step 2: a log of changes, so the window can say what changed last
-- ("last change: attendance 2.1, 14 Mar 2017") and a reader of the file can see its history.
-- Holds descriptions of what changed, never personal data.

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL
);
