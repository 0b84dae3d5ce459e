-- Seminar Desk schema, step 4: each enrolment carries how many of its sessions the person attended
-- (present or late) and the participant-days those sessions make (a full-day session 1, a morning or
-- afternoon 0.5). Every results table counts participations and participant-days from these two
-- columns: a pass over 200,000 enrolments instead of 1,000,000 marks on the benchmark programme
-- (docs/performance.md). The triggers below keep them equal to the marks on every insert, update and
-- delete of a mark and on every change of a session's part of the day; `seminardesk-cli check`
-- verifies that they are. (PostgreSQL would need the triggers written as trigger functions; the
-- columns and the partial index are portable as they stand.)

ALTER TABLE enrolment ADD COLUMN sessions_attended INTEGER NOT NULL DEFAULT 0 CHECK (sessions_attended >= 0);
ALTER TABLE enrolment ADD COLUMN days_attended REAL NOT NULL DEFAULT 0 CHECK (days_attended >= 0);

UPDATE enrolment SET
    sessions_attended = (SELECT COUNT(*) FROM attendance m
                         WHERE m.enrolment_id = enrolment.id AND (m.status = 'present' OR m.status = 'late')),
    days_attended = (SELECT COALESCE(SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END), 0)
                     FROM attendance m JOIN session s ON s.id = m.session_id
                     WHERE m.enrolment_id = enrolment.id AND (m.status = 'present' OR m.status = 'late'));

-- The counting index of step 3 is no longer read. The index of enrolments by participant now also
-- holds the two new columns: the results tables read a person's enrolments together, in participant
-- order, from the index alone, without a sort; look-ups by participant use it as before.
DROP INDEX attendance_taking_part;
DROP INDEX enrolment_by_participant;
CREATE INDEX enrolment_by_participant ON enrolment (participant_id, activity_id, sessions_attended, days_attended);

CREATE TRIGGER attendance_counted_on_insert AFTER INSERT ON attendance
WHEN NEW.status = 'present' OR NEW.status = 'late'
BEGIN
    UPDATE enrolment SET sessions_attended = sessions_attended + 1,
        days_attended = days_attended + (SELECT CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END
                                         FROM session s WHERE s.id = NEW.session_id)
    WHERE id = NEW.enrolment_id;
END;

CREATE TRIGGER attendance_counted_on_delete AFTER DELETE ON attendance
WHEN OLD.status = 'present' OR OLD.status = 'late'
BEGIN
    UPDATE enrolment SET sessions_attended = sessions_attended - 1,
        days_attended = days_attended - (SELECT CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END
                                         FROM session s WHERE s.id = OLD.session_id)
    WHERE id = OLD.enrolment_id;
END;

CREATE TRIGGER attendance_counted_on_update AFTER UPDATE ON attendance
WHEN OLD.status = 'present' OR OLD.status = 'late' OR NEW.status = 'present' OR NEW.status = 'late'
BEGIN
    UPDATE enrolment SET sessions_attended = sessions_attended - 1,
        days_attended = days_attended - (SELECT CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END
                                         FROM session s WHERE s.id = OLD.session_id)
    WHERE id = OLD.enrolment_id AND (OLD.status = 'present' OR OLD.status = 'late');
    UPDATE enrolment SET sessions_attended = sessions_attended + 1,
        days_attended = days_attended + (SELECT CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END
                                         FROM session s WHERE s.id = NEW.session_id)
    WHERE id = NEW.enrolment_id AND (NEW.status = 'present' OR NEW.status = 'late');
END;

CREATE TRIGGER session_part_counted AFTER UPDATE OF part ON session
WHEN (OLD.part = 'full_day') <> (NEW.part = 'full_day')
BEGIN
    UPDATE enrolment SET days_attended = days_attended + (CASE WHEN NEW.part = 'full_day' THEN 0.5 ELSE -0.5 END)
    WHERE id IN (SELECT m.enrolment_id FROM attendance m
                 WHERE m.session_id = NEW.id AND (m.status = 'present' OR m.status = 'late'));
END;
