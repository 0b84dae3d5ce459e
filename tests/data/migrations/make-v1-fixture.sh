#!/bin/sh
# Writes v1-programme.sdesk: a programme file as version 1 of Seminar Desk wrote it (schema step 1
# only), with a few records, so the migration test opens a real older file. Run from this folder.
set -e
rm -f v1-programme.sdesk
sqlite3 v1-programme.sdesk <<SQL
PRAGMA journal_mode = WAL;
.read ../../../resources/schema/001-initial.sql
PRAGMA application_id = 1396992817;
PRAGMA user_version = 1;
INSERT INTO institution (id, name, acronym, type, country) VALUES (1, 'National Institute of Migration', 'INM', 'federal', 'Mexico');
INSERT INTO project (id, code, title, beneficiary_country, start_date, end_date) VALUES (1, 'OLD', 'Programme from version 1', 'Mexico', '2017-01-01', '2018-12-31');
INSERT INTO component (id, project_id, number, title) VALUES (1, 1, 1, 'Asylum and international protection');
INSERT INTO activity (id, project_id, code, title, type, start_date, end_date, status) VALUES (1, 1, '1', 'Workshop', 'workshop', '2017-03-13', '2017-03-14', 'held');
INSERT INTO activity_component VALUES (1, 1);
INSERT INTO session (id, activity_id, date, part) VALUES (1, 1, '2017-03-13', 'full_day'), (2, 1, '2017-03-14', 'full_day');
INSERT INTO participant (id, given_names, family_names, gender, institution_id) VALUES (1, 'Ana Lucía', 'Ramírez Soto', 'female', 1);
INSERT INTO enrolment (id, activity_id, participant_id) VALUES (1, 1, 1);
INSERT INTO attendance VALUES (1, 1, 'present'), (1, 2, 'late');
PRAGMA wal_checkpoint(TRUNCATE);
PRAGMA journal_mode = DELETE;
SQL
