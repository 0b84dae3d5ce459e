-- Golden fixture for the counting rules: a small programme whose every number is worked out by
-- hand in WORKINGS.md. Loaded by tests/core/ResultsQueryTest.cpp into a new programme file.
-- Each statement ends with a semicolon at the end of a line (what Database::runScript expects).

INSERT INTO institution (id, name, acronym, type, country) VALUES
    (1, 'National Institute of Migration', 'INM', 'federal', 'Mexico'),
    (2, 'National Commission for Refugee Assistance', 'COMAR', 'federal', 'Mexico'),
    (3, 'Chiapas State Government', '', 'state', 'Mexico'),
    (4, 'Albergue Belén', '', 'civil_society', 'Mexico'),
    (5, 'Universidad Autónoma de Querétaro', 'UAQ', 'academic', 'Mexico');

INSERT INTO project (id, code, title, beneficiary_country, start_date, end_date) VALUES
    (1, 'GS', 'Golden small programme', 'Mexico', '2017-01-01', '2017-12-31');

INSERT INTO component (id, project_id, number, title) VALUES
    (1, 1, 1, 'Asylum and international protection'),
    (2, 1, 2, 'Integration of immigrants');

INSERT INTO activity (id, project_id, code, title, type, venue_city, venue_country, start_date, end_date, status) VALUES
    (1, 1, '1', 'Identification mission', 'identification_mission', 'Mexico City', 'Mexico', '2017-02-06', '2017-02-07', 'held'),
    (2, 1, '2.1', 'Seminar on international protection', 'seminar', 'Tapachula', 'Mexico', '2017-03-13', '2017-03-15', 'held'),
    (3, 1, '2.2', 'Workshop on child protection, Tapachula', 'workshop', 'Tapachula', 'Mexico', '2017-05-10', '2017-05-11', 'held'),
    (4, 1, '10', 'Study visit to Spain', 'study_visit', 'Madrid', 'Spain', '2017-09-18', '2017-09-19', 'held'),
    (5, 1, '3', 'Evidence assessment', 'knowledge_exchange', 'Mexico City', 'Mexico', '2017-06-05', '2017-06-05', 'held');

INSERT INTO activity_component (activity_id, component_id) VALUES
    (1, 1),
    (2, 1),
    (2, 2),
    (3, 1),
    (4, 2),
    (5, 2);

INSERT INTO session (id, activity_id, date, part) VALUES
    (1, 1, '2017-02-06', 'full_day'),
    (2, 1, '2017-02-07', 'full_day'),
    (3, 2, '2017-03-13', 'full_day'),
    (4, 2, '2017-03-14', 'full_day'),
    (5, 2, '2017-03-15', 'full_day'),
    (6, 3, '2017-05-10', 'morning'),
    (7, 3, '2017-05-10', 'afternoon'),
    (8, 3, '2017-05-11', 'morning'),
    (9, 4, '2017-09-18', 'full_day'),
    (10, 4, '2017-09-19', 'full_day'),
    (11, 5, '2017-06-05', 'full_day');

INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region) VALUES
    (1, 'Ana Lucía', 'López Soto', 'female', 1, 'Migration officer', 'Chiapas'),
    (2, 'José Ángel', 'Ramírez Vidal', 'male', 1, 'Migration officer', 'Chiapas'),
    (3, 'María José', 'Hernández Ruiz', 'female', 2, 'Case worker', 'Ciudad de México'),
    (4, 'Luis', 'Torres Peña', 'male', 3, 'Adviser', 'Chiapas'),
    (5, 'Sofía', 'Núñez Gil', 'female', 4, 'Coordinator', 'Querétaro'),
    (6, 'Alex', 'Rivera Castro', 'other', NULL, 'Volunteer', 'Querétaro'),
    (7, 'Carmen', 'Ruiz Ortega', 'female', 2, 'Legal officer', ''),
    (8, 'Jorge', 'Díaz Mora', 'not_stated', 1, 'Inspector', 'Ciudad de México'),
    (9, 'Lucía', 'Ortega Pérez', 'female', NULL, 'Interpreter', ''),
    (10, 'Pedro', 'Vega Ríos', 'male', 3, 'Adviser', 'Chiapas');

INSERT INTO expert (id, given_names, family_names, country, institution, expertise) VALUES
    (1, 'Elena', 'García Romero', 'Spain', 'Ministry of the Interior', 'Asylum procedures'),
    (2, 'Pablo', 'Martín Sanz', 'Spain', 'Ministry of Employment', 'Labour integration'),
    (3, 'Jürgen', 'Bauer', 'Germany', 'Federal Office for Migration and Refugees', 'Child protection'),
    (4, 'Ingrid', 'Lindqvist', 'Sweden', 'Migration Agency', 'Reception'),
    (5, 'Claire', 'Dubois', 'France', 'OFPRA', 'Evidence assessment');

INSERT INTO activity_expert (activity_id, expert_id, role) VALUES
    (1, 1, 'lead_expert'),
    (2, 3, 'lead_expert'),
    (2, 4, 'expert'),
    (3, 3, 'facilitator'),
    (4, 1, 'lead_expert'),
    (4, 2, 'expert');

INSERT INTO enrolment (id, activity_id, participant_id) VALUES
    (1, 1, 1),
    (2, 1, 2),
    (3, 1, 4),
    (4, 1, 10),
    (5, 2, 1),
    (6, 2, 3),
    (7, 2, 5),
    (8, 2, 6),
    (9, 2, 7),
    (10, 2, 8),
    (11, 3, 2),
    (12, 3, 5),
    (13, 3, 9),
    (14, 3, 3),
    (15, 4, 1),
    (16, 4, 6),
    (17, 4, 8),
    (18, 4, 9),
    (19, 5, 4);

INSERT INTO attendance (enrolment_id, session_id, status) VALUES
    (1, 1, 'present'),
    (1, 2, 'present'),
    (2, 1, 'late'),
    (2, 2, 'absent'),
    (3, 1, 'present'),
    (4, 1, 'absent'),
    (4, 2, 'excused'),
    (5, 3, 'present'),
    (5, 4, 'present'),
    (5, 5, 'late'),
    (6, 3, 'present'),
    (6, 4, 'excused'),
    (6, 5, 'present'),
    (7, 3, 'absent'),
    (7, 4, 'absent'),
    (7, 5, 'absent'),
    (8, 3, 'present'),
    (8, 4, 'present'),
    (8, 5, 'present'),
    (9, 3, 'late'),
    (10, 3, 'present'),
    (10, 4, 'present'),
    (10, 5, 'absent'),
    (11, 6, 'present'),
    (11, 7, 'present'),
    (11, 8, 'present'),
    (12, 6, 'late'),
    (12, 7, 'absent'),
    (12, 8, 'present'),
    (13, 6, 'excused'),
    (13, 7, 'present'),
    (14, 6, 'absent'),
    (14, 7, 'absent'),
    (14, 8, 'excused'),
    (15, 9, 'present'),
    (15, 10, 'present'),
    (16, 9, 'present'),
    (16, 10, 'excused'),
    (17, 9, 'absent'),
    (17, 10, 'late'),
    (18, 9, 'present'),
    (18, 10, 'present'),
    (19, 11, 'excused');

-- A second project in the same file, which no number of GS may count: the same person (1) and
-- the person who never took part in GS (10) took part here, with the French expert (5).
INSERT INTO project (id, code, title, beneficiary_country, start_date, end_date) VALUES
    (2, 'OT', 'Other programme', 'Mexico', '2018-01-01', '2018-12-31');

INSERT INTO component (id, project_id, number, title) VALUES
    (3, 2, 1, 'Other strand');

INSERT INTO activity (id, project_id, code, title, type, start_date, end_date, status) VALUES
    (6, 2, '1', 'Other seminar', 'seminar', '2018-03-01', '2018-03-01', 'held');

INSERT INTO activity_component (activity_id, component_id) VALUES
    (6, 3);

INSERT INTO session (id, activity_id, date, part) VALUES
    (12, 6, '2018-03-01', 'full_day');

INSERT INTO activity_expert (activity_id, expert_id, role) VALUES
    (6, 5, 'lead_expert');

INSERT INTO enrolment (id, activity_id, participant_id) VALUES
    (20, 6, 1),
    (21, 6, 10);

INSERT INTO attendance (enrolment_id, session_id, status) VALUES
    (20, 12, 'present'),
    (21, 12, 'present');
