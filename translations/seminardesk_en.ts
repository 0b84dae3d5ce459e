<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>sd::ActivityDialog</name>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/ActivityDialog.cpp" line="269" />
            <source>A removed session has %n attendance mark(s); keep it, or clear its marks in the attendance dialog first.</source>
            <translation>
                <numerusform>A removed session has %n attendance mark; keep it, or clear its marks in the attendance dialog first.</numerusform>
                <numerusform>A removed session has %n attendance marks; keep it, or clear its marks in the attendance dialog first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/ActivityDialog.cpp" line="343" />
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
            <location filename="../src/gui/dialogs/AttendanceDialog.cpp" line="350" />
            <source>Remove %n participant(s) from activity %1?</source>
            <translation>
                <numerusform>Remove %n participant from activity %1?</numerusform>
                <numerusform>Remove %n participants from activity %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/AttendanceDialog.cpp" line="353" />
            <source>Their %n attendance mark(s) will be removed too.</source>
            <translation>
                <numerusform>Their %n attendance mark will be removed too.</numerusform>
                <numerusform>Their %n attendance marks will be removed too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::BackupDialog</name>
        <message numerus="yes">
            <location filename="../src/gui/BackupDialog.cpp" line="122" />
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/BackupDialog.cpp" line="123" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/BackupDialog.cpp" line="124" />
            <source>%Ln attendance mark(s)</source>
            <translation>
                <numerusform>%Ln attendance mark</numerusform>
                <numerusform>%Ln attendance marks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::Documents</name>
        <message numerus="yes">
            <location filename="../src/core/documents/ActivityListDocument.cpp" line="49" />
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
            <location filename="../src/gui/DrillDownDialog.cpp" line="43" />
            <source>%Ln person(s) took part. A person is listed once, however many of the activities they attended.</source>
            <translation>
                <numerusform>%Ln person took part. A person is listed once, however many of the activities they attended.</numerusform>
                <numerusform>%Ln persons took part. A person is listed once, however many of the activities they attended.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::DuplicatesDialog</name>
        <message numerus="yes">
            <location filename="../src/gui/import/DuplicatesDialog.cpp" line="111" />
            <source>%n probable duplicate(s) of %1. %2</source>
            <translation>
                <numerusform>%n probable duplicate of %1. %2</numerusform>
                <numerusform>%n probable duplicates of %1. %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/DuplicatesDialog.cpp" line="117" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/DuplicatesDialog.cpp" line="124" />
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
            <location filename="../src/gui/dialogs/EnrolParticipantDialog.cpp" line="54" />
            <source>%Ln participant(s) not enrolled yet found.</source>
            <translation>
                <numerusform>%Ln participant not enrolled yet found.</numerusform>
                <numerusform>%Ln participants not enrolled yet found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::FieldMarks</name>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/FieldMarks.cpp" line="83" />
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
            <location filename="../src/document/commands/ImportCommand.cpp" line="23" />
            <source>%n new participant(s)</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/document/commands/ImportCommand.cpp" line="25" />
            <source>%n enrolment(s)</source>
            <translation>
                <numerusform>%n enrolment</numerusform>
                <numerusform>%n enrolments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/document/commands/ImportCommand.cpp" line="26" />
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
            <location filename="../src/gui/import/ImportWizard.cpp" line="327" />
            <source>%n new participant(s)</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="328" />
            <source>%n matched participant(s)</source>
            <translation>
                <numerusform>%n matched participant</numerusform>
                <numerusform>%n matched participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="330" />
            <source>%n new institution(s)</source>
            <translation>
                <numerusform>%n new institution</numerusform>
                <numerusform>%n new institutions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="331" />
            <source>%n new enrolment(s)</source>
            <translation>
                <numerusform>%n new enrolment</numerusform>
                <numerusform>%n new enrolments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="332" />
            <source>%n new attendance mark(s)</source>
            <translation>
                <numerusform>%n new attendance mark</numerusform>
                <numerusform>%n new attendance marks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="333" />
            <source>%n possible duplicate(s)</source>
            <translation>
                <numerusform>%n possible duplicate</numerusform>
                <numerusform>%n possible duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="335" />
            <source>%n row(s) with errors</source>
            <translation>
                <numerusform>%n row with errors</numerusform>
                <numerusform>%n rows with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/import/ImportWizard.cpp" line="337" />
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
            <location filename="../src/core/import/Importer.cpp" line="33" />
            <source>%n new participant(s)</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/import/Importer.cpp" line="34" />
            <source>%n participant(s) filled in</source>
            <translation>
                <numerusform>%n participant filled in</numerusform>
                <numerusform>%n participants filled in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/import/Importer.cpp" line="36" />
            <source>%n enrolment(s)</source>
            <translation>
                <numerusform>%n enrolment</numerusform>
                <numerusform>%n enrolments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/import/Importer.cpp" line="37" />
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
            <location filename="../src/gui/MainWindow.cpp" line="802" />
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln project</numerusform>
                <numerusform>%Ln projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindow.cpp" line="803" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln activity</numerusform>
                <numerusform>%Ln activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindow.cpp" line="805" />
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ProgrammeStore</name>
        <message numerus="yes">
            <location filename="../src/core/storage/ProgrammeStore.cpp" line="262" />
            <source>%n activity(ies) would fall outside the new time frame.</source>
            <translation>
                <numerusform>%n activity would fall outside the new time frame.</numerusform>
                <numerusform>%n activities would fall outside the new time frame.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/storage/ProgrammeStore.cpp" line="766" />
            <source>The session of %1 has %n attendance mark(s); remove the marks first or keep the session.</source>
            <translation>
                <numerusform>The session of %1 has %n attendance mark; remove the marks first or keep the session.</numerusform>
                <numerusform>The session of %1 has %n attendance marks; remove the marks first or keep the session.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ProjectOverviewPage</name>
        <message numerus="yes">
            <location filename="../src/gui/ProjectOverviewPage.cpp" line="500" />
            <source>%Ln participation(s)</source>
            <translation>
                <numerusform>%Ln participation</numerusform>
                <numerusform>%Ln participations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/ProjectOverviewPage.cpp" line="595" />
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
            <location filename="../src/gui/RegisterExport.cpp" line="278" />
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
            <location filename="../src/gui/RegisterPage.cpp" line="204" />
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/RegisterPage.cpp" line="207" />
            <source>%Ln expert(s)</source>
            <translation>
                <numerusform>%Ln expert</numerusform>
                <numerusform>%Ln experts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/RegisterPage.cpp" line="210" />
            <source>%Ln institution(s)</source>
            <translation>
                <numerusform>%Ln institution</numerusform>
                <numerusform>%Ln institutions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/RegisterPage.cpp" line="223" />
            <source>%Ln of %1 match “%2”</source>
            <translation>
                <numerusform>%Ln of %1 matches “%2”</numerusform>
                <numerusform>%Ln of %1 match “%2”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::XlsxReader</name>
        <message numerus="yes">
            <location filename="../src/core/io/XlsxReader.cpp" line="462" />
            <source>%1, row %2: cell %3 holds a value but the header has only %n column(s); give the column a header or clear the cell and try again.</source>
            <translation>
                <numerusform>%1, row %2: cell %3 holds a value but the header has only %n column; give the column a header or clear the cell and try again.</numerusform>
                <numerusform>%1, row %2: cell %3 holds a value but the header has only %n columns; give the column a header or clear the cell and try again.</numerusform>
            </translation>
        </message>
    </context>
</TS>
