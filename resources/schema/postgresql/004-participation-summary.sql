-- Seminar Desk schema on PostgreSQL 15, step 4: the participation summary of the file's step 4. Each
-- enrolment carries how many of its sessions the person attended (present or late) and the
-- participant-days they make (a full-day session 1, a morning or afternoon 0.5); the triggers keep
-- both equal to the marks on every insert, update and delete of a mark and on every change of a
-- session's part of the day, as the file's triggers do.
--
-- The file's triggers run once per mark. Here the three triggers on attendance run once per
-- statement and read the statement's marks from its transition tables, one grouped UPDATE of the
-- enrolments touched: a COPY or a multi-row INSERT of a million marks makes one pass, not a million
-- UPDATEs. The sums are the same: every step is 1 or 0.5, which doubles add exactly.

ALTER TABLE enrolment ADD COLUMN sessions_attended INTEGER NOT NULL DEFAULT 0 CHECK (sessions_attended >= 0);
ALTER TABLE enrolment ADD COLUMN days_attended DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (days_attended >= 0);

UPDATE enrolment SET
    sessions_attended = (SELECT COUNT(*) FROM attendance m
                         WHERE m.enrolment_id = enrolment.id AND (m.status = 'present' OR m.status = 'late')),
    days_attended = (SELECT COALESCE(SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END), 0)
                     FROM attendance m JOIN session s ON s.id = m.session_id
                     WHERE m.enrolment_id = enrolment.id AND (m.status = 'present' OR m.status = 'late'));

DROP INDEX attendance_taking_part;
DROP INDEX enrolment_by_participant;
CREATE INDEX enrolment_by_participant ON enrolment (participant_id, activity_id, sessions_attended, days_attended);

CREATE FUNCTION sd_attendance_counted_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment e
    SET sessions_attended = e.sessions_attended + d.sessions,
        days_attended = e.days_attended + d.days
    FROM (SELECT m.enrolment_id, COUNT(*) AS sessions,
                 SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END)::double precision AS days
          FROM new_marks m JOIN session s ON s.id = m.session_id
          WHERE m.status = 'present' OR m.status = 'late'
          GROUP BY m.enrolment_id) d
    WHERE e.id = d.enrolment_id;
    RETURN NULL;
END;
$$;

CREATE FUNCTION sd_attendance_counted_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment e
    SET sessions_attended = e.sessions_attended - d.sessions,
        days_attended = e.days_attended - d.days
    FROM (SELECT m.enrolment_id, COUNT(*) AS sessions,
                 SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END)::double precision AS days
          FROM old_marks m JOIN session s ON s.id = m.session_id
          WHERE m.status = 'present' OR m.status = 'late'
          GROUP BY m.enrolment_id) d
    WHERE e.id = d.enrolment_id;
    RETURN NULL;
END;
$$;

-- An update may change a mark's status, its session or its enrolment: the old marks that counted
-- are taken away and the new ones added, in one UPDATE so that no enrolment passes below zero.
CREATE FUNCTION sd_attendance_counted_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment e
    SET sessions_attended = e.sessions_attended + d.sessions,
        days_attended = e.days_attended + d.days
    FROM (SELECT m.enrolment_id, SUM(m.sign) AS sessions,
                 SUM(m.sign * CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END)::double precision AS days
          FROM (SELECT o.enrolment_id, o.session_id, o.status, -1 AS sign FROM old_marks o
                UNION ALL
                SELECT n.enrolment_id, n.session_id, n.status, 1 AS sign FROM new_marks n) m
          JOIN session s ON s.id = m.session_id
          WHERE m.status = 'present' OR m.status = 'late'
          GROUP BY m.enrolment_id) d
    WHERE e.id = d.enrolment_id AND (d.sessions <> 0 OR d.days <> 0);
    RETURN NULL;
END;
$$;

CREATE TRIGGER attendance_counted_on_insert AFTER INSERT ON attendance
REFERENCING NEW TABLE AS new_marks
FOR EACH STATEMENT EXECUTE FUNCTION sd_attendance_counted_on_insert();

CREATE TRIGGER attendance_counted_on_delete AFTER DELETE ON attendance
REFERENCING OLD TABLE AS old_marks
FOR EACH STATEMENT EXECUTE FUNCTION sd_attendance_counted_on_delete();

CREATE TRIGGER attendance_counted_on_update AFTER UPDATE ON attendance
REFERENCING OLD TABLE AS old_marks NEW TABLE AS new_marks
FOR EACH STATEMENT EXECUTE FUNCTION sd_attendance_counted_on_update();

-- A session moving between a full day and half a day changes the participant-days of every mark
-- on it that counts. Row by row, as in the file: sessions change one at a time, by hand.
CREATE FUNCTION sd_session_part_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment SET days_attended = days_attended + (CASE WHEN NEW.part = 'full_day' THEN 0.5 ELSE -0.5 END)
    WHERE id IN (SELECT m.enrolment_id FROM attendance m
                 WHERE m.session_id = NEW.id AND (m.status = 'present' OR m.status = 'late'));
    RETURN NULL;
END;
$$;

CREATE TRIGGER session_part_counted AFTER UPDATE OF part ON session
FOR EACH ROW WHEN ((OLD.part = 'full_day') <> (NEW.part = 'full_day'))
EXECUTE FUNCTION sd_session_part_counted();
