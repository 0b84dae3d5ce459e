<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>sd::ActivityDialog</name>
        <message numerus="yes">
            <source>A removed session has %n attendance mark(s); keep it, or clear its marks in the attendance dialog first.</source>
            <translation>
                <numerusform>A removed session has %n attendance mark; keep it, or clear its marks in the attendance dialog first.</numerusform>
                <numerusform>A removed session has %n attendance marks; keep it, or clear its marks in the attendance dialog first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance mark(s) recorded; this session cannot be removed.</source>
            <translation>
                <numerusform>%n attendance mark recorded; this session cannot be removed.</numerusform>
                <numerusform>%n attendance marks recorded; this session cannot be removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::AttendanceDialog</name>
        <message numerus="yes">
            <source>Remove %n participant(s) from activity %1?</source>
            <translation>
                <numerusform>Remove %n participant from activity %1?</numerusform>
                <numerusform>Remove %n participants from activity %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n attendance mark(s) will be removed too.</source>
            <translation>
                <numerusform>Their %n attendance mark will be removed too.</numerusform>
                <numerusform>Their %n attendance marks will be removed too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved yet: %n change(s) on this sheet, walk-ins included. Save before closing?</source>
            <translation>
                <numerusform>Not saved yet: %n change on this sheet, walk-ins included. Save before closing?</numerusform>
                <numerusform>Not saved yet: %n changes on this sheet, walk-ins included. Save before closing?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The sheet now shows their marks. Highlighted: %n cell(s) you both changed, with both marks in the tooltip; review them and save again to keep yours.</source>
            <translation>
                <numerusform>The sheet now shows their marks. Highlighted: %n cell you both changed, with both marks in the tooltip; review them and save again to keep yours.</numerusform>
                <numerusform>The sheet now shows their marks. Highlighted: %n cells you both changed, with both marks in the tooltip; review them and save again to keep yours.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::BackupDialog</name>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln attendance mark(s)</source>
            <translation>
                <numerusform>%Ln attendance mark</numerusform>
                <numerusform>%Ln attendance marks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ChangeHistory</name>
        <message numerus="yes">
            <source>evaluation of %1: answers of %n person(s) changed</source>
            <translation>
                <numerusform>evaluation of %1: answers of %n person changed</numerusform>
                <numerusform>evaluation of %1: answers of %n persons changed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ConnectionBanner</name>
        <message numerus="yes">
            <source>Next attempt in %n second(s).</source>
            <translation>
                <numerusform>Next attempt in %n second.</numerusform>
                <numerusform>Next attempt in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::DocumentReports</name>
        <message numerus="yes">
            <source>%n person(s) of the %1 who took part reach it.</source>
            <translation>
                <numerusform>%n person of the %1 who took part reaches it.</numerusform>
                <numerusform>%n persons of the %1 who took part reach it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) saved in %1, one PDF a person, with %2 listing each person's email and file for a mail merge.</source>
            <translation>
                <numerusform>%n certificate saved in %1, one PDF a person, with %2 listing each person's email and file for a mail merge.</numerusform>
                <numerusform>%n certificates saved in %1, one PDF a person, with %2 listing each person's email and file for a mail merge.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::Documents</name>
        <message numerus="yes">
            <source>%1 enrolled, %2 took part (present or late at one session or more of %n session(s)).</source>
            <translation>
                <numerusform>%1 enrolled, %2 took part (present or late at one session or more of %n session).</numerusform>
                <numerusform>%1 enrolled, %2 took part (present or late at one session or more of %n sessions).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::DrillDownDialog</name>
        <message numerus="yes">
            <source>%Ln person(s) took part. A person is listed once, however many of the activities they attended.</source>
            <translation>
                <numerusform>%Ln person took part. A person is listed once, however many of the activities they attended.</numerusform>
                <numerusform>%Ln persons took part. A person is listed once, however many of the activities they attended.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln participation(s)</source>
            <translation>
                <numerusform>%Ln participation</numerusform>
                <numerusform>%Ln participations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln persons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::DuplicatesDialog</name>
        <message numerus="yes">
            <source>%n probable duplicate(s) of %1. %2</source>
            <translation>
                <numerusform>%n probable duplicate of %1. %2</numerusform>
                <numerusform>%n probable duplicates of %1. %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n probable duplicate pair(s)</source>
            <translation>
                <numerusform>%n probable duplicate pair</numerusform>
                <numerusform>%n probable duplicate pairs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::EnrolParticipantDialog</name>
        <message numerus="yes">
            <source>%Ln participant(s) not enrolled yet found.</source>
            <translation>
                <numerusform>%Ln participant not enrolled yet found.</numerusform>
                <numerusform>%Ln participants not enrolled yet found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::EnrolmentCheck</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else has changed the enrolment or the attendance marks of %n participant(s) in activity %1 since (%2); nothing was written.</source>
            <translation>
                <numerusform>Someone else has changed the enrolment or the attendance marks of %n participant in activity %1 since (%2); nothing was written.</numerusform>
                <numerusform>Someone else has changed the enrolment or the attendance marks of %n participants in activity %1 since (%2); nothing was written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::EvaluationChartsView</name>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n response</numerusform>
                <numerusform>%n responses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::EvaluationDialog</name>
        <message numerus="yes">
            <source>The sheet now shows their answers. Highlighted: %n person(s) you both changed, with both answers in the tooltip; review them and save again to keep yours.</source>
            <translation>
                <numerusform>The sheet now shows their answers. Highlighted: %n person you both changed, with both answers in the tooltip; review them and save again to keep yours.</numerusform>
                <numerusform>The sheet now shows their answers. Highlighted: %n persons you both changed, with both answers in the tooltip; review them and save again to keep yours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else changed the answers of %n person(s) you are editing; the highlighted cells show both in the tooltip.</source>
            <translation>
                <numerusform>Someone else changed the answers of %n person you are editing; the highlighted cells show both in the tooltip.</numerusform>
                <numerusform>Someone else changed the answers of %n persons you are editing; the highlighted cells show both in the tooltip.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The unsaved answers of %n person(s) no longer enrolled in activity %1 are not on the reloaded sheet.</source>
            <translation>
                <numerusform>The unsaved answers of %n person no longer enrolled in activity %1 are not on the reloaded sheet.</numerusform>
                <numerusform>The unsaved answers of %n persons no longer enrolled in activity %1 are not on the reloaded sheet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The answers of %n person(s) are not saved. Save them before closing?</source>
            <translation>
                <numerusform>The answers of %n person are not saved. Save them before closing?</numerusform>
                <numerusform>The answers of %n persons are not saved. Save them before closing?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::EvaluationImporter</name>
        <message numerus="yes">
            <source>Written: the answers of %n person(s).
</source>
            <translation>
                <numerusform>Written: the answers of %n person.
</numerusform>
                <numerusform>Written: the answers of %n persons.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run: nothing was written; the answers of %n person(s) would be.
</source>
            <translation>
                <numerusform>Dry run: nothing was written; the answers of %n person would be.
</numerusform>
                <numerusform>Dry run: nothing was written; the answers of %n persons would be.
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>import of an evaluation list (%1) for activity %2: answers of %n person(s)</source>
            <translation>
                <numerusform>import of an evaluation list (%1) for activity %2: answers of %n person</numerusform>
                <numerusform>import of an evaluation list (%1) for activity %2: answers of %n persons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::FieldMarks</name>
        <message numerus="yes">
            <source>…and %n more problem(s): point here to read them all.</source>
            <translation>
                <numerusform>…and %n more problem: point here to read them all.</numerusform>
                <numerusform>…and %n more problems: point here to read them all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ImportCommand</name>
        <message numerus="yes">
            <source>%n new participant(s)</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolment(s)</source>
            <translation>
                <numerusform>%n enrolment</numerusform>
                <numerusform>%n enrolments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance mark(s)</source>
            <translation>
                <numerusform>%n attendance mark</numerusform>
                <numerusform>%n attendance marks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ImportWizard</name>
        <message numerus="yes">
            <source>%n new participant(s)</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched participant(s)</source>
            <translation>
                <numerusform>%n matched participant</numerusform>
                <numerusform>%n matched participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new institution(s)</source>
            <translation>
                <numerusform>%n new institution</numerusform>
                <numerusform>%n new institutions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new enrolment(s)</source>
            <translation>
                <numerusform>%n new enrolment</numerusform>
                <numerusform>%n new enrolments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new attendance mark(s)</source>
            <translation>
                <numerusform>%n new attendance mark</numerusform>
                <numerusform>%n new attendance marks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n possible duplicate(s)</source>
            <translation>
                <numerusform>%n possible duplicate</numerusform>
                <numerusform>%n possible duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with errors</source>
            <translation>
                <numerusform>%n row with errors</numerusform>
                <numerusform>%n rows with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::Importer</name>
        <message numerus="yes">
            <source>%n new participant(s)</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) filled in</source>
            <translation>
                <numerusform>%n participant filled in</numerusform>
                <numerusform>%n participants filled in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolment(s)</source>
            <translation>
                <numerusform>%n enrolment</numerusform>
                <numerusform>%n enrolments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance mark(s)</source>
            <translation>
                <numerusform>%n attendance mark</numerusform>
                <numerusform>%n attendance marks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::MainWindow</name>
        <message numerus="yes">
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln project</numerusform>
                <numerusform>%Ln projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ProbableMatchPanel</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ProgrammeStore</name>
        <message numerus="yes">
            <source>%n activity(ies) would fall outside the new time frame.</source>
            <translation>
                <numerusform>%n activity would fall outside the new time frame.</numerusform>
                <numerusform>%n activities would fall outside the new time frame.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The session of %1 has %n attendance mark(s); remove the marks first or keep the session.</source>
            <translation>
                <numerusform>The session of %1 has %n attendance mark; remove the marks first or keep the session.</numerusform>
                <numerusform>The session of %1 has %n attendance marks; remove the marks first or keep the session.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Test scores are entered for %n person(s) in this activity; keep the knowledge test, or clear their scores in the evaluation sheet first.</source>
            <translation>
                <numerusform>Test scores are entered for %n person in this activity; keep the knowledge test, or clear their scores in the evaluation sheet first.</numerusform>
                <numerusform>Test scores are entered for %n persons in this activity; keep the knowledge test, or clear their scores in the evaluation sheet first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A test score above %1 is entered for %n person(s); give a maximum score at least as high as the highest score entered, or correct those scores in the evaluation sheet first.</source>
            <translation>
                <numerusform>A test score above %1 is entered for %n person; give a maximum score at least as high as the highest score entered, or correct those scores in the evaluation sheet first.</numerusform>
                <numerusform>A test score above %1 is entered for %n persons; give a maximum score at least as high as the highest score entered, or correct those scores in the evaluation sheet first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ProjectOverviewPage</name>
        <message numerus="yes">
            <source>%Ln participation(s)</source>
            <translation>
                <numerusform>%Ln participation</numerusform>
                <numerusform>%Ln participations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln person(s)</source>
            <translation>
                <numerusform>%1: %Ln person</numerusform>
                <numerusform>%1: %Ln persons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::RegisterExport</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::RegisterPage</name>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln expert(s)</source>
            <translation>
                <numerusform>%Ln expert</numerusform>
                <numerusform>%Ln experts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln institution(s)</source>
            <translation>
                <numerusform>%Ln institution</numerusform>
                <numerusform>%Ln institutions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of %1 match “%2”</source>
            <translation>
                <numerusform>%Ln of %1 matches “%2”</numerusform>
                <numerusform>%Ln of %1 match “%2”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::SaveAttendanceCommand</name>
        <message numerus="yes">
            <source>Add %n walk-in(s) to %1</source>
            <translation>
                <numerusform>Add %n walk-in to %1</numerusform>
                <numerusform>Add %n walk-ins to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 with %n attendance mark(s)</source>
            <translation>
                <numerusform>%1 with %n attendance mark</numerusform>
                <numerusform>%1 with %n attendance marks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else changed %n of your marks in activity %1 since this sheet was opened (%2), so none of your marks were saved.</source>
            <translation>
                <numerusform>Someone else changed %n of your marks in activity %1 since this sheet was opened (%2), so none of your marks were saved.</numerusform>
                <numerusform>Someone else changed %n of your marks in activity %1 since this sheet was opened (%2), so none of your marks were saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else changed %n of the marks of activity %1 since (%2); nothing was written.</source>
            <translation>
                <numerusform>Someone else changed %n of the marks of activity %1 since (%2); nothing was written.</numerusform>
                <numerusform>Someone else changed %n of the marks of activity %1 since (%2); nothing was written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::SaveEvaluationCommand</name>
        <message numerus="yes">
            <source>Record the evaluation of %n person(s) in %1</source>
            <translation>
                <numerusform>Record the evaluation of %n person in %1</numerusform>
                <numerusform>Record the evaluation of %n persons in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else changed the evaluation answers of %n person(s) in activity %1 since this sheet was opened (%2), so none of your answers were saved.</source>
            <translation>
                <numerusform>Someone else changed the evaluation answers of %n person in activity %1 since this sheet was opened (%2), so none of your answers were saved.</numerusform>
                <numerusform>Someone else changed the evaluation answers of %n persons in activity %1 since this sheet was opened (%2), so none of your answers were saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else changed the evaluation answers of %n person(s) in activity %1 since (%2); nothing was written.</source>
            <translation>
                <numerusform>Someone else changed the evaluation answers of %n person in activity %1 since (%2); nothing was written.</numerusform>
                <numerusform>Someone else changed the evaluation answers of %n persons in activity %1 since (%2); nothing was written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::XlsxReader</name>
        <message numerus="yes">
            <source>%1, row %2: cell %3 holds a value but the header has only %n column(s); give the column a header or clear the cell and try again.</source>
            <translation>
                <numerusform>%1, row %2: cell %3 holds a value but the header has only %n column; give the column a header or clear the cell and try again.</numerusform>
                <numerusform>%1, row %2: cell %3 holds a value but the header has only %n columns; give the column a header or clear the cell and try again.</numerusform>
            </translation>
        </message>
    </context>
</TS>
