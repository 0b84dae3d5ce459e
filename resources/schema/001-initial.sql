-- Seminar Desk schema, step 1: every word of the product brief.
-- Statements end with a semicolon at the end of a line; the loader splits on that.
-- Kept portable to PostgreSQL where it costs nothing: no AUTOINCREMENT, no SQLite-only functions.
-- One exception: attendance is WITHOUT ROWID (drop those words for PostgreSQL), because the counting
-- queries scan it by enrolment and a clustered primary key halves the work and the writes.
-- Fixed sets are checked with OR chains, not IN lists: SQLite builds an ephemeral table for an
-- IN list on every insert, which tripled the cost of a bulk write.

CREATE TABLE institution (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'other' CHECK (type = 'federal' OR type = 'state' OR type = 'municipal' OR
        type = 'judiciary' OR type = 'civil_society' OR type = 'international_organisation' OR
        type = 'eu_member_state_administration' OR type = 'academic' OR type = 'other'),
    country TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES institution (id) ON DELETE RESTRICT,
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative = 0 OR illustrative = 1),
    UNIQUE (name)
);

CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    beneficiary_country TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    results_narrative TEXT NOT NULL DEFAULT '',
    quotation TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
);

CREATE TABLE project_requesting_institution (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    PRIMARY KEY (project_id, institution_id)
);

CREATE TABLE component (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    title TEXT NOT NULL,
    UNIQUE (project_id, number)
);

CREATE TABLE objective (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    statement TEXT NOT NULL,
    UNIQUE (project_id, number)
);

CREATE TABLE objective_component (
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    component_id INTEGER NOT NULL REFERENCES component (id) ON DELETE CASCADE,
    PRIMARY KEY (objective_id, component_id)
);

CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type = 'identification_mission' OR type = 'knowledge_exchange' OR
        type = 'seminar' OR type = 'workshop' OR type = 'study_visit' OR type = 'other'),
    venue_city TEXT NOT NULL DEFAULT '',
    venue_country TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'held' OR
        status = 'postponed' OR status = 'cancelled'),
    description TEXT NOT NULL DEFAULT '',
    outputs TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative = 0 OR illustrative = 1),
    UNIQUE (project_id, code),
    CHECK (end_date >= start_date)
);

CREATE TABLE activity_component (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    component_id INTEGER NOT NULL REFERENCES component (id) ON DELETE RESTRICT,
    PRIMARY KEY (activity_id, component_id)
);
CREATE INDEX activity_component_by_component ON activity_component (component_id, activity_id);

CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    date TEXT NOT NULL,
    part TEXT NOT NULL DEFAULT 'full_day' CHECK (part = 'full_day' OR part = 'morning' OR part = 'afternoon'),
    UNIQUE (activity_id, date, part)
);

CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    given_names TEXT NOT NULL,
    family_names TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT 'not_stated' CHECK (gender = 'female' OR gender = 'male' OR
        gender = 'other' OR gender = 'not_stated'),
    institution_id INTEGER REFERENCES institution (id) ON DELETE RESTRICT,
    position TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative = 0 OR illustrative = 1)
);
CREATE INDEX participant_by_name ON participant (family_names, given_names);
CREATE INDEX participant_by_institution ON participant (institution_id);

CREATE TABLE expert (
    id INTEGER PRIMARY KEY,
    given_names TEXT NOT NULL,
    family_names TEXT NOT NULL,
    country TEXT NOT NULL,
    institution TEXT NOT NULL DEFAULT '',
    expertise TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative = 0 OR illustrative = 1)
);

CREATE TABLE activity_expert (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    expert_id INTEGER NOT NULL REFERENCES expert (id) ON DELETE RESTRICT,
    role TEXT NOT NULL DEFAULT 'expert' CHECK (role = 'lead_expert' OR role = 'expert' OR
        role = 'facilitator'),
    PRIMARY KEY (activity_id, expert_id)
);
CREATE INDEX activity_expert_by_expert ON activity_expert (expert_id);

CREATE TABLE enrolment (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE RESTRICT,
    UNIQUE (activity_id, participant_id)
);
CREATE INDEX enrolment_by_participant ON enrolment (participant_id, activity_id);

CREATE TABLE attendance (
    enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE RESTRICT,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status = 'present' OR status = 'late' OR status = 'excused' OR
        status = 'absent'),
    PRIMARY KEY (enrolment_id, session_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_session ON attendance (session_id);
