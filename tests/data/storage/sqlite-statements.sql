-- project
Insert: INSERT INTO project (code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, contact_retention_years, name_retention_years) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
InsertWithKey: INSERT INTO project (id, code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, row_version, contact_retention_years, name_retention_years) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Load: INSERT INTO project (id, code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, row_version, contact_retention_years, name_retention_years) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Update: UPDATE project SET code = ?, title = ?, title_es = ?, beneficiary_country = ?, start_date = ?, end_date = ?, summary = ?, results_narrative = ?, summary_es = ?, results_narrative_es = ?, quotation = ?, contact_retention_years = ?, name_retention_years = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
Upsert: INSERT INTO project (id, code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, row_version, contact_retention_years, name_retention_years) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = excluded.code, title = excluded.title, title_es = excluded.title_es, beneficiary_country = excluded.beneficiary_country, start_date = excluded.start_date, end_date = excluded.end_date, summary = excluded.summary, results_narrative = excluded.results_narrative, summary_es = excluded.summary_es, results_narrative_es = excluded.results_narrative_es, quotation = excluded.quotation, contact_retention_years = excluded.contact_retention_years, name_retention_years = excluded.name_retention_years, row_version = project.row_version + 1
SelectByKey: SELECT id, code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, row_version, contact_retention_years, name_retention_years FROM project WHERE id = ?
SelectAll: SELECT id, code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, row_version, contact_retention_years, name_retention_years FROM project ORDER BY code
DeleteByKey: DELETE FROM project WHERE id = ?
Load of 2 rows: INSERT INTO project (id, code, title, title_es, beneficiary_country, start_date, end_date, summary, results_narrative, summary_es, results_narrative_es, quotation, row_version, contact_retention_years, name_retention_years) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Impact activities (asks): SELECT count(*) FROM activity WHERE project_id = ?
Impact enrolments (asks): SELECT count(*) FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)
Impact attendanceMarks (asks): SELECT count(*) FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?))
Impact evaluations (asks): SELECT count(*) FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?))
Impact sessions: SELECT count(*) FROM session WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)
Delete: DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?))
Delete: DELETE FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?))
Delete: DELETE FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)
Delete: DELETE FROM session WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)
Delete: DELETE FROM activity_expert WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)
Delete: DELETE FROM activity_component WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)
Delete: DELETE FROM activity WHERE project_id = ?
Delete: DELETE FROM objective_component WHERE objective_id IN (SELECT id FROM objective WHERE project_id = ?)
Delete: DELETE FROM objective WHERE project_id = ?
Delete: DELETE FROM activity_component WHERE component_id IN (SELECT id FROM component WHERE project_id = ?)
Delete: DELETE FROM objective_component WHERE component_id IN (SELECT id FROM component WHERE project_id = ?)
Delete: DELETE FROM component WHERE project_id = ?
Delete: DELETE FROM project_requesting_institution WHERE project_id = ?
Delete: DELETE FROM project WHERE id = ?

-- objective
Insert: INSERT INTO objective (project_id, number, statement, statement_es) VALUES (?, ?, ?, ?)
InsertWithKey: INSERT INTO objective (id, project_id, number, statement, statement_es, row_version) VALUES (?, ?, ?, ?, ?, ?)
Load: INSERT INTO objective (id, project_id, number, statement, statement_es, row_version) VALUES (?, ?, ?, ?, ?, ?)
Update: UPDATE objective SET number = ?, statement = ?, statement_es = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
UpdateOwned: UPDATE objective SET number = ?, statement = ?, statement_es = ?, row_version = row_version + 1 WHERE id = ? AND project_id = ?
Upsert: INSERT INTO objective (id, project_id, number, statement, statement_es, row_version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, statement = excluded.statement, statement_es = excluded.statement_es, row_version = objective.row_version + 1
SelectByKey: SELECT id, project_id, number, statement, statement_es, row_version FROM objective WHERE id = ?
SelectByOwner: SELECT id, project_id, number, statement, statement_es, row_version FROM objective WHERE project_id = ? ORDER BY number
SelectAll: SELECT id, project_id, number, statement, statement_es, row_version FROM objective ORDER BY number
DeleteByKey: DELETE FROM objective WHERE id = ?
DeleteByOwner: DELETE FROM objective WHERE project_id = ?
Load of 2 rows: INSERT INTO objective (id, project_id, number, statement, statement_es, row_version) VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)
Delete: DELETE FROM objective_component WHERE objective_id = ?
Delete: DELETE FROM objective WHERE id = ?

-- component
Insert: INSERT INTO component (project_id, number, title, title_es) VALUES (?, ?, ?, ?)
InsertWithKey: INSERT INTO component (id, project_id, number, title, title_es, row_version) VALUES (?, ?, ?, ?, ?, ?)
Load: INSERT INTO component (id, project_id, number, title, title_es, row_version) VALUES (?, ?, ?, ?, ?, ?)
Update: UPDATE component SET number = ?, title = ?, title_es = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
UpdateOwned: UPDATE component SET number = ?, title = ?, title_es = ?, row_version = row_version + 1 WHERE id = ? AND project_id = ?
Upsert: INSERT INTO component (id, project_id, number, title, title_es, row_version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = excluded.title, title_es = excluded.title_es, row_version = component.row_version + 1
SelectByKey: SELECT id, project_id, number, title, title_es, row_version FROM component WHERE id = ?
SelectByOwner: SELECT id, project_id, number, title, title_es, row_version FROM component WHERE project_id = ? ORDER BY number
SelectAll: SELECT id, project_id, number, title, title_es, row_version FROM component ORDER BY number
DeleteByKey: DELETE FROM component WHERE id = ?
DeleteByOwner: DELETE FROM component WHERE project_id = ?
Load of 2 rows: INSERT INTO component (id, project_id, number, title, title_es, row_version) VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)
Impact activities (asks): SELECT count(*) FROM activity_component WHERE component_id = ?
Delete: DELETE FROM activity_component WHERE component_id = ?
Delete: DELETE FROM objective_component WHERE component_id = ?
Delete: DELETE FROM component WHERE id = ?

-- activity
Insert: INSERT INTO activity (project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
InsertWithKey: INSERT INTO activity (id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Load: INSERT INTO activity (id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Update: UPDATE activity SET code = ?, title = ?, title_es = ?, type = ?, venue_city = ?, venue_city_es = ?, venue_country = ?, start_date = ?, end_date = ?, status = ?, description = ?, outputs = ?, description_es = ?, outputs_es = ?, illustrative = ?, test_max_score = ?, mastery_threshold_pct = ?, satisfaction_survey = ?, follow_up = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
UpdateOwned: UPDATE activity SET code = ?, title = ?, title_es = ?, type = ?, venue_city = ?, venue_city_es = ?, venue_country = ?, start_date = ?, end_date = ?, status = ?, description = ?, outputs = ?, description_es = ?, outputs_es = ?, illustrative = ?, test_max_score = ?, mastery_threshold_pct = ?, satisfaction_survey = ?, follow_up = ?, row_version = row_version + 1 WHERE id = ? AND project_id = ?
Upsert: INSERT INTO activity (id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = excluded.code, title = excluded.title, title_es = excluded.title_es, type = excluded.type, venue_city = excluded.venue_city, venue_city_es = excluded.venue_city_es, venue_country = excluded.venue_country, start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status, description = excluded.description, outputs = excluded.outputs, description_es = excluded.description_es, outputs_es = excluded.outputs_es, illustrative = excluded.illustrative, test_max_score = excluded.test_max_score, mastery_threshold_pct = excluded.mastery_threshold_pct, satisfaction_survey = excluded.satisfaction_survey, follow_up = excluded.follow_up, row_version = activity.row_version + 1
SelectByKey: SELECT id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version FROM activity WHERE id = ?
SelectByOwner: SELECT id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version FROM activity WHERE project_id = ?
SelectAll: SELECT id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version FROM activity
DeleteByKey: DELETE FROM activity WHERE id = ?
DeleteByOwner: DELETE FROM activity WHERE project_id = ?
Load of 2 rows: INSERT INTO activity (id, project_id, code, title, title_es, type, venue_city, venue_city_es, venue_country, start_date, end_date, status, description, outputs, description_es, outputs_es, illustrative, test_max_score, mastery_threshold_pct, satisfaction_survey, follow_up, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Impact enrolments (asks): SELECT count(*) FROM enrolment WHERE activity_id = ?
Impact attendanceMarks (asks): SELECT count(*) FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id = ?)
Impact evaluations (asks): SELECT count(*) FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id = ?)
Impact sessions: SELECT count(*) FROM session WHERE activity_id = ?
Delete: DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id = ?)
Delete: DELETE FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id = ?)
Delete: DELETE FROM enrolment WHERE activity_id = ?
Delete: DELETE FROM session WHERE activity_id = ?
Delete: DELETE FROM activity_expert WHERE activity_id = ?
Delete: DELETE FROM activity_component WHERE activity_id = ?
Delete: DELETE FROM activity WHERE id = ?

-- session
Insert: INSERT INTO session (activity_id, date, part) VALUES (?, ?, ?)
InsertWithKey: INSERT INTO session (id, activity_id, date, part, row_version) VALUES (?, ?, ?, ?, ?)
Load: INSERT INTO session (id, activity_id, date, part, row_version) VALUES (?, ?, ?, ?, ?)
Update: UPDATE session SET date = ?, part = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
UpdateOwned: UPDATE session SET date = ?, part = ?, row_version = row_version + 1 WHERE id = ? AND activity_id = ?
Upsert: INSERT INTO session (id, activity_id, date, part, row_version) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET date = excluded.date, part = excluded.part, row_version = session.row_version + 1
SelectByKey: SELECT id, activity_id, date, part, row_version FROM session WHERE id = ?
SelectByOwner: SELECT id, activity_id, date, part, row_version FROM session WHERE activity_id = ? ORDER BY date, CASE part WHEN 'afternoon' THEN 1 ELSE 0 END
SelectAll: SELECT id, activity_id, date, part, row_version FROM session ORDER BY date, CASE part WHEN 'afternoon' THEN 1 ELSE 0 END
DeleteByKey: DELETE FROM session WHERE id = ?
DeleteByOwner: DELETE FROM session WHERE activity_id = ?
Load of 2 rows: INSERT INTO session (id, activity_id, date, part, row_version) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)
Delete: DELETE FROM session WHERE id = ?

-- institution
Insert: INSERT INTO institution (name, acronym, name_es, acronym_es, type, country, parent_id, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
InsertWithKey: INSERT INTO institution (id, name, acronym, name_es, acronym_es, type, country, parent_id, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Load: INSERT INTO institution (id, name, acronym, name_es, acronym_es, type, country, parent_id, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Update: UPDATE institution SET name = ?, acronym = ?, name_es = ?, acronym_es = ?, type = ?, country = ?, parent_id = ?, illustrative = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
Upsert: INSERT INTO institution (id, name, acronym, name_es, acronym_es, type, country, parent_id, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym, name_es = excluded.name_es, acronym_es = excluded.acronym_es, type = excluded.type, country = excluded.country, parent_id = excluded.parent_id, illustrative = excluded.illustrative, row_version = institution.row_version + 1
SelectByKey: SELECT id, name, acronym, name_es, acronym_es, type, country, parent_id, illustrative, row_version FROM institution WHERE id = ?
SelectAll: SELECT id, name, acronym, name_es, acronym_es, type, country, parent_id, illustrative, row_version FROM institution ORDER BY name
DeleteByKey: DELETE FROM institution WHERE id = ?
Load of 2 rows: INSERT INTO institution (id, name, acronym, name_es, acronym_es, type, country, parent_id, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Impact projects (asks): SELECT count(*) FROM project_requesting_institution WHERE institution_id = ?
Impact participants (asks): SELECT count(*) FROM participant WHERE institution_id = ?
Impact institutions (asks): SELECT count(*) FROM institution WHERE parent_id = ?
Delete: DELETE FROM project_requesting_institution WHERE institution_id = ?
Delete: UPDATE participant SET institution_id = NULL WHERE institution_id = ?
Delete: UPDATE institution SET parent_id = NULL WHERE parent_id = ?
Delete: DELETE FROM institution WHERE id = ?

-- participant
Insert: INSERT INTO participant (given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
InsertWithKey: INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Load: INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Update: UPDATE participant SET given_names = ?, family_names = ?, gender = ?, institution_id = ?, position = ?, region = ?, email = ?, phone = ?, consent_date = ?, illustrative = ?, consent_purpose = ?, consent_source = ?, legal_hold_reason = ?, legal_hold_until = ?, erased_on = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
UpdateFillable: UPDATE participant SET gender = ?, institution_id = ?, position = ?, region = ?, email = ?, phone = ?, consent_date = ?, row_version = row_version + 1 WHERE id = ?
Upsert: INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET given_names = excluded.given_names, family_names = excluded.family_names, gender = excluded.gender, institution_id = excluded.institution_id, position = excluded.position, region = excluded.region, email = excluded.email, phone = excluded.phone, consent_date = excluded.consent_date, illustrative = excluded.illustrative, consent_purpose = excluded.consent_purpose, consent_source = excluded.consent_source, legal_hold_reason = excluded.legal_hold_reason, legal_hold_until = excluded.legal_hold_until, erased_on = excluded.erased_on, row_version = participant.row_version + 1
SelectByKey: SELECT id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on FROM participant WHERE id = ?
SelectAll: SELECT id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on FROM participant ORDER BY id
DeleteByKey: DELETE FROM participant WHERE id = ?
Load of 2 rows: INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
Impact enrolments (asks): SELECT count(*) FROM enrolment WHERE participant_id = ?
Impact attendanceMarks (asks): SELECT count(*) FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = ?)
Impact evaluations (asks): SELECT count(*) FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = ?)
Delete: DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = ?)
Delete: DELETE FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = ?)
Delete: DELETE FROM enrolment WHERE participant_id = ?
Delete: DELETE FROM participant WHERE id = ?

-- expert
Insert: INSERT INTO expert (given_names, family_names, country, institution, expertise, illustrative) VALUES (?, ?, ?, ?, ?, ?)
InsertWithKey: INSERT INTO expert (id, given_names, family_names, country, institution, expertise, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
Load: INSERT INTO expert (id, given_names, family_names, country, institution, expertise, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
Update: UPDATE expert SET given_names = ?, family_names = ?, country = ?, institution = ?, expertise = ?, illustrative = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
Upsert: INSERT INTO expert (id, given_names, family_names, country, institution, expertise, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET given_names = excluded.given_names, family_names = excluded.family_names, country = excluded.country, institution = excluded.institution, expertise = excluded.expertise, illustrative = excluded.illustrative, row_version = expert.row_version + 1
SelectByKey: SELECT id, given_names, family_names, country, institution, expertise, illustrative, row_version FROM expert WHERE id = ?
SelectAll: SELECT id, given_names, family_names, country, institution, expertise, illustrative, row_version FROM expert ORDER BY family_names, given_names
DeleteByKey: DELETE FROM expert WHERE id = ?
Load of 2 rows: INSERT INTO expert (id, given_names, family_names, country, institution, expertise, illustrative, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?)
Impact activities (asks): SELECT count(*) FROM activity_expert WHERE expert_id = ?
Delete: DELETE FROM activity_expert WHERE expert_id = ?
Delete: DELETE FROM expert WHERE id = ?

-- enrolment
Insert: INSERT INTO enrolment (activity_id, participant_id) VALUES (?, ?)
InsertWithKey: INSERT INTO enrolment (id, activity_id, participant_id, row_version) VALUES (?, ?, ?, ?)
Load: INSERT INTO enrolment (id, activity_id, participant_id, sessions_attended, days_attended, row_version) VALUES (?, ?, ?, ?, ?, ?)
Update: UPDATE enrolment SET participant_id = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?
UpdateOwned: UPDATE enrolment SET participant_id = ?, row_version = row_version + 1 WHERE id = ? AND activity_id = ?
Upsert: INSERT INTO enrolment (id, activity_id, participant_id, row_version) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET participant_id = excluded.participant_id, row_version = enrolment.row_version + 1
SelectByKey: SELECT id, activity_id, participant_id, sessions_attended, days_attended, row_version FROM enrolment WHERE id = ?
SelectByOwner: SELECT id, activity_id, participant_id, sessions_attended, days_attended, row_version FROM enrolment WHERE activity_id = ? ORDER BY id
SelectAll: SELECT id, activity_id, participant_id, sessions_attended, days_attended, row_version FROM enrolment ORDER BY id
DeleteByKey: DELETE FROM enrolment WHERE id = ?
DeleteByOwner: DELETE FROM enrolment WHERE activity_id = ?
Load of 2 rows: INSERT INTO enrolment (id, activity_id, participant_id, sessions_attended, days_attended, row_version) VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)
Impact attendanceMarks (asks): SELECT count(*) FROM attendance WHERE enrolment_id = ?
Impact evaluations (asks): SELECT count(*) FROM evaluation WHERE enrolment_id = ?
Delete: DELETE FROM attendance WHERE enrolment_id = ?
Delete: DELETE FROM evaluation WHERE enrolment_id = ?
Delete: DELETE FROM enrolment WHERE id = ?

-- attendance
Insert: INSERT INTO attendance (enrolment_id, session_id, status) VALUES (?, ?, ?)
InsertWithKey: INSERT INTO attendance (enrolment_id, session_id, status, row_version) VALUES (?, ?, ?, ?)
Load: INSERT INTO attendance (enrolment_id, session_id, status, row_version) VALUES (?, ?, ?, ?)
Update: UPDATE attendance SET status = ?, row_version = row_version + 1 WHERE enrolment_id = ? AND session_id = ? AND row_version = ?
UpdateOwned: UPDATE attendance SET status = ?, row_version = row_version + 1 WHERE enrolment_id = ? AND session_id = ? AND enrolment_id = ?
Upsert: INSERT INTO attendance (enrolment_id, session_id, status, row_version) VALUES (?, ?, ?, ?) ON CONFLICT (enrolment_id, session_id) DO UPDATE SET status = excluded.status, row_version = attendance.row_version + 1
SelectByKey: SELECT enrolment_id, session_id, status, row_version FROM attendance WHERE enrolment_id = ? AND session_id = ?
SelectByOwner: SELECT enrolment_id, session_id, status, row_version FROM attendance WHERE enrolment_id = ?
SelectAll: SELECT enrolment_id, session_id, status, row_version FROM attendance
DeleteByKey: DELETE FROM attendance WHERE enrolment_id = ? AND session_id = ?
DeleteByOwner: DELETE FROM attendance WHERE enrolment_id = ?
Load of 2 rows: INSERT INTO attendance (enrolment_id, session_id, status, row_version) VALUES (?, ?, ?, ?), (?, ?, ?, ?)

-- project_requesting_institution
Insert: INSERT INTO project_requesting_institution (project_id, institution_id) VALUES (?, ?)
InsertWithKey: INSERT INTO project_requesting_institution (project_id, institution_id) VALUES (?, ?)
Load: INSERT INTO project_requesting_institution (project_id, institution_id) VALUES (?, ?)
Upsert: INSERT INTO project_requesting_institution (project_id, institution_id) VALUES (?, ?) ON CONFLICT (project_id, institution_id) DO NOTHING
SelectByKey: SELECT project_id, institution_id FROM project_requesting_institution WHERE project_id = ? AND institution_id = ?
SelectByOwner: SELECT project_id, institution_id FROM project_requesting_institution WHERE project_id = ? ORDER BY institution_id
SelectAll: SELECT project_id, institution_id FROM project_requesting_institution ORDER BY institution_id
DeleteByKey: DELETE FROM project_requesting_institution WHERE project_id = ? AND institution_id = ?
DeleteByOwner: DELETE FROM project_requesting_institution WHERE project_id = ?
Load of 2 rows: INSERT INTO project_requesting_institution (project_id, institution_id) VALUES (?, ?), (?, ?)

-- objective_component
Insert: INSERT INTO objective_component (objective_id, component_id) VALUES (?, ?)
InsertWithKey: INSERT INTO objective_component (objective_id, component_id) VALUES (?, ?)
Load: INSERT INTO objective_component (objective_id, component_id) VALUES (?, ?)
Upsert: INSERT INTO objective_component (objective_id, component_id) VALUES (?, ?) ON CONFLICT (objective_id, component_id) DO NOTHING
SelectByKey: SELECT objective_id, component_id FROM objective_component WHERE objective_id = ? AND component_id = ?
SelectByOwner: SELECT objective_id, component_id FROM objective_component WHERE objective_id = ? ORDER BY component_id
SelectAll: SELECT objective_id, component_id FROM objective_component ORDER BY component_id
DeleteByKey: DELETE FROM objective_component WHERE objective_id = ? AND component_id = ?
DeleteByOwner: DELETE FROM objective_component WHERE objective_id = ?
Load of 2 rows: INSERT INTO objective_component (objective_id, component_id) VALUES (?, ?), (?, ?)

-- activity_component
Insert: INSERT INTO activity_component (activity_id, component_id) VALUES (?, ?)
InsertWithKey: INSERT INTO activity_component (activity_id, component_id) VALUES (?, ?)
Load: INSERT INTO activity_component (activity_id, component_id) VALUES (?, ?)
Upsert: INSERT INTO activity_component (activity_id, component_id) VALUES (?, ?) ON CONFLICT (activity_id, component_id) DO NOTHING
SelectByKey: SELECT activity_id, component_id FROM activity_component WHERE activity_id = ? AND component_id = ?
SelectByOwner: SELECT activity_id, component_id FROM activity_component WHERE activity_id = ? ORDER BY component_id
SelectAll: SELECT activity_id, component_id FROM activity_component ORDER BY component_id
DeleteByKey: DELETE FROM activity_component WHERE activity_id = ? AND component_id = ?
DeleteByOwner: DELETE FROM activity_component WHERE activity_id = ?
Load of 2 rows: INSERT INTO activity_component (activity_id, component_id) VALUES (?, ?), (?, ?)

-- activity_expert
Insert: INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?)
InsertWithKey: INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?)
Load: INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?)
Update: UPDATE activity_expert SET role = ? WHERE activity_id = ? AND expert_id = ?
UpdateOwned: UPDATE activity_expert SET role = ? WHERE activity_id = ? AND expert_id = ? AND activity_id = ?
Upsert: INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?) ON CONFLICT (activity_id, expert_id) DO UPDATE SET role = excluded.role
SelectByKey: SELECT activity_id, expert_id, role FROM activity_expert WHERE activity_id = ? AND expert_id = ?
SelectByOwner: SELECT activity_id, expert_id, role FROM activity_expert WHERE activity_id = ? ORDER BY activity_id, expert_id
SelectAll: SELECT activity_id, expert_id, role FROM activity_expert ORDER BY activity_id, expert_id
DeleteByKey: DELETE FROM activity_expert WHERE activity_id = ? AND expert_id = ?
DeleteByOwner: DELETE FROM activity_expert WHERE activity_id = ?
Load of 2 rows: INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?), (?, ?, ?)

-- change_log
Insert: INSERT INTO change_log (changed_at, kind, description, changed_by) VALUES (?, ?, ?, ?)
InsertWithKey: INSERT INTO change_log (id, changed_at, kind, description, changed_by) VALUES (?, ?, ?, ?, ?)
Load: INSERT INTO change_log (id, changed_at, kind, description, changed_by) VALUES (?, ?, ?, ?, ?)
Update: UPDATE change_log SET changed_at = ?, kind = ?, description = ?, changed_by = ? WHERE id = ?
Upsert: INSERT INTO change_log (id, changed_at, kind, description, changed_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET changed_at = excluded.changed_at, kind = excluded.kind, description = excluded.description, changed_by = excluded.changed_by
SelectByKey: SELECT id, changed_at, kind, description, changed_by FROM change_log WHERE id = ?
SelectAll: SELECT id, changed_at, kind, description, changed_by FROM change_log ORDER BY id
DeleteByKey: DELETE FROM change_log WHERE id = ?
Load of 2 rows: INSERT INTO change_log (id, changed_at, kind, description, changed_by) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)
Delete: DELETE FROM change_log WHERE id = ?

-- references
attendance.enrolment_id: SELECT session_id FROM attendance WHERE enrolment_id = ? ORDER BY session_id
attendance.session_id: SELECT enrolment_id FROM attendance WHERE session_id = ? ORDER BY enrolment_id
enrolment.participant_id: SELECT id FROM enrolment WHERE participant_id = ? ORDER BY id
enrolment.activity_id: SELECT id FROM enrolment WHERE activity_id = ? ORDER BY id
session.activity_id: SELECT id FROM session WHERE activity_id = ? ORDER BY id
activity_expert.activity_id: SELECT expert_id FROM activity_expert WHERE activity_id = ? ORDER BY expert_id
activity_expert.expert_id: SELECT activity_id FROM activity_expert WHERE expert_id = ? ORDER BY activity_id
activity_component.activity_id: SELECT component_id FROM activity_component WHERE activity_id = ? ORDER BY component_id
activity_component.component_id: SELECT activity_id FROM activity_component WHERE component_id = ? ORDER BY activity_id
activity_component.component_id kept by: SELECT t.code FROM activity_component x JOIN activity t ON t.id = x.activity_id WHERE x.component_id = ? AND NOT EXISTS (SELECT 1 FROM activity_component y WHERE y.activity_id = x.activity_id AND y.component_id <> x.component_id) ORDER BY t.code
objective_component.objective_id: SELECT component_id FROM objective_component WHERE objective_id = ? ORDER BY component_id
objective_component.component_id: SELECT objective_id FROM objective_component WHERE component_id = ? ORDER BY objective_id
activity.project_id: SELECT id FROM activity WHERE project_id = ? ORDER BY id
objective.project_id: SELECT id FROM objective WHERE project_id = ? ORDER BY id
component.project_id: SELECT id FROM component WHERE project_id = ? ORDER BY id
project_requesting_institution.project_id: SELECT institution_id FROM project_requesting_institution WHERE project_id = ? ORDER BY institution_id
project_requesting_institution.institution_id: SELECT project_id FROM project_requesting_institution WHERE institution_id = ? ORDER BY project_id
participant.institution_id: SELECT id FROM participant WHERE institution_id = ? ORDER BY id
institution.parent_id: SELECT id FROM institution WHERE parent_id = ? ORDER BY id
evaluation.enrolment_id: SELECT enrolment_id FROM evaluation WHERE enrolment_id = ? ORDER BY enrolment_id
