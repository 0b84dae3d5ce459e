-- Seminar Desk schema on PostgreSQL 15, step 6: the login of each change, as the file's step 6. The
-- program writes the connection's login (session_user); older entries keep an empty name.

ALTER TABLE change_log ADD COLUMN changed_by TEXT COLLATE "C" NOT NULL DEFAULT '';
