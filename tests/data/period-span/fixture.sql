-- A programme whose activity 2 runs across the end of 2017 (29 Dec 2017 to 3 Jan 2018), for the
-- reporting periods (docs/counting.md, "Periods"). Loaded by tests/core/ResultsPeriodTest.cpp, which
-- recounts every number it checks from these marks. Each statement ends with a semicolon at the end
-- of a line (what Database::runScript expects).

INSERT INTO institution (id, name, acronym, type, country) VALUES
    (1, 'National Institute of Migration', 'INM', 'federal', 'Mexico'),
    (2, 'Albergue Belén', '', 'civil_society', 'Mexico');

INSERT INTO project (id, code, title, beneficiary_country, start_date, end_date) VALUES
    (1, 'PS', 'Programme across a year end', 'Mexico', '2017-01-01', '2018-12-31');

INSERT INTO component (id, project_id, number, title) VALUES
    (1, 1, 1, 'Protection'),
    (2, 1, 2, 'Integration');

INSERT INTO activity (id, project_id, code, title, type, start_date, end_date, status) VALUES
    (1, 1, '1', 'Seminar in June', 'seminar', '2017-06-01', '2017-06-01', 'held'),
    (2, 1, '2', 'Workshop over the new year', 'workshop', '2017-12-29', '2018-01-03', 'held'),
    (3, 1, '3', 'Study visit in February', 'study_visit', '2018-02-05', '2018-02-05', 'held');

INSERT INTO activity_component (activity_id, component_id) VALUES
    (1, 1),
    (2, 1),
    (2, 2),
    (3, 2);

INSERT INTO session (id, activity_id, date, part) VALUES
    (1, 1, '2017-06-01', 'full_day'),
    (2, 2, '2017-12-29', 'full_day'),
    (3, 2, '2017-12-30', 'morning'),
    (4, 2, '2018-01-02', 'full_day'),
    (5, 2, '2018-01-03', 'afternoon'),
    (6, 3, '2018-02-05', 'full_day');

INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region) VALUES
    (1, 'Ana', 'López Soto', 'female', 1, 'Officer', 'Chiapas'),
    (2, 'José', 'Ramírez Vidal', 'male', 1, 'Officer', 'Chiapas'),
    (3, 'María', 'Hernández Ruiz', 'female', 2, 'Case worker', 'Querétaro'),
    (4, 'Luis', 'Torres Peña', 'male', NULL, 'Adviser', ''),
    (5, 'Sofía', 'Núñez Gil', 'female', 2, 'Coordinator', 'Querétaro'),
    (6, 'Alex', 'Rivera Castro', 'other', NULL, 'Volunteer', 'Chiapas');

INSERT INTO expert (id, given_names, family_names, country, institution, expertise) VALUES
    (1, 'Elena', 'García Romero', 'Spain', 'Ministry of the Interior', 'Asylum procedures'),
    (2, 'Claire', 'Dubois', 'France', 'OFPRA', 'Evidence assessment'),
    (3, 'Jürgen', 'Bauer', 'Germany', 'BAMF', 'Reception');

INSERT INTO activity_expert (activity_id, expert_id, role) VALUES
    (1, 1, 'lead_expert'),
    (2, 2, 'lead_expert'),
    (2, 1, 'expert'),
    (3, 3, 'lead_expert');

INSERT INTO enrolment (id, activity_id, participant_id) VALUES
    (1, 1, 1),
    (2, 1, 2),
    (3, 1, 3),
    (4, 2, 1),
    (5, 2, 2),
    (6, 2, 4),
    (7, 2, 5),
    (8, 2, 6),
    (9, 3, 1),
    (10, 3, 5),
    (11, 3, 6);

-- Activity 2: Ana attends on both sides of the new year; José in 2017 only; Luis in 2018 only (late);
-- Sofía is excused in 2017 and absent in 2018 (never takes part); Alex attends the morning of 30 Dec.
INSERT INTO attendance (enrolment_id, session_id, status) VALUES
    (1, 1, 'present'),
    (2, 1, 'present'),
    (3, 1, 'absent'),
    (4, 2, 'present'),
    (4, 3, 'present'),
    (4, 4, 'present'),
    (4, 5, 'late'),
    (5, 2, 'present'),
    (5, 4, 'absent'),
    (6, 4, 'late'),
    (6, 5, 'present'),
    (7, 2, 'excused'),
    (7, 4, 'absent'),
    (8, 3, 'present'),
    (9, 6, 'present'),
    (10, 6, 'present'),
    (11, 6, 'excused');
