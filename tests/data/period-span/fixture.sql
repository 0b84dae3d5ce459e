-- A programme whose activity 2 runs across the end of 2017 (29 Dec 2017 to 3 Jan 2018), for the
-- reporting periods (docs/counting.md, "Periods"). Loaded by tests/core/ResultsPeriodTest.cpp, which
-- recounts every number it checks from these marks, and by tests/core/EvaluationPeriodTest.cpp, whose
-- evaluation numbers are worked out by hand below the answers. Each statement ends with a semicolon at the end
-- of a line (what Database::runScript expects).

INSERT INTO institution (id, name, acronym, type, country) VALUES
    (1, 'National Institute of Migration', 'INM', 'federal', 'Mexico'),
    (2, 'Albergue Belén', '', 'civil_society', 'Mexico');

INSERT INTO project (id, code, title, beneficiary_country, start_date, end_date) VALUES
    (1, 'PS', 'Programme across a year end', 'Mexico', '2017-01-01', '2018-12-31');

INSERT INTO component (id, project_id, number, title) VALUES
    (1, 1, 1, 'Protection'),
    (2, 1, 2, 'Integration');

-- The evaluation design: activity 1 a test out of 10 with mastery at 80 % and the survey; activity 2
-- out of 20, mastery at 70 %, the survey and the follow-up; activity 3 out of 10, mastery at 50 %.
INSERT INTO activity (id, project_id, code, title, type, start_date, end_date, status, test_max_score,
                      mastery_threshold_pct, satisfaction_survey, follow_up) VALUES
    (1, 1, '1', 'Seminar in June', 'seminar', '2017-06-01', '2017-06-01', 'held', 10, 80, 1, 0),
    (2, 1, '2', 'Workshop over the new year', 'workshop', '2017-12-29', '2018-01-03', 'held', 20, 70, 1, 1),
    (3, 1, '3', 'Study visit in February', 'study_visit', '2018-02-05', '2018-02-05', 'held', 10, 50, 1, 0);

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

-- The answers of each enrolment (items: overall, relevance; the others left empty). María (3), Sofía
-- in activity 2 (7) and Alex in activity 3 (11) never took part: their answers count nowhere.
--
--   enrolment  person  act  took part in       pre   post  overall relevance  applied
--   1          Ana     1    2017               5     9     5       4          -
--   2          José    1    2017               6     6     3       -          -
--   3          María   1    -                  2     10    1       -          -
--   4          Ana     2    2017 and 2018      10    18    4       -          yes
--   5          José    2    2017               8     -     2       -          no
--   6          Luis    2    2018               20    16    5       -          partly
--   7          Sofía   2    -                  0     20    -       -          -
--   8          Alex    2    2017               4     12    -       -          -
--   9          Ana     3    2018               3     7     4       -          -
--   10         Sofía   3    2018               5     4     -       -          -
--   11         Alex    3    -                  1     9     5       -          -
--
-- In percent of the activity's maximum: Ana 50 -> 90 (act. 1), 50 -> 90 (act. 2), 30 -> 70 (act. 3);
-- José 60 -> 60 (act. 1), 40 -> none (act. 2); Luis 100 -> 80; Alex 20 -> 60; Sofía 50 -> 40.
--
-- 2017 (sessions of 1 Jun, 29 and 30 Dec): participations Ana 1, José 1, Ana 2, José 2, Alex 2:
--   took_part 5, pre_tested 5, post_tested 4, paired 4 (all but José 2); mean pre (50+60+50+20)/4
--   = 45, mean post (90+60+90+60)/4 = 75; improved 3 (Ana 1, Ana 2, Alex 2) = 75 %; <g> =
--   (75-45)/(100-45) = 6/11; individual gains 0.8, 0, 0.8, 0.5: mean 0.525, gain_undefined 0;
--   mastery Ana 1 (90 >= 80) and Ana 2 (90 >= 70): 2 of 4 = 50 %; satisfaction responses 4 (Ana 1,
--   José 1, Ana 2, José 2), overall answered 4, satisfied 2 (5, 4) = 50 %, item mean
--   (5+4+3+4+2)/5 = 3.6, overall mean (5+3+4+2)/4 = 3.5; followed up 2 (Ana 2, José 2), applied 1
--   = 50 %.
-- 2018 (2 and 3 Jan, 5 Feb): Ana 2, Luis 2, Ana 3, Sofía 3: took_part 4, pre 4, post 4, paired 4;
--   mean pre (50+100+30+50)/4 = 57.5, mean post (90+80+70+40)/4 = 70; improved 2 (Ana 2, Ana 3) =
--   50 %; <g> = 12.5/42.5 = 5/17; individual gains 0.8, 4/7, -0.2 (Luis's pre is 100 %: undefined)
--   mean 41/105, gain_undefined 1; mastery Ana 2, Luis (80 >= 70), Ana 3 (70 >= 50): 3 of 4 = 75 %;
--   responses 3, satisfied 3 = 100 %, item mean 13/3; followed up 2, applied 2 (yes, partly).
-- Whole programme: 8 participations (Ana 2 once), pre 8, post 7, paired 7; mean pre 360/7, mean
--   post 70; improved 4; <g> = (70-360/7)/(100-360/7) = 13/34. By year the rows are the two
--   periods above: 5 + 4 = 9, one more than the 8, Ana's participation in activity 2 in both.
-- From 30 Dec 2017 on: Ana 2, Luis 2, Alex 2 (30 Dec), Ana 3, Sofía 3: took_part 5 (José's only
--   session of activity 2 was on the 29th).
INSERT INTO evaluation (enrolment_id, pre_score, post_score, satisfaction_overall, satisfaction_relevance,
                        applied) VALUES
    (1, 5, 9, 5, 4, NULL),
    (2, 6, 6, 3, NULL, NULL),
    (3, 2, 10, 1, NULL, NULL),
    (4, 10, 18, 4, NULL, 'yes'),
    (5, 8, NULL, 2, NULL, 'no'),
    (6, 20, 16, 5, NULL, 'partly'),
    (7, 0, 20, NULL, NULL, NULL),
    (8, 4, 12, NULL, NULL, NULL),
    (9, 3, 7, 4, NULL, NULL),
    (10, 5, 4, NULL, NULL, NULL),
    (11, 1, 9, 5, NULL, NULL);
