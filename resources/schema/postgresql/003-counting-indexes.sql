-- Seminar Desk schema on PostgreSQL 15, step 3: the partial index of the file's step 3, kept so that
-- a server and a file at the same version have the same indexes; step 4 drops it again, as in the file.

CREATE INDEX attendance_taking_part ON attendance (enrolment_id, session_id) WHERE status IN ('present', 'late');
