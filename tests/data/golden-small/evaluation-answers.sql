-- Evaluation answers on top of fixture.sql, for the evaluation exports (tests/cli/EvaluationExportCliTest.cpp,
-- tests/core/EvaluationExportTest.cpp). Activity 2.1 (id 2) has a test out of 20, the questionnaire and the
-- follow-up; activity 10 (id 4) the questionnaire only. Who took part in 2.1: persons 1, 3, 6, 7, 8
-- (enrolments 5, 6, 8, 9, 10); in 10: persons 1, 6, 8, 9. Sofía (person 5, enrolment 7) was absent at
-- every session of 2.1: her answers count nowhere. Comments name people, as real ones do.
UPDATE activity SET test_max_score = 20, satisfaction_survey = 1, follow_up = 1 WHERE id = 2;
UPDATE activity SET satisfaction_survey = 1 WHERE id = 4;
INSERT INTO evaluation (enrolment_id, pre_score, post_score, satisfaction_overall, satisfaction_relevance, satisfaction_experts, satisfaction_organisation, satisfaction_recommend, comment, applied) VALUES
    (5, 10, 16, 5, 4, 5, 4, 5, 'Ana Lucía López explained the procedure best', 'yes'),
    (6, 7, NULL, 4, NULL, NULL, NULL, NULL, '', NULL),
    (7, 0, 20, 1, 1, 1, 1, 1, 'Sofía was not there', 'no'),
    (8, 20, 18, 3, 3, 3, 3, 3, 'Thanks to Carmen Ruiz Ortega', 'partly'),
    (15, NULL, NULL, 4, 4, 4, 4, 4, 'Madrid was the best part', NULL);
