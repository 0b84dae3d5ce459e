-- Seminar Desk schema, step 6: who made each change. The log names the login that wrote the entry
-- (on a file, the computer's user; on a server, the server's login), beside when and what: ids, field
-- names and counts, never personal values. Entries of older files keep an empty name.

ALTER TABLE change_log ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
