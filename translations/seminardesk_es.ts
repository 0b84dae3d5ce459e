<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>e.g. 2.3</source>
        <translation>p. ej., 2.3</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>C&amp;omponents:</source>
        <translation>Co&amp;mponentes:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>One session per day or half-day; attendance is recorded per session. New activities get one full-day session per day of their dates.</source>
        <translation>Una sesión por día o por medio día; la asistencia se registra por sesión. Las actividades nuevas reciben una sesión de día completo por cada día de sus fechas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Agregar sesión</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Quitar sesión</translation>
    </message>
    <message>
        <source>Re&amp;generate from dates</source>
        <translation>&amp;Regenerar a partir de las fechas</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Experts delivering this activity, with their role.</source>
        <translation>Personas expertas que imparten esta actividad, con su función.</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Persona experta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>A&amp;dd expert</source>
        <translation>Agregar &amp;experto</translation>
    </message>
    <message>
        <source>Re&amp;move expert</source>
        <translation>Quitar e&amp;xperto</translation>
    </message>
    <message>
        <source>Description and outputs</source>
        <translation>Descripción y productos</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Outputs:</source>
        <translation>&amp;Productos:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>&amp;Knowledge test, taken before and after the activity</source>
        <translation>&amp;Prueba de conocimientos, antes y después de la actividad</translation>
    </message>
    <message>
        <source>&amp;Maximum score:</source>
        <translation>Puntaje &amp;máximo:</translation>
    </message>
    <message>
        <source>Mastery &amp;threshold:</source>
        <translation>&amp;Umbral de dominio:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Satisfaction questionnaire (five items, 1 to 5, and a comment)</source>
        <translation>Cuestionario de &amp;satisfacción (cinco preguntas, de 1 a 5, y un comentario)</translation>
    </message>
    <message>
        <source>&amp;Follow-up 3 to 6 months later: applied what was learnt</source>
        <translation>Se&amp;guimiento de 3 a 6 meses después: aplicó lo aprendido</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The Spanish form, for documents in Spanish; the English one stands in when it is empty</source>
        <translation>La forma en español, para los documentos en español; cuando está vacía, se usa la inglesa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The English form, for documents in English; the Spanish one stands in when it is empty</source>
        <translation>La forma en inglés, para los documentos en inglés; cuando está vacía, se usa la española</translation>
    </message>
    <message>
        <source>City (Spanish)</source>
        <translation>Ciudad (español)</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>Ciudad (inglés)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Name or institution</source>
        <translation>Nombre o institución</translation>
    </message>
    <message>
        <source>+ &amp;Enrol participant…</source>
        <translation>+ &amp;Inscribir participante…</translation>
    </message>
    <message>
        <source>+ &amp;Walk-in…</source>
        <translation>+ &amp;Registro en sitio…</translation>
    </message>
    <message>
        <source>&amp;Mark session present</source>
        <translation>&amp;Marcar presentes en la sesión</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <source>Seminar Desk keeps a backup of this file each day it is opened: one a day for the last 7 days and one a week for the last 4 weeks. Restoring replaces the file&apos;s contents with the backup&apos;s; the current contents are kept as a backup first, so a restore can be undone from this list.</source>
        <translation>Seminar Desk guarda un respaldo de este archivo cada día que se abre: uno por día durante los últimos 7 días y uno por semana durante las últimas 4 semanas. Al restaurar, el contenido del archivo se reemplaza con el del respaldo; antes, el contenido actual se guarda como respaldo, así que una restauración se puede deshacer desde esta lista.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Marcas de asistencia</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar este respaldo…</translation>
    </message>
</context>
<context>
    <name>ComponentDialog</name>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The Spanish form, for documents in Spanish; the English one stands in when it is empty</source>
        <translation>La forma en español, para los documentos en español; cuando está vacía, se usa la inglesa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The English form, for documents in English; the Spanish one stands in when it is empty</source>
        <translation>La forma en inglés, para los documentos en inglés; cuando está vacía, se usa la española</translation>
    </message>
</context>
<context>
    <name>EnrolParticipantDialog</name>
    <message>
        <source>Enrol participants</source>
        <translation>Inscribir participantes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name or institution</source>
        <translation>Nombre o institución</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>Expert</source>
        <translation>Persona experta</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>e.g. Spain</source>
        <translation>p. ej., España</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>E&amp;xpertise:</source>
        <translation>E&amp;specialidad:</translation>
    </message>
</context>
<context>
    <name>FileCheckDialog</name>
    <message>
        <source>Check this file</source>
        <translation>Revisar este archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallazgo</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Siglas:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Forma parte de:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The Spanish form, for documents in Spanish; the English one stands in when it is empty</source>
        <translation>La forma en español, para los documentos en español; cuando está vacía, se usa la inglesa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The English form, for documents in English; the Spanish one stands in when it is empty</source>
        <translation>La forma en inglés, para los documentos en inglés; cuando está vacía, se usa la española</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <source>&amp;Components:</source>
        <translation>&amp;Componentes:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The Spanish form, for documents in Spanish; the English one stands in when it is empty</source>
        <translation>La forma en español, para los documentos en español; cuando está vacía, se usa la inglesa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The English form, for documents in English; the Spanish one stands in when it is empty</source>
        <translation>La forma en inglés, para los documentos en inglés; cuando está vacía, se usa la española</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>e.g. Chiapas</source>
        <translation>p. ej., Chiapas</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>name@domain.org</source>
        <translation>nombre@dominio.org</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>C&amp;onsentimiento:</translation>
    </message>
    <message>
        <source>Consented to data processing on</source>
        <translation>Consintió el tratamiento de datos el</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>e.g. MX-II</source>
        <translation>p. ej., MX-II</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary country:</source>
        <translation>País &amp;beneficiario:</translation>
    </message>
    <message>
        <source>e.g. Mexico</source>
        <translation>p. ej., México</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>&amp;Solicitado por:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Results &amp;narrative:</source>
        <translation>&amp;Narrativa de resultados:</translation>
    </message>
    <message>
        <source>&amp;Quotation:</source>
        <translation>Cit&amp;a:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The Spanish form, for documents in Spanish; the English one stands in when it is empty</source>
        <translation>La forma en español, para los documentos en español; cuando está vacía, se usa la inglesa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>The English form, for documents in English; the Spanish one stands in when it is empty</source>
        <translation>La forma en inglés, para los documentos en inglés; cuando está vacía, se usa la española</translation>
    </message>
</context>
<context>
    <name>sd::ActivityDialog</name>
    <message>
        <source>Component %1: %2</source>
        <translation>Componente %1: %2</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>Activity %1 exists already in this project; choose another code.</source>
        <translation>La actividad %1 ya existe en este proyecto; elija otro código.</translation>
    </message>
    <message>
        <source>An activity needs one session at least.</source>
        <translation>Una actividad necesita al menos una sesión.</translation>
    </message>
    <message numerus="yes">
        <source>A removed session has %n attendance mark(s); keep it, or clear its marks in the attendance dialog first.</source>
        <translation>
            <numerusform>Una sesión quitada tiene %n marca de asistencia; consérvela o borre primero su marca en el diálogo de asistencia.</numerusform>
            <numerusform>Una sesión quitada tiene %n marcas de asistencia; consérvela o borre primero sus marcas en el diálogo de asistencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>An expert is listed twice; remove one of the rows.</source>
        <translation>Una persona experta aparece dos veces; quite una de las filas.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s) recorded; this session cannot be removed.</source>
        <translation>
            <numerusform>Hay %n marca de asistencia registrada; esta sesión no se puede quitar.</numerusform>
            <numerusform>Hay %n marcas de asistencia registradas; esta sesión no se puede quitar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>sd::ActivityPage</name>
    <message>
        <source>&amp;Attendance…</source>
        <translation>A&amp;sistencia…</translation>
    </message>
    <message>
        <source>Record who was present at each session (Ctrl+T)</source>
        <translation>Registrar quién estuvo presente en cada sesión (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation>&amp;Editar actividad…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Participant list, sign-in sheets and certificates of this activity</source>
        <translation>Lista de participantes, listas de asistencia y constancias de esta actividad</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <source>took part</source>
        <translation>participaron</translation>
    </message>
    <message>
        <source>participant-days</source>
        <translation>días-participante</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>personas expertas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Parte del día</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Persona experta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Esta actividad ya no existe.</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Componente %1</translation>
    </message>
    <message>
        <source>Dates and venue are illustrative: the programme&apos;s source does not give them.</source>
        <translation>Las fechas y el lugar son ilustrativos: la fuente del programa no los indica.</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Productos:</translation>
    </message>
    <message>
        <source>(unknown expert)</source>
        <translation>(persona experta desconocida)</translation>
    </message>
    <message>
        <source>E&amp;valuation…</source>
        <translation>E&amp;valuación…</translation>
    </message>
    <message>
        <source>Enter the test scores, satisfaction answers and follow-up of each participant</source>
        <translation>Capturar los puntajes de la prueba, las respuestas de satisfacción y el seguimiento de cada participante</translation>
    </message>
</context>
<context>
    <name>sd::AttendanceDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attendance — %1 %2</source>
        <translation>Asistencia — %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Delete&lt;/b&gt; not marked · &lt;b&gt;Space&lt;/b&gt; or click cycles</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;R&lt;/b&gt; retardo · &lt;b&gt;J&lt;/b&gt; justificado · &lt;b&gt;F&lt;/b&gt; falta · &lt;b&gt;Supr&lt;/b&gt; sin marcar · &lt;b&gt;Espacio&lt;/b&gt; o clic para alternar</translation>
    </message>
    <message>
        <source>Remove from this activity…</source>
        <translation>Quitar de esta actividad…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Save 1 change</source>
        <translation>&amp;Guardar 1 cambio</translation>
    </message>
    <message>
        <source>&amp;Save %1 changes</source>
        <translation>&amp;Guardar %1 cambios</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from activity %1?</source>
        <translation>
            <numerusform>¿Quitar a %n participante de la actividad %1?</numerusform>
            <numerusform>¿Quitar a %n participantes de la actividad %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n attendance mark(s) will be removed too.</source>
        <translation>
            <numerusform>También se quitará su %n marca de asistencia.</numerusform>
            <numerusform>También se quitarán sus %n marcas de asistencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>Remove from activity</source>
        <translation>Quitar de la actividad</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>La asistencia no se guardó</translation>
    </message>
    <message>
        <source>Activity %1 changed</source>
        <translation>La actividad %1 cambió</translation>
    </message>
    <message>
        <source>One of your unsaved marks was for a participant or session that is no longer in activity %1, so it is not on the reloaded sheet.</source>
        <translation>Una de sus marcas sin guardar era para un participante o una sesión que ya no está en la actividad %1, así que no aparece en la hoja que se volvió a cargar.</translation>
    </message>
    <message>
        <source>%1 of your unsaved marks were for participants or sessions that are no longer in activity %2, so they are not on the reloaded sheet.</source>
        <translation>%1 de sus marcas sin guardar eran para participantes o sesiones que ya no están en la actividad %2, así que no aparecen en la hoja que se volvió a cargar.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: %n change(s) on this sheet, walk-ins included. Save before closing?</source>
        <translation>
            <numerusform>Aún sin guardar: %n cambio en esta hoja, registros en sitio incluidos. ¿Guardar antes de cerrar?</numerusform>
            <numerusform>Aún sin guardar: %n cambios en esta hoja, registros en sitio incluidos. ¿Guardar antes de cerrar?</numerusform>
        </translation>
    </message>
    <message>
        <source>One attendance mark is not saved. Save it before closing?</source>
        <translation>Una marca de asistencia no está guardada. ¿Guardarla antes de cerrar?</translation>
    </message>
    <message>
        <source>%1 attendance marks are not saved. Save them before closing?</source>
        <translation>Hay %1 marcas de asistencia sin guardar. ¿Guardarlas antes de cerrar?</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Asistencia sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>The sheet now shows their marks. Highlighted: %n cell(s) you both changed, with both marks in the tooltip; review them and save again to keep yours.</source>
        <translation>
            <numerusform>La hoja muestra ahora las marcas de la otra persona. Resaltada: %n celda que ambos cambiaron, con las dos marcas en su información emergente; revísela y vuelva a guardar para conservar la suya.</numerusform>
            <numerusform>La hoja muestra ahora las marcas de la otra persona. Resaltadas: %n celdas que ambos cambiaron, con las dos marcas en su información emergente; revíselas y vuelva a guardar para conservar las suyas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet now shows what the file holds, with your unsaved changes on it. Review them and save again.</source>
        <translation>La hoja muestra ahora lo que contiene el archivo, con sus cambios sin guardar. Revíselos y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>sd::AttendanceModel</name>
    <message>
        <source>P</source>
        <comment>attendance: present</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>attendance: late</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>E</source>
        <comment>attendance: excused</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>A</source>
        <comment>attendance: absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (walk-in, not saved yet)</source>
        <translation>%1 (registro en sitio, aún sin guardar)</translation>
    </message>
    <message>
        <source>Present or late at %1% of the sessions</source>
        <translation>Presente o con retardo en el %1% de las sesiones</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (aún sin guardar)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Attendance rate: sessions present or late / sessions of the activity</source>
        <translation>Tasa de asistencia: sesiones presente o con retardo / sesiones de la actividad</translation>
    </message>
    <message>
        <source>%1 am</source>
        <translation>%1 a. m.</translation>
    </message>
    <message>
        <source>%1 pm</source>
        <translation>%1 p. m.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>Changed by someone else too. Theirs: %1 · yours: %2 · when you opened: %3. Saving writes yours.</source>
        <translation>Otra persona también la cambió. De la otra persona: %1 · suya: %2 · al abrir la hoja: %3. Al guardar se escribe la suya.</translation>
    </message>
</context>
<context>
    <name>sd::AttendanceTotalsModel</name>
    <message>
        <source>Present or late</source>
        <translation>Presente o con retardo</translation>
    </message>
    <message>
        <source>Counts include the marks not saved yet</source>
        <translation>Los conteos incluyen las marcas aún sin guardar</translation>
    </message>
    <message>
        <source>%1 of %2 took part</source>
        <translation>%1 de %2 participaron</translation>
    </message>
    <message>
        <source>Participants present or late at one session or more</source>
        <translation>Participantes presentes o con retardo en una sesión o más</translation>
    </message>
    <message>
        <source>Average attendance rate</source>
        <translation>Tasa de asistencia promedio</translation>
    </message>
    <message>
        <source>%1 of %2 present or late</source>
        <translation>%1 de %2 presentes o con retardo</translation>
    </message>
</context>
<context>
    <name>sd::BackupDialog</name>
    <message>
        <source>Restore %1 from a backup</source>
        <translation>Restaurar %1 desde un respaldo</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>justo antes de una restauración</translation>
    </message>
    <message>
        <source>when the file was opened</source>
        <translation>al abrirse el archivo</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>There is no backup of this file yet. One is made each day the file is opened.</source>
        <translation>Todavía no hay ningún respaldo de este archivo. Se hace uno cada día que se abre el archivo.</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup taken %2 (%3, %4, %5)? The current contents are kept as a backup first, so you can come back to them from this list. The undo history is cleared.</source>
        <translation>¿Reemplazar todo el contenido de %1 con el respaldo realizado el %2 (%3, %4, %5)? Antes, el contenido actual se guarda como respaldo, así que podrá volver a él desde esta lista. El historial para deshacer se borra.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance mark(s)</source>
        <translation>
            <numerusform>%Ln marca de asistencia</numerusform>
            <numerusform>%Ln marcas de asistencia</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró el respaldo</translation>
    </message>
    <message>
        <source>%1 now holds the backup taken %2. The contents it had just before are the newest backup in the list.</source>
        <translation>%1 contiene ahora el respaldo realizado el %2. El contenido que tenía justo antes es el respaldo más reciente de la lista.</translation>
    </message>
</context>
<context>
    <name>sd::BackupStore</name>
    <message>
        <source>The backup folder %1 cannot be created. Check that your data folder is writable.</source>
        <translation>No se puede crear la carpeta de respaldos %1. Verifique que se pueda escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. It may have been moved or removed.</source>
        <translation>No se puede leer el respaldo %1. Es posible que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or is not a programme file; it cannot be restored.</source>
        <translation>El respaldo %1 está dañado o no es un archivo de programa; no se puede restaurar.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. It may have been moved or removed; %2 was not changed.</source>
        <translation>No se puede leer el respaldo %1. Es posible que se haya movido o eliminado; %2 no se modificó.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or is not a programme file; %2 was not changed. Choose another backup.</source>
        <translation>El respaldo %1 está dañado o no es un archivo de programa; %2 no se modificó. Elija otro respaldo.</translation>
    </message>
    <message>
        <source>The backup %1 is in file format %2 and this version writes format %3, so it cannot replace %4, which was not changed. Choose a more recent backup.</source>
        <translation>El respaldo %1 tiene el formato de archivo %2 y esta versión escribe el formato %3, así que no puede reemplazar a %4, que no se modificó. Elija un respaldo más reciente.</translation>
    </message>
    <message>
        <source>%1 is not open through SQLite, so it cannot be restored.</source>
        <translation>%1 no está abierto mediante SQLite, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>%1 is in use by another change, so the backup was not restored; it was not changed. Finish the other change and try again.</source>
        <translation>%1 está en uso por otro cambio, así que no se restauró el respaldo; el archivo no se modificó. Termine el otro cambio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is locked by another program, so the backup was not restored; the file was not changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>%1 está bloqueado por otro programa, así que no se restauró el respaldo; el archivo no se modificó. Cierre el otro programa (o espere a que termine) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup could not be written into %1 (SQLite code %2); the file was left as it was. Check that its folder is writable and has free space.</source>
        <translation>No se pudo escribir el respaldo en %1 (código de SQLite %2); el archivo quedó como estaba. Verifique que se pueda escribir en su carpeta y que haya espacio libre.</translation>
    </message>
</context>
<context>
    <name>sd::CertificateDesignStore</name>
    <message>
        <source>reading the project&apos;s certificate design</source>
        <translation>al leer el diseño de las constancias del proyecto</translation>
    </message>
    <message>
        <source>saving the project&apos;s certificate design</source>
        <translation>al guardar el diseño de las constancias del proyecto</translation>
    </message>
    <message>
        <source>The certificate design was not saved: the project was deleted meanwhile. Reopen the programme.</source>
        <translation>No se guardó el diseño de las constancias: entretanto se eliminó el proyecto. Vuelva a abrir el programa.</translation>
    </message>
    <message>
        <source>The certificate design was not saved. %1</source>
        <translation>No se guardó el diseño de las constancias. %1</translation>
    </message>
    <message>
        <source>The certificate design was changed by someone else since you opened it; nothing was saved. Open the design again and make your change there.</source>
        <translation>Otra persona cambió el diseño de las constancias desde que lo abrió; no se guardó nada. Abra de nuevo el diseño y haga allí su cambio.</translation>
    </message>
</context>
<context>
    <name>sd::CertificateRegistry</name>
    <message>
        <source>The programme&apos;s secret for certificate codes could not be written; nothing was changed. Check that the programme can be written and try again.</source>
        <translation>No se pudo escribir el secreto del programa para los códigos de las constancias; no se cambió nada. Compruebe que el programa se puede escribir e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>reading the programme&apos;s secret for certificate codes</source>
        <translation>al leer el secreto del programa para los códigos de las constancias</translation>
    </message>
    <message>
        <source>%1 has no secret for certificate codes, so no certificate can be numbered or verified; run &apos;seminardesk-cli check&apos; on it.</source>
        <translation>%1 no tiene secreto para los códigos de las constancias, así que no se puede numerar ni verificar ninguna constancia; ejecute &apos;seminardesk-cli check&apos; sobre él.</translation>
    </message>
    <message>
        <source>numbering the certificates</source>
        <translation>al numerar las constancias</translation>
    </message>
    <message>
        <source>The certificates were not numbered: activity %1 was deleted meanwhile. Reopen the programme and print again.</source>
        <translation>No se numeraron las constancias: entretanto se eliminó la actividad %1. Vuelva a abrir el programa e imprima de nuevo.</translation>
    </message>
    <message>
        <source>The certificates were not numbered: a person was deleted meanwhile. Reopen the programme and print again.</source>
        <translation>No se numeraron las constancias: entretanto se eliminó a una persona. Vuelva a abrir el programa e imprima de nuevo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate number; a number reads like MX-II/2.1/0007, as printed on the certificate.</source>
        <translation>&apos;%1&apos; no es un número de constancia; un número tiene la forma MX-II/2.1/0007, como aparece impreso en la constancia.</translation>
    </message>
    <message>
        <source>looking for the certificate</source>
        <translation>al buscar la constancia</translation>
    </message>
    <message>
        <source>No certificate numbered %1 was issued from %2: the certificate is not genuine, or it comes from another programme.</source>
        <translation>No se expidió ninguna constancia con el número %1 desde %2: la constancia no es auténtica o procede de otro programa.</translation>
    </message>
    <message>
        <source>The verification code %1 does not belong to certificate %2 of %3: the certificate is not genuine, or the code was mistyped.</source>
        <translation>El código de verificación %1 no corresponde a la constancia %2 de %3: la constancia no es auténtica o el código se escribió mal.</translation>
    </message>
</context>
<context>
    <name>sd::ChangeHistory</name>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>componente %1</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>actividad %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participante %1</translation>
    </message>
    <message>
        <source>expert %1</source>
        <translation>persona experta %1</translation>
    </message>
    <message>
        <source>institution %1</source>
        <translation>institución %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>beneficiary country</source>
        <translation>país beneficiario</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de término</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>results narrative</source>
        <translation>narrativa de resultados</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>requesting institutions</source>
        <translation>instituciones solicitantes</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>enunciado</translation>
    </message>
    <message>
        <source>components</source>
        <translation>componentes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>siglas</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>parte de</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>ilustrativo</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>family names</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>position</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>fecha de consentimiento</translation>
    </message>
    <message>
        <source>expertise</source>
        <translation>especialidad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>venue city</source>
        <translation>ciudad de la sede</translation>
    </message>
    <message>
        <source>venue country</source>
        <translation>país de la sede</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>leer el registro de cambios</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>se agregó %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>se eliminó %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>se modificó %1</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: cambios en %2</translation>
    </message>
    <message numerus="yes">
        <source>evaluation of %1: answers of %n person(s) changed</source>
        <translation>
            <numerusform>evaluación de %1: cambiaron las respuestas de %n persona</numerusform>
            <numerusform>evaluación de %1: cambiaron las respuestas de %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>title in Spanish</source>
        <translation>título en español</translation>
    </message>
    <message>
        <source>summary in Spanish</source>
        <translation>resumen en español</translation>
    </message>
    <message>
        <source>results narrative in Spanish</source>
        <translation>narrativa de resultados en español</translation>
    </message>
    <message>
        <source>statement in Spanish</source>
        <translation>enunciado en español</translation>
    </message>
    <message>
        <source>name in Spanish</source>
        <translation>nombre en español</translation>
    </message>
    <message>
        <source>acronym in Spanish</source>
        <translation>siglas en español</translation>
    </message>
    <message>
        <source>venue city in Spanish</source>
        <translation>ciudad de la sede en español</translation>
    </message>
    <message>
        <source>description in Spanish</source>
        <translation>descripción en español</translation>
    </message>
    <message>
        <source>consent purpose</source>
        <translation>propósito del consentimiento</translation>
    </message>
    <message>
        <source>consent source</source>
        <translation>origen del consentimiento</translation>
    </message>
    <message>
        <source>legal hold reason</source>
        <translation>motivo de la retención legal</translation>
    </message>
    <message>
        <source>legal hold end</source>
        <translation>fin de la retención legal</translation>
    </message>
    <message>
        <source>contact details retention</source>
        <translation>conservación de los datos de contacto</translation>
    </message>
    <message>
        <source>names retention</source>
        <translation>conservación de los nombres</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation>%1 borrado</translation>
    </message>
    <message>
        <source>%1 erased completely</source>
        <translation>%1 borrado por completo</translation>
    </message>
    <message>
        <source>outputs in Spanish</source>
        <translation>productos en español</translation>
    </message>
</context>
<context>
    <name>sd::ColumnMapping</name>
    <message>
        <source>--map &apos;%1&apos; is not COLUMN=FIELD; write for example --map &quot;Correo=email&quot;.</source>
        <translation>--map &apos;%1&apos; no tiene la forma COLUMNA=CAMPO; escriba por ejemplo --map &quot;Correo=email&quot;.</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; names the field &apos;%2&apos;, which does not exist; the fields are %3 and ignore.</source>
        <translation>--map &apos;%1&apos; nombra el campo &apos;%2&apos;, que no existe; los campos son %3 e ignore.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; for --map; its columns are %3.</source>
        <translation>%1 no tiene una columna &quot;%2&quot; para --map; sus columnas son %3.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; names the field %2, which a list of this kind does not take; the fields are %3.</source>
        <translation>--map &quot;%1&quot; nombra el campo %2, que una lista de este tipo no admite; los campos son %3.</translation>
    </message>
    <message>
        <source>%1 has two columns for %2, &quot;%3&quot; and &quot;%4&quot;; choose one with --map &quot;%4=ignore&quot; (or map it to another field).</source>
        <translation>%1 tiene dos columnas para %2, &quot;%3&quot; y &quot;%4&quot;; elija una con --map &quot;%4=ignore&quot; (o asígnela a otro campo).</translation>
    </message>
    <message>
        <source>%1 has a column for the family names and one for a first or second family name; leave one out with --map &quot;COLUMN=ignore&quot;.</source>
        <translation>%1 tiene una columna para los apellidos y otra para el primer o el segundo apellido; omita una con --map &quot;COLUMNA=ignore&quot;.</translation>
    </message>
    <message>
        <source>%1 has a column for the second family name but none for the first; name it with --map &quot;COLUMN=first_family_name&quot;.</source>
        <translation>%1 tiene una columna para el segundo apellido pero ninguna para el primero; indíquela con --map &quot;COLUMNA=first_family_name&quot;.</translation>
    </message>
    <message>
        <source>%1 has no column recognised as %2 (its columns are %3); name it with --map &quot;COLUMN=%2&quot;.</source>
        <translation>%1 no tiene ninguna columna reconocida como %2 (sus columnas son %3); indíquela con --map &quot;COLUMNA=%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no column that tells who signed: neither an email column nor given and family names (its columns are %2); name them with --map &quot;COLUMN=email&quot;.</source>
        <translation>%1 no tiene ninguna columna que indique quién firmó: ni una columna de correo electrónico ni nombre(s) y apellidos (sus columnas son %2); indíquelas con --map &quot;COLUMNA=email&quot;.</translation>
    </message>
    <message>
        <source>; not used: %1</source>
        <translation>; sin usar: %1</translation>
    </message>
</context>
<context>
    <name>sd::ComponentDialog</name>
    <message>
        <source>New component</source>
        <translation>Nuevo componente</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Componente %1</translation>
    </message>
    <message>
        <source>Component %1 exists already in this project; choose another number.</source>
        <translation>El componente %1 ya existe en este proyecto; elija otro número.</translation>
    </message>
</context>
<context>
    <name>sd::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing it, and some of the same fields. The fields only one of you changed are taken as they are; the marked fields were changed by both of you. Nothing has been saved yet.</source>
        <translation>Otra persona modificó %1 mientras usted lo editaba, y en algunos de los mismos campos. Los campos que solo uno de ustedes cambió se toman tal como están; los campos marcados los cambiaron ambos. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Cuando empezó</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <source>Now in the file (theirs)</source>
        <translation>Ahora en el archivo (de la otra persona)</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (cambiado por ambos)</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Conservar lo de la otra persona</translation>
    </message>
    <message>
        <source>&amp;Apply mine to the fields I changed</source>
        <translation>&amp;Aplicar lo mío a los campos que cambié</translation>
    </message>
</context>
<context>
    <name>sd::ConflictResolution</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Beneficiary country</source>
        <translation>País beneficiario</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Results narrative</source>
        <translation>Narrativa de resultados</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Requesting institutions</source>
        <translation>Instituciones solicitantes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Ilustrativo</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>el proyecto %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>el objetivo %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>el componente %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; you had changed nothing, so nothing was saved.</source>
        <translation>Otra persona modificó este registro mientras tanto; usted no había cambiado nada, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; your changes were saved together with theirs.</source>
        <translation>Otra persona modificó este registro mientras tanto; sus cambios se guardaron junto con los de ella.</translation>
    </message>
    <message>
        <source>Kept the other person&apos;s changes; yours were not saved.</source>
        <translation>Se conservaron los cambios de la otra persona; los suyos no se guardaron.</translation>
    </message>
    <message>
        <source>Your changes were saved over the other person&apos;s in the fields you changed.</source>
        <translation>Sus cambios se guardaron sobre los de la otra persona en los campos que usted cambió.</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>Summary in Spanish</source>
        <translation>Resumen en español</translation>
    </message>
    <message>
        <source>Results narrative in Spanish</source>
        <translation>Narrativa de resultados en español</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>Enunciado en español</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Acronym in Spanish</source>
        <translation>Siglas en español</translation>
    </message>
</context>
<context>
    <name>sd::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>A programme on your organisation&apos;s PostgreSQL server is shared by the whole team. Your IT officer gives you the address, the database and your user name.</source>
        <translation>Un programa en el servidor PostgreSQL de su organización lo comparte todo el equipo. La persona responsable de informática le da la dirección, la base de datos y su nombre de usuario.</translation>
    </message>
    <message>
        <source>db.example.org; empty for this computer</source>
        <translation>db.example.org; vacío para esta computadora</translation>
    </message>
    <message>
        <source>mexico-ii</source>
        <translation>mexico-ii</translation>
    </message>
    <message>
        <source>Your login name when empty</source>
        <translation>Su nombre de inicio de sesión si queda vacío</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Cifrar cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Cifrar siempre</translation>
    </message>
    <message>
        <source>Always encrypt and verify the server&apos;s certificate</source>
        <translation>Cifrar siempre y verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>No cifrar nunca</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or the keychain</source>
        <translation>Vacía: de ~/.pgpass o del llavero</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>Re&amp;cientes:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>You will open %1.</source>
        <translation>Abrirá %1.</translation>
    </message>
    <message>
        <source>Name the database to connect to.</source>
        <translation>Indique la base de datos a la que se conectará.</translation>
    </message>
</context>
<context>
    <name>sd::ConnectionBanner</name>
    <message>
        <source>Re&amp;connect now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Cerrar aviso</translation>
    </message>
    <message>
        <source>Try to connect to the server again now instead of waiting</source>
        <translation>Intentar conectarse al servidor ahora, sin esperar</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to %1 was lost.&lt;/b&gt; Your changes are not being saved; reconnecting…</source>
        <translation>&lt;b&gt;Se perdió la conexión con %1.&lt;/b&gt; Sus cambios no se están guardando; reconectando…</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Siguiente intento en %n segundo.</numerusform>
            <numerusform>Siguiente intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected to %1 again.&lt;/b&gt; The last change may or may not have reached the server before the connection was lost: the window now shows what the server holds, so check it before making the change again. The undo history was cleared.</source>
        <translation>&lt;b&gt;Conectado de nuevo a %1.&lt;/b&gt; Puede que el último cambio haya llegado al servidor antes de perderse la conexión, o puede que no: la ventana muestra ahora lo que tiene el servidor; revíselo antes de volver a hacer el cambio. El historial de deshacer se vació.</translation>
    </message>
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>%1, line %2: the list is too large to import: %3. Split it into smaller files and try again.</source>
        <translation>%1, línea %2: la lista es demasiado grande para importarla: %3. Divídala en archivos más pequeños y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell opens here and is never closed; add the closing quote (&quot;) or remove the opening one and try again.</source>
        <translation>%1, línea %2: aquí se abre una celda entre comillas que nunca se cierra; agregue las comillas de cierre (&quot;) o quite las de apertura e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a text CSV file (it contains binary data at byte %2). Save the list as CSV or XLSX and try again.</source>
        <translation>%1 no es un archivo CSV de texto (contiene datos binarios en el byte %2). Guarde la lista como CSV o XLSX e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1, line %2: the line has more than %3 cells, so the file is not a list; check that you chose the right file.</source>
        <translation>%1, línea %2: la línea tiene más de %3 celdas, así que el archivo no es una lista; verifique que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 cells but the header has %4; put quotes around cells that contain the separator (%5) or give the column a header and try again.</source>
        <translation>%1, línea %2: la fila tiene %3 celdas pero el encabezado tiene %4; ponga entre comillas las celdas que contienen el separador (%5) o dele un encabezado a la columna e intente de nuevo.</translation>
    </message>
    <message>
        <source>it has more than %1 rows</source>
        <translation>tiene más de %1 filas</translation>
    </message>
    <message>
        <source>it passes %1 cells (rows times the %2 columns of the header)</source>
        <translation>supera las %1 celdas (filas por las %2 columnas del encabezado)</translation>
    </message>
    <message>
        <source>its cells pass %1 characters in all</source>
        <translation>sus celdas superan los %1 caracteres en total</translation>
    </message>
    <message>
        <source>%1 holds no rows, not even a header; check that you chose the right file.</source>
        <translation>%1 no contiene filas, ni siquiera un encabezado; verifique que eligió el archivo correcto.</translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>%1 is not a Seminar Desk programme file (it is not an SQLite database). Open a .sdesk file written by Seminar Desk.</source>
        <translation>%1 no es un archivo de programa de Seminar Desk (no es una base de datos SQLite). Abra un archivo .sdesk creado con Seminar Desk.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite found it inconsistent while %2. Nothing was changed. Restore it from a backup (File &gt; Restore from a backup… in the window, or a copy you keep), then try again.</source>
        <translation>%1 está dañado: SQLite lo encontró incoherente al %2. No se cambió nada. Restáurelo desde un respaldo (Archivo &gt; Restaurar desde un respaldo… en la ventana, o una copia que usted guarde) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2. Nothing was changed. Copy it to a folder you can write to (or ask for write permission) and try again; commands that only read it still work.</source>
        <translation>%1 no se puede modificar: %2. No se cambió nada. Cópielo a una carpeta en la que pueda escribir (o pida permiso de escritura) y vuelva a intentarlo; los comandos que solo lo leen siguen funcionando.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it (while %2). Nothing was changed. Wait a moment and try again.</source>
        <translation>%1 está ocupado: otro programa está escribiendo en él (al %2). No se cambió nada. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the file, its folder or its disk is read-only (while %1)</source>
        <translation>el archivo, su carpeta o su disco son de solo lectura (al %1)</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2). Nothing was changed. Free some space on it and try again.</source>
        <translation>El disco que contiene %1 está lleno (al %2). No se cambió nada. Libere espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk reported an error (while %2). Nothing was changed. Check the disk, or copy the file to another one, and try again.</source>
        <translation>%1 no se pudo leer ni escribir: el disco informó un error (al %2). No se cambió nada. Revise el disco, o copie el archivo a otro, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (while %2): the file or its folder cannot be reached, or you may not use it. Nothing was changed. Check the path and its permissions and try again.</source>
        <translation>%1 no se puede abrir (al %2): no se llega al archivo o a su carpeta, o usted no puede usarlos. No se cambió nada. Revise la ruta y sus permisos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You may not use %1 (while %2): permission denied. Nothing was changed. Ask for access to the file, or copy it to a folder of yours.</source>
        <translation>Usted no puede usar %1 (al %2): permiso denegado. No se cambió nada. Pida acceso al archivo o cópielo a una carpeta suya.</translation>
    </message>
    <message>
        <source>There was not enough memory while %2 in %1. Nothing was changed. Close other programs and try again.</source>
        <translation>No hubo memoria suficiente al %2 en %1. No se cambió nada. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the database could not finish %2 (SQLite code %3). Nothing was changed. Try again; if it happens again, copy the file and report the code.</source>
        <translation>%1: la base de datos no pudo terminar de %2 (código de SQLite %3). No se cambió nada. Vuelva a intentarlo; si vuelve a ocurrir, copie el archivo e informe el código.</translation>
    </message>
    <message>
        <source>writing its schema</source>
        <translation>escribir su esquema</translation>
    </message>
    <message>
        <source>%1 The file was left as it was.</source>
        <translation>%1 El archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 already exists; Seminar Desk does not overwrite a file. Choose another name or remove the file first.</source>
        <translation>%1 ya existe; Seminar Desk no sobrescribe archivos. Elija otro nombre o elimine primero el archivo.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Create it first or choose another path.</source>
        <translation>La carpeta de %1 no existe. Créela primero o elija otra ruta.</translation>
    </message>
    <message>
        <source>%1 would be on a network share (%2). SQLite&apos;s write-ahead log, which keeps a programme file safe, does not work over a network file system. Nothing was written. Create the file on this computer&apos;s own disk; a team shares a programme through a database server instead.</source>
        <translation>%1 quedaría en una carpeta de red (%2). El registro de escritura anticipada de SQLite, que protege un archivo de programa, no funciona en un sistema de archivos de red. No se escribió nada. Cree el archivo en el disco propio de esta computadora; un equipo comparte un programa mediante un servidor de bases de datos.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder is read-only. Nothing was written. Choose a folder you can write to.</source>
        <translation>%1 no se puede crear: su carpeta es de solo lectura. No se escribió nada. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was written. Free some space on it and try again.</source>
        <translation>El disco que contendría %1 está lleno. No se escribió nada. Libere espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder is read-only or not yours. Nothing was written. Choose a folder you can write to.</source>
        <translation>%1 no se puede crear: su carpeta es de solo lectura o no es suya. No se escribió nada. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>creating it</source>
        <translation>crearlo</translation>
    </message>
    <message>
        <source>writing the file&apos;s identity</source>
        <translation>escribir la identidad del archivo</translation>
    </message>
    <message>
        <source>writing the new file&apos;s header</source>
        <translation>escribir el encabezado del archivo nuevo</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path, or create a programme file with &apos;seminardesk-cli demo %1&apos;.</source>
        <translation>%1 no existe. Revise la ruta o cree un archivo de programa con &apos;seminardesk-cli demo %1&apos;.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a programme file. Name a .sdesk file.</source>
        <translation>%1 es una carpeta, no un archivo de programa. Indique un archivo .sdesk.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you have no permission to read it. Nothing was changed. Ask for access to the file, or copy it to a folder of yours.</source>
        <translation>%1 no se puede leer: usted no tiene permiso para leerlo. No se cambió nada. Pida acceso al archivo o cópielo a una carpeta suya.</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). SQLite&apos;s write-ahead log, which keeps a programme file safe, does not work over a network file system, so Seminar Desk opens such a file only for reading. Nothing was changed. Copy it to this computer&apos;s own disk to work on it; a team shares a programme through a database server instead.</source>
        <translation>%1 está en una carpeta de red (%2). El registro de escritura anticipada de SQLite, que protege un archivo de programa, no funciona en un sistema de archivos de red, así que Seminar Desk abre esos archivos solo para lectura. No se cambió nada. Cópielo al disco propio de esta computadora para trabajar en él; un equipo comparte un programa mediante un servidor de bases de datos.</translation>
    </message>
    <message>
        <source>the disk it is on is mounted read-only</source>
        <translation>el disco en el que está se montó como de solo lectura</translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation>el archivo es de solo lectura para usted</translation>
    </message>
    <message>
        <source>its folder is read-only, and SQLite needs to write its log beside it</source>
        <translation>su carpeta es de solo lectura, y SQLite necesita escribir su registro junto a él</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>abrirlo</translation>
    </message>
    <message>
        <source>reading its header</source>
        <translation>leer su encabezado</translation>
    </message>
    <message>
        <source>reading it into memory to check it</source>
        <translation>leerlo en memoria para verificarlo</translation>
    </message>
    <message>
        <source>reading its format version</source>
        <translation>leer su versión de formato</translation>
    </message>
    <message>
        <source>%1 is in an older file format (%2) and must be upgraded, which a read-only opening cannot do. Open it once for writing.</source>
        <translation>%1 tiene un formato de archivo anterior (%2) y debe actualizarse, lo que no es posible al abrirlo solo para lectura. Ábralo una vez con permiso de escritura.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Seminar Desk programme file. Open a .sdesk file written by Seminar Desk, or create one with &apos;seminardesk-cli demo FILE&apos;.</source>
        <translation>%1 está vacío; no es un archivo de programa de Seminar Desk. Abra un archivo .sdesk escrito por Seminar Desk, o cree uno con &apos;seminardesk-cli demo ARCHIVO&apos;.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Seminar Desk programme file. Open a .sdesk file written by Seminar Desk.</source>
        <translation>%1 es una base de datos SQLite, pero no un archivo de programa de Seminar Desk. Abra un archivo .sdesk creado con Seminar Desk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seminar Desk (file format %2; this version reads up to %3). Open it with a newer version; the file was left untouched.</source>
        <translation>%1 fue creado con una versión más reciente de Seminar Desk (formato de archivo %2; esta versión lee hasta el %3). Ábralo con una versión más reciente; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 has no Seminar Desk schema version. Open a .sdesk file written by Seminar Desk.</source>
        <translation>%1 no tiene versión de esquema de Seminar Desk. Abra un archivo .sdesk creado con Seminar Desk.</translation>
    </message>
    <message>
        <source>checking it before a change</source>
        <translation>verificarlo antes de un cambio</translation>
    </message>
    <message>
        <source>opening it for reading</source>
        <translation>abrirlo para lectura</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>preparar la conexión</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>leerlo</translation>
    </message>
    <message>
        <source>writing its backup copy %1 before the upgrade</source>
        <translation>escribir su copia de seguridad %1 antes de la actualización</translation>
    </message>
    <message>
        <source>upgrading it</source>
        <translation>actualizarlo</translation>
    </message>
    <message>
        <source>looking for changes by other programs</source>
        <translation>buscar cambios hechos por otros programas</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>iniciar un cambio</translation>
    </message>
    <message>
        <source>A change was saved twice; nothing more was written.</source>
        <translation>Un cambio se guardó dos veces; no se escribió nada más.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>guardar un cambio</translation>
    </message>
    <message>
        <source>%1 refused %2: it would break a rule of the programme&apos;s records (a duplicate of something that must be unique, or a link to a record that no longer exists). Nothing was changed. Check what was entered, reload the programme and try again.</source>
        <translation>%1 rechazó %2: rompería una regla de los registros del programa (un duplicado de algo que debe ser único, o un vínculo a un registro que ya no existe). No se cambió nada. Revise lo que se capturó, vuelva a cargar el programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 holds a programme in an older schema (%2) that must be upgraded, which a read-only opening cannot do. Open it once for writing.</source>
        <translation>%1 contiene un programa con un esquema anterior (%2) que debe actualizarse, y una apertura de solo lectura no puede hacerlo. Ábralo una vez para escritura.</translation>
    </message>
    <message>
        <source>Lost the connection to the server of %1 while %2; nothing was changed. Check the network or ask your IT officer whether the server is running, then open the programme again.</source>
        <translation>Se perdió la conexión con el servidor de %1 al %2; no se cambió nada. Revise la red o pregunte a su responsable de informática si el servidor está en marcha, y vuelva a abrir el programa.</translation>
    </message>
    <message>
        <source>%1 is busy: another user&apos;s change got in the way (while %2). Nothing was changed. Try again.</source>
        <translation>%1 está ocupado: el cambio de otro usuario se interpuso (al %2). No se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only, so %2 was refused. Nothing was changed.</source>
        <translation>%1 se abrió solo para lectura, así que se rechazó %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk of the server of %1 is full (while %2). Nothing was changed. Ask your IT officer to free some space.</source>
        <translation>El disco del servidor de %1 está lleno (al %2). No se cambió nada. Pida a su responsable de informática que libere espacio.</translation>
    </message>
    <message>
        <source>The server of %1 cancelled %2 (it took too long or was stopped). Nothing was changed. Try again.</source>
        <translation>El servidor de %1 canceló %2 (tardó demasiado o se detuvo). No se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server of %1 could not finish %2 (PostgreSQL code %3). Nothing was changed. Try again; if it happens again, report the code to your IT officer.</source>
        <translation>El servidor de %1 no pudo terminar %2 (código de PostgreSQL %3). No se cambió nada. Inténtelo de nuevo; si vuelve a ocurrir, informe el código a su responsable de informática.</translation>
    </message>
    <message>
        <source>waiting for other imports to end</source>
        <translation>esperar a que terminen otras importaciones</translation>
    </message>
    <message>
        <source>The server of %1 could not start %2; nothing was changed. Try again.</source>
        <translation>El servidor de %1 no pudo empezar a %2; no se cambió nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1: another import into this programme is running; try again in a moment. Nothing was changed.</source>
        <translation>%1: hay otra importación en curso en este programa; vuelva a intentarlo en un momento. No se cambió nada.</translation>
    </message>
    <message>
        <source>Lost the connection to the server of %1 while saving a change; the change may or may not have reached the server. Once connected again, check what the programme holds before you make it again.</source>
        <translation>Se perdió la conexión con el servidor de %1 al guardar un cambio; puede que el cambio haya llegado al servidor o puede que no. Cuando vuelva la conexión, revise lo que tiene el programa antes de hacer el cambio de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a file; only a server connection can be made again.</source>
        <translation>%1 es un archivo; solo una conexión con un servidor se puede volver a establecer.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 cannot be made again while a change is under way.</source>
        <translation>La conexión con el servidor de %1 no se puede volver a establecer mientras se guarda un cambio.</translation>
    </message>
    <message>
        <source>%1 now holds a programme in another schema version (%2, this program writes %3); open it again, with an up-to-date Seminar Desk if need be.</source>
        <translation>%1 tiene ahora un programa en otra versión del esquema (%2; este programa escribe la %3); vuelva a abrirlo, con un Seminar Desk actualizado si hace falta.</translation>
    </message>
    <message>
        <source>Your role on %1 (%2) does not allow %3. Nothing was changed. Ask the programme&apos;s admin if you need another role.</source>
        <translation>Su rol en %1 (%2) no permite %3. No se cambió nada. Pida a quien administra el programa otro rol si lo necesita.</translation>
    </message>
    <message>
        <source>The server refused %2 on %1: your login has no right to it. Nothing was changed. Ask your IT officer for access.</source>
        <translation>El servidor rechazó %2 en %1: su usuario no tiene derecho a hacerlo. No se cambió nada. Pida acceso al responsable de informática.</translation>
    </message>
    <message>
        <source>telling the other windows about the change</source>
        <translation>avisando del cambio a las otras ventanas</translation>
    </message>
    <message>
        <source>listening for other people&apos;s changes</source>
        <translation>escuchar los cambios de otras personas</translation>
    </message>
    <message>
        <source>making the key of its pseudonyms</source>
        <translation>al crear la clave de sus seudónimos</translation>
    </message>
</context>
<context>
    <name>sd::DatabaseCopy</name>
    <message>
        <source>%1 is the open file itself. Choose another name for the copy.</source>
        <translation>%1 es el propio archivo abierto. Elija otro nombre para la copia.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Choose another folder for the copy.</source>
        <translation>La carpeta de %1 no existe. Elija otra carpeta para la copia.</translation>
    </message>
    <message>
        <source>preparing a copy</source>
        <translation>preparar una copia</translation>
    </message>
    <message>
        <source>The copy %1 could not be written (%2). Check that the folder is writable and has free space.</source>
        <translation>No se pudo escribir la copia %1 (%2). Verifique que se pueda escribir en la carpeta y que haya espacio libre.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced. Close the program using it or choose another name.</source>
        <translation>%1 existe y no se puede reemplazar. Cierre el programa que lo usa o elija otro nombre.</translation>
    </message>
    <message>
        <source>The copy could not be named %1. Choose another name.</source>
        <translation>No se pudo dar el nombre %1 a la copia. Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>sd::DemoBanner</name>
    <message>
        <source>&amp;Start your own programme…</source>
        <translation>&amp;Empezar su propio programa…</translation>
    </message>
    <message>
        <source>Create a programme file of your own: its project, time frame and components</source>
        <translation>Crear un archivo de programa propio: su proyecto, periodo y componentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data&lt;/b&gt;: this file holds fictional people.</source>
        <translation>&lt;b&gt;Datos de demostración&lt;/b&gt;: este archivo contiene personas ficticias.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo programme: %1&lt;/b&gt;, with fictional people.</source>
        <translation>&lt;b&gt;Programa de demostración: %1&lt;/b&gt;, con personas ficticias.</translation>
    </message>
    <message>
        <source>You have just changed it. Real participants belong in a programme of your own, never in the demo.</source>
        <translation>Acaba de modificarlo. Las personas participantes reales van en un programa propio, nunca en la demostración.</translation>
    </message>
</context>
<context>
    <name>sd::DemoContent</name>
    <message>
        <source>reading whether the file is a demo</source>
        <translation>leer si el archivo es una demostración</translation>
    </message>
</context>
<context>
    <name>sd::DemoProgramme</name>
    <message>
        <source>The demo data %1 has no valid &quot;%2&quot; in %3; rebuild Seminar Desk from an unmodified source tree.</source>
        <translation>Los datos de demostración %1 no tienen un &quot;%2&quot; válido en %3; vuelva a compilar Seminar Desk a partir de un código fuente sin modificar.</translation>
    </message>
    <message>
        <source>The demo data %1 could not be read (%2); rebuild Seminar Desk from an unmodified source tree.</source>
        <translation>No se pudieron leer los datos de demostración %1 (%2); vuelva a compilar Seminar Desk a partir de un código fuente sin modificar.</translation>
    </message>
    <message>
        <source>The demo data %1 is not valid JSON (%2 at offset %3); rebuild Seminar Desk from an unmodified source tree.</source>
        <translation>Los datos de demostración %1 no son JSON válido (%2 en la posición %3); vuelva a compilar Seminar Desk a partir de un código fuente sin modificar.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentCommand</name>
    <message>
        <source>“%1” could not be undone: %2 The file is unchanged; the step was taken off the undo history.</source>
        <translation>No se pudo deshacer «%1»: %2 El archivo no cambió; el paso se retiró del historial de deshacer.</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2 The file is unchanged; the step was taken off the undo history.</source>
        <translation>No se pudo rehacer «%1»: %2 El archivo no cambió; el paso se retiró del historial de deshacer.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>No se pudo rehacer</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>deshacer: %1</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 The step stays in the undo history.</source>
        <translation>No se deshizo «%1»: %2 El paso sigue en el historial de deshacer.</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 The step stays in the undo history.</source>
        <translation>No se rehízo «%1»: %2 El paso sigue en el historial de deshacer.</translation>
    </message>
    <message>
        <source>Undo refused</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Redo refused</source>
        <translation>No se pudo rehacer</translation>
    </message>
</context>
<context>
    <name>sd::DocumentData</name>
    <message>
        <source>reading the activity</source>
        <translation>leer la actividad</translation>
    </message>
    <message>
        <source>There is no activity with id %1 in %2. List the activities with &apos;seminardesk-cli results FILE --by activity&apos;.</source>
        <translation>No hay ninguna actividad con id %1 en %2. Liste las actividades con &apos;seminardesk-cli results FILE --by activity&apos;.</translation>
    </message>
    <message>
        <source>reading the participant</source>
        <translation>leer al participante</translation>
    </message>
    <message>
        <source>There is no participant with id %1 in %2. List the participants and their ids with &apos;seminardesk-cli participants FILE&apos;.</source>
        <translation>No hay ningún participante con id %1 en %2. Liste los participantes y sus id con &apos;seminardesk-cli participants FILE&apos;.</translation>
    </message>
    <message>
        <source>reading the participants of the activity</source>
        <translation>leer los participantes de la actividad</translation>
    </message>
    <message>
        <source>reading the activities of the participant</source>
        <translation>leer las actividades del participante</translation>
    </message>
    <message>
        <source>reading the sessions of the activity</source>
        <translation>leer las sesiones de la actividad</translation>
    </message>
    <message>
        <source>reading the evaluation of an activity</source>
        <translation>leyendo la evaluación de una actividad</translation>
    </message>
    <message>
        <source>The activity is no longer in the file.</source>
        <translation>La actividad ya no está en el archivo.</translation>
    </message>
    <message>
        <source>reading the project of the activity</source>
        <translation>al leer el proyecto de la actividad</translation>
    </message>
</context>
<context>
    <name>sd::DocumentPrinter</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>The document could not be drawn</source>
        <translation>No se pudo dibujar el documento</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF on the paper size chosen in the page setup (%1)</source>
        <translation>Guardar el documento como PDF en el tamaño de papel elegido en la configuración de página (%1)</translation>
    </message>
</context>
<context>
    <name>sd::DocumentReports</name>
    <message>
        <source>Certificates of attendance</source>
        <translation>Constancias de asistencia</translation>
    </message>
    <message>
        <source>One certificate of attendance for each person enrolled in %1 whose attendance rate reaches this threshold (sessions present or late over the sessions of the activity).</source>
        <translation>Una constancia de asistencia por cada persona inscrita en %1 cuya tasa de asistencia alcance este umbral (sesiones presente o con retardo sobre las sesiones de la actividad).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Attendance rate at &amp;least:</source>
        <translation>Tasa de asistencia &amp;mínima:</translation>
    </message>
    <message>
        <source>No certificate to print</source>
        <translation>No hay constancias que imprimir</translation>
    </message>
    <message>
        <source>This participant</source>
        <translation>Este participante</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>la actividad %1</translation>
    </message>
    <message>
        <source>any activity of the project</source>
        <translation>cualquier actividad del proyecto</translation>
    </message>
    <message>
        <source>%1 has an attendance rate of %2 % or more at no activity, so there is no certificate of attendance to print; choose a lower threshold or record the attendance first (Edit ▸ Attendance…).</source>
        <translation>%1 no tiene una tasa de asistencia de %2 % o más en ninguna actividad, así que no hay constancia de asistencia que imprimir; elija un umbral más bajo o registre primero la asistencia (Editar ▸ Asistencia…).</translation>
    </message>
    <message>
        <source>%1 was marked present or late at no session of %2, so there is no certificate of attendance to print; record the attendance first (Edit ▸ Attendance…).</source>
        <translation>%1 no tiene ninguna sesión de %2 marcada como presente o con retardo, así que no hay constancia de asistencia que imprimir; registre primero la asistencia (Editar ▸ Asistencia…).</translation>
    </message>
    <message>
        <source>Nobody enrolled in activity %1 of %2 has an attendance rate of %3 % or more, so there is no certificate to print; check the attendance marks or choose a lower threshold.</source>
        <translation>Nadie inscrito en la actividad %1 de %2 tiene una tasa de asistencia de %3 % o más, así que no hay constancias que imprimir; revise las marcas de asistencia o elija un umbral menor.</translation>
    </message>
    <message>
        <source>No summary to print</source>
        <translation>No hay resumen que imprimir</translation>
    </message>
    <message>
        <source>No participant list to print</source>
        <translation>No hay lista de participantes que imprimir</translation>
    </message>
    <message>
        <source>No sign-in sheet to print</source>
        <translation>No hay lista de asistencia que imprimir</translation>
    </message>
    <message>
        <source>No evaluation report to print</source>
        <translation>No hay informe de evaluación que imprimir</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the %1 who took part reach it.</source>
        <translation>
            <numerusform>%n persona de las %1 que participaron lo alcanza.</numerusform>
            <numerusform>%n personas de las %1 que participaron lo alcanzan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save each certificate as a PDF in</source>
        <translation>Guardar cada constancia como PDF en</translation>
    </message>
    <message>
        <source>The certificates were not saved</source>
        <translation>No se guardaron las constancias</translation>
    </message>
    <message>
        <source>Certificates saved</source>
        <translation>Constancias guardadas</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) saved in %1, one PDF a person, with %2 listing each person&apos;s email and file for a mail merge.</source>
        <translation>
            <numerusform>%n constancia guardada en %1, un PDF por persona, con %2, que lista el correo y el archivo de cada persona para una combinación de correspondencia.</numerusform>
            <numerusform>%n constancias guardadas en %1, un PDF por persona, con %2, que lista el correo y el archivo de cada persona para una combinación de correspondencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registration template</source>
        <translation>No hay plantilla de registro</translation>
    </message>
    <message>
        <source>Save the registration list template</source>
        <translation>Guardar la plantilla de lista de registro</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>La plantilla no se guardó</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Plantilla guardada</translation>
    </message>
    <message>
        <source>%1 is ready to hand out: its drop-down lists offer the genders, the programme&apos;s institutions and their types, and its second sheet holds the privacy notice. Filled in, it imports with File ▸ Import, with no mapping.</source>
        <translation>%1 está lista para repartirse: sus listas desplegables ofrecen los sexos, las instituciones del programa y sus tipos, y su segunda hoja contiene el aviso de privacidad. Ya llenada, se importa con Archivo ▸ Importar, sin asignar columnas.</translation>
    </message>
</context>
<context>
    <name>sd::Documents</name>
    <message>
        <source>Participant list, %1 %2</source>
        <translation>Lista de participantes, %1 %2</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Project: %1, %2</source>
        <translation>Proyecto: %1, %2</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 enrolled, %2 took part (present or late at one session or more of %n session(s)).</source>
        <translation>
            <numerusform>%1 inscritos, %2 participaron (presentes o con retardo en al menos una sesión de %n).</numerusform>
            <numerusform>%1 inscritos, %2 participaron (presentes o con retardo en al menos una sesión de %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>No institution recorded</source>
        <translation>Sin institución registrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this activity yet.</source>
        <translation>Todavía no hay nadie inscrito en esta actividad.</translation>
    </message>
    <message>
        <source>Sessions: those marked present or late, of the activity&apos;s sessions. Days: participant-days, the sessions marked present or late with a half day counting 0.5.</source>
        <translation>Sesiones: las marcadas como presente o con retardo, de las sesiones de la actividad. Días: días-participante, las sesiones marcadas como presente o con retardo, en las que medio día cuenta 0.5.</translation>
    </message>
    <message>
        <source>took part in the identification mission</source>
        <translation>participó en la misión de identificación</translation>
    </message>
    <message>
        <source>took part in the knowledge-exchange session</source>
        <translation>participó en la sesión de intercambio de conocimientos</translation>
    </message>
    <message>
        <source>took part in the seminar</source>
        <translation>participó en el seminario</translation>
    </message>
    <message>
        <source>took part in the workshop</source>
        <translation>participó en el taller</translation>
    </message>
    <message>
        <source>took part in the study visit</source>
        <translation>participó en la visita de estudio</translation>
    </message>
    <message>
        <source>took part in the activity</source>
        <translation>participó en la actividad</translation>
    </message>
    <message>
        <source>Certificate of attendance, %1</source>
        <translation>Constancia de asistencia, %1</translation>
    </message>
    <message>
        <source>Certificates of attendance, %1 %2</source>
        <translation>Constancias de asistencia, %1 %2</translation>
    </message>
    <message>
        <source>Certificates of attendance, %1</source>
        <translation>Constancias de asistencia, %1</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Constancias de asistencia</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Constancia de asistencia</translation>
    </message>
    <message>
        <source>Certificate of attendance, %1 (continued)</source>
        <translation>Constancia de asistencia, %1 (continuación)</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Constancia de Asistencia</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Se hace constar que</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>within the project %1, %2</source>
        <translation>en el marco del proyecto %1, %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Días asistidos</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Signature, programme coordinator</source>
        <translation>Firma, coordinación del programa</translation>
    </message>
    <message>
        <source>Signature, beneficiary institution</source>
        <translation>Firma, institución beneficiaria</translation>
    </message>
    <message>
        <source>Documents can only be drawn by a program that started Qt&apos;s graphical application; run &apos;seminardesk-cli print&apos; or print from the window.</source>
        <translation>Solo un programa que haya iniciado la aplicación gráfica de Qt puede dibujar documentos; ejecute &apos;seminardesk-cli print&apos; o imprima desde la ventana.</translation>
    </message>
    <message>
        <source>Could not start drawing &quot;%1&quot;; check that the printer or the file can be written, then try again.</source>
        <translation>No se pudo empezar a dibujar &quot;%1&quot;; verifique que se pueda escribir en la impresora o el archivo e intente de nuevo.</translation>
    </message>
    <message>
        <source>Could not finish &quot;%1&quot;; check the free disk space and the printer, then try again.</source>
        <translation>No se pudo terminar &quot;%1&quot;; revise el espacio libre en disco y la impresora e intente de nuevo.</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose month and day names the documents&apos; dates use: this language&apos;s, e.g. es_MX.</extracomment>
        <translation>es_MX</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date in documents, as QLocale::toString formats it; Spanish: d &apos;de&apos; MMMM &apos;de&apos; yyyy.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>Days of one month: %1 the first day&apos;s number, %2 the last date in full (&quot;13–15 March 2017&quot;).</extracomment>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Dates that span months: %1 the first date, %2 the last (&quot;28 February – 2 March 2017&quot;).</extracomment>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>The first date of a range within one year, without the year; Spanish: d &apos;de&apos; MMMM.</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>A session&apos;s date on sign-in sheets; Spanish: dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1, morning</source>
        <translation>%1, mañana</translation>
    </message>
    <message>
        <source>%1, afternoon</source>
        <translation>%1, tarde</translation>
    </message>
    <message>
        <source>Could not start page %1 of %2 of the document; check the free disk space and the printer, then try again.</source>
        <translation>No se pudo empezar la página %1 de %2 del documento; revise el espacio libre en disco y la impresora e intente de nuevo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Participant summary, %1</source>
        <translation>Resumen del participante, %1</translation>
    </message>
    <message>
        <source>Participant summary, %1 (continued)</source>
        <translation>Resumen del participante, %1 (continuación)</translation>
    </message>
    <message>
        <source>Participant summary</source>
        <translation>Resumen del participante</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has not taken part in any activity yet: no session is marked present or late.</source>
        <translation>%1 todavía no ha participado en ninguna actividad: no hay ninguna sesión marcada como presente o con retardo.</translation>
    </message>
    <message>
        <source>Took part in 1 activity, %1 participant-days in total.</source>
        <translation>Participó en 1 actividad, %1 días-participante en total.</translation>
    </message>
    <message>
        <source>Took part in %1 activities, %2 participant-days in total.</source>
        <translation>Participó en %1 actividades, %2 días-participante en total.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Project %1, %2</source>
        <translation>Proyecto %1, %2</translation>
    </message>
    <message>
        <source>Took part: marked present or late at one session or more. Sessions: those marked present or late, of the activity&apos;s sessions. Days: participant-days, the sessions marked present or late with a half day counting 0.5. Rate: sessions attended over the sessions of the activity.</source>
        <translation>Participó: marcado como presente o con retardo en una sesión o más. Sesiones: las marcadas como presente o con retardo, de las sesiones de la actividad. Días: días-participante, las sesiones marcadas como presente o con retardo, en las que medio día cuenta 0.5. Tasa: sesiones asistidas sobre las sesiones de la actividad.</translation>
    </message>
    <message>
        <source>Could not set up the pages of %1; try the other paper size.</source>
        <translation>No se pudieron configurar las páginas de %1; pruebe con el otro tamaño de papel.</translation>
    </message>
    <message>
        <source>Sign-in sheets, %1 %2</source>
        <translation>Listas de asistencia, %1 %2</translation>
    </message>
    <message>
        <source>Sign-in sheet, %1 %2</source>
        <translation>Lista de asistencia, %1 %2</translation>
    </message>
    <message>
        <source>Sign-in sheet, %1 %2, %3 (continued)</source>
        <translation>Lista de asistencia, %1 %2, %3 (continuación)</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1, %2 %3 (continued)</source>
        <translation>%1, %2 %3 (continuación)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Evaluation report, %1 %2</source>
        <translation>Informe de evaluación, %1 %2</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Informe de evaluación</translation>
    </message>
    <message>
        <source>a knowledge test before and after, scored out of %1, mastered at %2 % of the maximum</source>
        <translation>un examen de conocimientos antes y después, calificado sobre %1, con dominio a partir del %2 % del máximo</translation>
    </message>
    <message>
        <source>the satisfaction questionnaire (five items from 1 to 5 and a comment)</source>
        <translation>el cuestionario de satisfacción (cinco reactivos del 1 al 5 y un comentario)</translation>
    </message>
    <message>
        <source>a follow-up 3 to 6 months later</source>
        <translation>un seguimiento de 3 a 6 meses después</translation>
    </message>
    <message>
        <source>This activity has no evaluation: give it a knowledge test, the satisfaction questionnaire or a follow-up in the activity&apos;s dialog.</source>
        <translation>Esta actividad no tiene evaluación: asígnele un examen de conocimientos, el cuestionario de satisfacción o un seguimiento en el diálogo de la actividad.</translation>
    </message>
    <message>
        <source>Evaluated with %1.</source>
        <translation>Evaluada con %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Counted over</source>
        <translation>Calculado sobre</translation>
    </message>
    <message>
        <source>of %1 who took part</source>
        <translation>de %1 que participaron</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Participaron</translation>
    </message>
    <message>
        <source>present or late at one session or more</source>
        <translation>presentes o con retardo en una sesión o más</translation>
    </message>
    <message>
        <source>over %1 with both scores</source>
        <translation>sobre %1 con ambas calificaciones</translation>
    </message>
    <message>
        <source>Knowledge test</source>
        <translation>Examen de conocimientos</translation>
    </message>
    <message>
        <source>Took the pre-test</source>
        <translation>Presentaron el examen inicial</translation>
    </message>
    <message>
        <source>Took the post-test</source>
        <translation>Presentaron el examen final</translation>
    </message>
    <message>
        <source>Took both (paired)</source>
        <translation>Presentaron ambos (pareados)</translation>
    </message>
    <message>
        <source>Mean pre-test score</source>
        <translation>Calificación media del examen inicial</translation>
    </message>
    <message>
        <source>Mean post-test score</source>
        <translation>Calificación media del examen final</translation>
    </message>
    <message>
        <source>Improved their score</source>
        <translation>Mejoraron su calificación</translation>
    </message>
    <message>
        <source>Normalised gain ⟨g⟩</source>
        <translation>Ganancia normalizada ⟨g⟩</translation>
    </message>
    <message>
        <source>Mean individual gain</source>
        <translation>Ganancia individual media</translation>
    </message>
    <message>
        <source>over %1 paired below 100 % before</source>
        <translation>sobre %1 pareados por debajo del 100 % al inicio</translation>
    </message>
    <message>
        <source>Reached mastery</source>
        <translation>Alcanzaron el dominio</translation>
    </message>
    <message>
        <source>of %1 who took the post-test</source>
        <translation>de %1 que presentaron el examen final</translation>
    </message>
    <message>
        <source>of %1 responses</source>
        <translation>de %1 respuestas</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Satisfied (overall 4 or 5)</source>
        <translation>Satisfechos (general 4 o 5)</translation>
    </message>
    <message>
        <source>Mean overall satisfaction</source>
        <translation>Satisfacción general media</translation>
    </message>
    <message>
        <source>on 1 to 5, %1</source>
        <translation>del 1 al 5, %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Applied what they learnt (yes or partly)</source>
        <translation>Aplicaron lo aprendido (sí o en parte)</translation>
    </message>
    <message>
        <source>of %1 who answered the follow-up</source>
        <translation>de %1 que respondieron el seguimiento</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Nobody who took part left a comment.</source>
        <translation>Nadie de quienes participaron dejó un comentario.</translation>
    </message>
    <message>
        <source>Only the answers of those who took part count. Scores are in percent of the test&apos;s maximum. Improved: post-test above pre-test. Normalised gain ⟨g⟩ = (mean post % − mean pre %) / (100 − mean pre %) over those with both scores; the mean individual gain averages each person&apos;s own gain and leaves out those who scored 100 % before. Mastery: post-test at or above the threshold. Comments are printed without names.</source>
        <translation>Solo cuentan las respuestas de quienes participaron. Las calificaciones están en porcentaje del máximo del examen. Mejoraron: examen final por encima del inicial. Ganancia normalizada ⟨g⟩ = (media final % − media inicial %) / (100 − media inicial %) sobre quienes tienen ambas calificaciones; la ganancia individual media promedia la ganancia de cada persona y deja fuera a quienes obtuvieron 100 % al inicio. Dominio: examen final igual o superior al umbral. Los comentarios se imprimen sin nombres.</translation>
    </message>
    <message>
        <source>Scores before and after (persons per tenth of the maximum score)</source>
        <translation>Calificaciones antes y después (personas por décimo de la calificación máxima)</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>pre-test (%1 persons)</source>
        <translation>examen inicial (%1 personas)</translation>
    </message>
    <message>
        <source>post-test (%1 persons)</source>
        <translation>examen final (%1 personas)</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>Satisfacción general</translation>
    </message>
    <message>
        <source>Relevance to my work</source>
        <translation>Relevancia para mi trabajo</translation>
    </message>
    <message>
        <source>Quality of the experts</source>
        <translation>Calidad de las personas expertas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Lo recomendaría</translation>
    </message>
    <message>
        <source>Satisfaction per item (mean of %1 responses, 1 to 5)</source>
        <translation>Satisfacción por reactivo (media de %1 respuestas, del 1 al 5)</translation>
    </message>
    <message>
        <source>Please sign on the line with your name. Not on the list? Fill in a line of the second table with your details.</source>
        <translation>Firme en la línea con su nombre. ¿No aparece en la lista? Llene una línea de la segunda tabla con sus datos.</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>No aparece en la lista</translation>
    </message>
    <message>
        <source>Please write your name, institution, position, gender (F, M or other) and email, and sign.</source>
        <translation>Escriba su nombre, institución, cargo, género (F, M u otro) y correo electrónico, y firme.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; give a folder for the certificates saved one a person.</source>
        <translation>%1 es un archivo, no una carpeta; indique una carpeta para guardar las constancias una por persona.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made; check that its parent folder exists and can be written, then try again.</source>
        <translation>No se pudo crear la carpeta %1; verifique que su carpeta superior exista y se pueda escribir en ella, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Datos personales conservados sobre %1</translation>
    </message>
    <message>
        <source>Personal data held by Seminar Desk, read %1</source>
        <translation>Datos personales conservados por Seminar Desk, leídos el %1</translation>
    </message>
    <message>
        <source>Personal data held about %1 (continued)</source>
        <translation>Datos personales conservados sobre %1 (continuación)</translation>
    </message>
    <message>
        <source>Personal data held</source>
        <translation>Datos personales conservados</translation>
    </message>
    <message>
        <source>Everything the programme %1 holds about you on %2: your record, your institution, your enrolments with every attendance mark, the certificates you qualify for, your evaluation answers and the entries of the change log that concern you. The file person.json in the same archive holds the same data for computers.</source>
        <translation>Todo lo que el programa %1 conserva sobre usted el %2: su registro, su institución, sus inscripciones con cada marca de asistencia, las constancias a las que tiene derecho, sus respuestas a la evaluación y las entradas del registro de cambios que le conciernen. El archivo person.json del mismo paquete contiene los mismos datos para computadoras.</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Su registro</translation>
    </message>
    <message>
        <source>Number in the file</source>
        <translation>Número en el archivo</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Consentimiento registrado el</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>Institution country</source>
        <translation>País de la institución</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Enrolments and attendance</source>
        <translation>Inscripciones y asistencia</translation>
    </message>
    <message>
        <source>You are not enrolled in any activity.</source>
        <translation>No está inscrito en ninguna actividad.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 sessions attended</source>
        <translation>%1 (%2): %3 de %4 sesiones asistidas</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Certificates you qualify for</source>
        <translation>Constancias a las que tiene derecho</translation>
    </message>
    <message>
        <source>A certificate of attendance is printed for an activity attended at %1 or more of its sessions (present or late).</source>
        <translation>Se imprime una constancia de asistencia para una actividad a cuyas sesiones asistió en un %1 o más (presente o con retraso).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Evaluation answers</source>
        <translation>Respuestas a la evaluación</translation>
    </message>
    <message>
        <source>Test before and after</source>
        <translation>Prueba antes y después</translation>
    </message>
    <message>
        <source>Satisfaction: overall, relevance, experts, organisation, recommend</source>
        <translation>Satisfacción: general, pertinencia, expertos, organización, recomendaría</translation>
    </message>
    <message>
        <source>Applied what was learnt</source>
        <translation>Aplicó lo aprendido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Form sent</source>
        <translation>Formulario enviado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>The change log records what changed and when, never the values: these are the changes to your record and to the attendance of your activities.</source>
        <translation>El registro de cambios anota qué cambió y cuándo, nunca los valores: estos son los cambios de su registro y de la asistencia a sus actividades.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>A certificate holds at most %1 logos; remove one.</source>
        <translation>Una constancia lleva como máximo %1 logotipos; quite uno.</translation>
    </message>
    <message>
        <source>A logo is larger than %1 MB; use a smaller image.</source>
        <translation>Un logotipo ocupa más de %1 MB; use una imagen más pequeña.</translation>
    </message>
    <message>
        <source>A logo is not an image that can be read; choose a PNG or JPEG file.</source>
        <translation>Un logotipo no es una imagen legible; elija un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>A certificate holds at most %1 signatories; remove one.</source>
        <translation>Una constancia lleva como máximo %1 firmantes; quite uno.</translation>
    </message>
    <message>
        <source>&apos;%1…&apos; is longer than %2 characters; shorten it.</source>
        <translation>&apos;%1…&apos; tiene más de %2 caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>The privacy notice is longer than %1 characters; shorten it to one short paragraph.</source>
        <translation>El aviso de privacidad tiene más de %1 caracteres; redúzcalo a un párrafo breve.</translation>
    </message>
    <message>
        <source>Place and date of issue</source>
        <translation>Lugar y fecha de expedición</translation>
    </message>
    <message>
        <source>Certificate No. %1 · verification code %2</source>
        <translation>Constancia núm. %1 · código de verificación %2</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation (es for Spanish): the printed documents pick the privacy notice in this language.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>Privacy notice: %1</source>
        <translation>Aviso de privacidad: %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>sd::DrillDownDialog</name>
    <message>
        <source>Persons behind the number</source>
        <translation>Personas detrás de la cifra</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) took part. A person is listed once, however many of the activities they attended.</source>
        <translation>
            <numerusform>Participó %Ln persona. Cada persona aparece una sola vez, sin importar a cuántas de las actividades asistió.</numerusform>
            <numerusform>Participaron %Ln personas. Cada persona aparece una sola vez, sin importar a cuántas de las actividades asistió.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar lista</translation>
    </message>
    <message>
        <source>Copy the list as tab-separated text, for a spreadsheet</source>
        <translation>Copiar la lista como texto separado por tabuladores, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the persons listed, in the order shown, as CSV, XLSX or JSON</source>
        <translation>Guardar las personas de la lista, en el orden mostrado, como CSV, XLSX o JSON</translation>
    </message>
    <message>
        <source>Export the list shown…</source>
        <translation>Exportar la lista mostrada…</translation>
    </message>
    <message>
        <source>Export pseudonymised…</source>
        <translation>Exportar con seudónimos…</translation>
    </message>
    <message>
        <source>Export the persons behind the number, pseudonymised</source>
        <translation>Exportar las personas detrás de la cifra, con seudónimos</translation>
    </message>
    <message>
        <source>Export the persons behind the number</source>
        <translation>Exportar las personas detrás de la cifra</translation>
    </message>
    <message>
        <source>persons-behind-the-number</source>
        <translation>personas-detras-de-la-cifra</translation>
    </message>
    <message>
        <source>Persons behind the number: %1</source>
        <translation>Personas detrás de la cifra: %1</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copiar lista</translation>
    </message>
    <message>
        <source>%1, by %2. A person is listed once, however many of the activities they were counted in.</source>
        <translation>%1, de %2. Cada persona aparece una vez, aunque se haya contado en varias actividades.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s)</source>
        <translation>
            <numerusform>%Ln participación</numerusform>
            <numerusform>%Ln participaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DuplicateFinder</name>
    <message>
        <source>the same email</source>
        <translation>el mismo correo electrónico</translation>
    </message>
    <message>
        <source>the same names, and the same institution or one missing</source>
        <translation>los mismos nombres y la misma institución, o una sin registrar</translation>
    </message>
</context>
<context>
    <name>sd::DuplicatesDialog</name>
    <message>
        <source>Probable duplicate participants</source>
        <translation>Posibles participantes duplicados</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;first</source>
        <translation>Fusionar, conservar el &amp;primero</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;second</source>
        <translation>Fusionar, conservar el &amp;segundo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merging keeps one record, fills its empty fields from the other and moves the other&apos;s enrolments and attendance marks over; Edit ▸ Undo takes it back.</source>
        <translation>Fusionar conserva un registro, completa sus campos vacíos con los del otro y le pasa las inscripciones y marcas de asistencia del otro; Editar ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>No probable duplicate of %1 among the participants of the file.</source>
        <translation>No hay ningún posible duplicado de %1 entre los participantes del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s) of %1. %2</source>
        <translation>
            <numerusform>%n posible duplicado de %1. %2</numerusform>
            <numerusform>%n posibles duplicados de %1. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates among %1.</source>
        <translation>No hay posibles duplicados entre %1.</translation>
    </message>
    <message>
        <source>%1 among %2. Merging keeps one record, fills its empty fields from the other and moves the other&apos;s enrolments and attendance marks over; Edit ▸ Undo takes it back.</source>
        <translation>%1 entre %2. Al fusionar se conserva un registro, se completan sus campos vacíos con los del otro y se trasladan las inscripciones y marcas de asistencia del otro; Editar ▸ Deshacer lo revierte.</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate pair(s)</source>
        <translation>
            <numerusform>%n par de posibles duplicados</numerusform>
            <numerusform>%n pares de posibles duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>No pair is chosen; choose one in the list first.</source>
        <translation>No se eligió ningún par; elija primero uno de la lista.</translation>
    </message>
    <message>
        <source>Merge two participants</source>
        <translation>Fusionar dos participantes</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its enrolments and attendance marks move over and the record is deleted; Edit ▸ Undo puts it back.</source>
        <translation>¿Fusionar %1 en %2? Sus inscripciones y marcas de asistencia se trasladan y el registro se elimina; Editar ▸ Deshacer lo restablece.</translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation>Se canceló la fusión.</translation>
    </message>
</context>
<context>
    <name>sd::EditActions</name>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 actividades</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 enrolment</source>
        <translation>1 inscripción</translation>
    </message>
    <message>
        <source>%1 enrolments</source>
        <translation>%1 inscripciones</translation>
    </message>
    <message>
        <source>1 attendance mark</source>
        <translation>1 marca de asistencia</translation>
    </message>
    <message>
        <source>%1 attendance marks</source>
        <translation>%1 marcas de asistencia</translation>
    </message>
    <message>
        <source>the institution of 1 participant</source>
        <translation>la institución de 1 participante</translation>
    </message>
    <message>
        <source>the institution of %1 participants</source>
        <translation>la institución de %1 participantes</translation>
    </message>
    <message>
        <source>the parent of 1 institution</source>
        <translation>la institución superior de 1 institución</translation>
    </message>
    <message>
        <source>the parent of %1 institutions</source>
        <translation>la institución superior de %1 instituciones</translation>
    </message>
    <message>
        <source>1 project&apos;s list of requesting institutions</source>
        <translation>la lista de instituciones solicitantes de 1 proyecto</translation>
    </message>
    <message>
        <source>%1 projects&apos; lists of requesting institutions</source>
        <translation>las listas de instituciones solicitantes de %1 proyectos</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Eliminar proyecto</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation>Eliminar componente</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Delete expert</source>
        <translation>Eliminar persona experta</translation>
    </message>
    <message>
        <source>Delete institution</source>
        <translation>Eliminar institución</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>No se puede abrir el registro</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar %1? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Delete %1? %2 will be deleted too. You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar %1? También se eliminará: %2. Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>el proyecto %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>el objetivo %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>el componente %1</translation>
    </message>
    <message>
        <source>Delete component %1? Its %2 activity(ies) leave it and stay in their other components. You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar el componente %1? Sus %2 actividad(es) salen de él y permanecen en sus otros componentes. Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>la actividad %1</translation>
    </message>
    <message>
        <source>Delete %1? They leave the %2 activity(ies) they deliver; the activities stay. You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar a %1? Deja las %2 actividad(es) que imparte; las actividades se conservan. Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Delete institution %1? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar la institución %1? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Delete institution %1? This clears %2; the participants and institutions themselves stay. You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar la institución %1? Esto borra %2; los participantes y las instituciones se conservan. Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Component %1 cannot be deleted: activity(ies) %2 belong to no other component. Give them another component first.</source>
        <translation>El componente %1 no se puede eliminar: la(s) actividad(es) %2 no pertenece(n) a ningún otro componente. Asígneles primero otro componente.</translation>
    </message>
    <message>
        <source>&amp;Open that record</source>
        <translation>A&amp;brir ese registro</translation>
    </message>
    <message>
        <source>Component kept</source>
        <translation>Se conservó el componente</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Remove this participant from activity %1? You can undo this.</source>
        <translation>¿Quitar a este participante de la actividad %1? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Remove this participant from activity %1? Their %2 go with the enrolment. You can undo this.</source>
        <translation>¿Quitar a este participante de la actividad %1? Se quitan también con la inscripción: %2. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Remove from activity</source>
        <translation>Quitar de la actividad</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
    <message>
        <source>Nothing can be changed now</source>
        <translation>Ahora no se puede cambiar nada</translation>
    </message>
    <message>
        <source>the evaluation answers of 1 person</source>
        <translation>las respuestas de evaluación de 1 persona</translation>
    </message>
    <message>
        <source>the evaluation answers of %1 persons</source>
        <translation>las respuestas de evaluación de %1 personas</translation>
    </message>
    <message>
        <source>No evaluation design</source>
        <translation>Sin diseño de evaluación</translation>
    </message>
    <message>
        <source>Activity %1 has no knowledge test, questionnaire or follow-up to enter. Choose them in the Evaluation tab of Edit activity…, then open the evaluation sheet again.</source>
        <translation>La actividad %1 no tiene prueba de conocimientos, cuestionario ni seguimiento que capturar. Elíjalos en la pestaña Evaluación de Editar actividad… y vuelva a abrir la hoja de evaluación.</translation>
    </message>
</context>
<context>
    <name>sd::EnrolCommand</name>
    <message>
        <source>Enrol 1 participant in %1</source>
        <translation>Inscribir a 1 participante en %1</translation>
    </message>
    <message>
        <source>Enrol %1 participants in %2</source>
        <translation>Inscribir a %1 participantes en %2</translation>
    </message>
</context>
<context>
    <name>sd::EnrolParticipantDialog</name>
    <message>
        <source>Enrol participants in %1</source>
        <translation>Inscribir participantes en %1</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>The first %1 matches are shown; type more of the name to narrow them.</source>
        <translation>Se muestran las primeras %1 coincidencias; escriba más del nombre para acotarlas.</translation>
    </message>
    <message>
        <source>No participant who is not enrolled yet matches.</source>
        <translation>Ningún participante sin inscribir coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) not enrolled yet found.</source>
        <translation>
            <numerusform>Se encontró %Ln participante aún no inscrito.</numerusform>
            <numerusform>Se encontraron %Ln participantes aún no inscritos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::EnrolmentCheck</name>
    <message>
        <source>%1 %2</source>
        <comment>given names, family names</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participante %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else has changed the enrolment or the attendance marks of %n participant(s) in activity %1 since (%2); nothing was written.</source>
        <translation>
            <numerusform>Otra persona cambió desde entonces la inscripción o las marcas de asistencia de %n participante en la actividad %1 (%2); no se escribió nada.</numerusform>
            <numerusform>Otra persona cambió desde entonces la inscripción o las marcas de asistencia de %n participantes en la actividad %1 (%2); no se escribió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::Enums</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Misión de identificación</translation>
    </message>
    <message>
        <source>Knowledge-exchange session</source>
        <translation>Sesión de intercambio de conocimientos</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudio</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Día completo</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Federal</source>
        <translation>Federal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estatal</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Poder Judicial</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organismo internacional</translation>
    </message>
    <message>
        <source>EU member state administration</source>
        <translation>Administración de un Estado miembro de la UE</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académica</translation>
    </message>
    <message>
        <source>Lead expert</source>
        <translation>Persona experta principal</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Persona experta</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationChartsView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Nobody who took part has answered the evaluation yet. Enter the scores and answers with Evaluation….</source>
        <translation>Nadie que participó ha respondido la evaluación todavía. Capture los puntajes y las respuestas con Evaluación….</translation>
    </message>
    <message>
        <source>No test scores yet from those who took part.</source>
        <translation>Todavía no hay puntajes de examen de quienes participaron.</translation>
    </message>
    <message>
        <source>No satisfaction answers yet from those who took part.</source>
        <translation>Todavía no hay respuestas de satisfacción de quienes participaron.</translation>
    </message>
    <message>
        <source>Scores before and after: %1 paired, mean %2 → %3</source>
        <translation>Puntajes antes y después: %1 pareados, media %2 → %3</translation>
    </message>
    <message>
        <source>before (%1 pre-tested)</source>
        <translation>antes (%1 con examen inicial)</translation>
    </message>
    <message>
        <source>after (%1 post-tested)</source>
        <translation>después (%1 con examen final)</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>score, in percent of the maximum</source>
        <translation>puntaje, en porcentaje del máximo</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Satisfaction per item, 1 to 5</source>
        <translation>Satisfacción por reactivo, de 1 a 5</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recomendaría</translation>
    </message>
    <message>
        <source>%1: mean %2 of %3 answers</source>
        <translation>%1: media %2 de %3 respuestas</translation>
    </message>
    <message>
        <source>%1: no answers</source>
        <translation>%1: sin respuestas</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationDialog</name>
    <message>
        <source>Evaluation — %1 %2</source>
        <translation>Evaluación — %1 %2</translation>
    </message>
    <message>
        <source>scores from 0 to %1</source>
        <translation>puntajes de 0 a %1</translation>
    </message>
    <message>
        <source>satisfaction 1 (poor) to 5 (excellent)</source>
        <translation>satisfacción de 1 (mala) a 5 (excelente)</translation>
    </message>
    <message>
        <source>follow-up Y, P or N</source>
        <translation>seguimiento S, P o N</translation>
    </message>
    <message>
        <source>Type the answers from the forms: %1. &lt;b&gt;Enter&lt;/b&gt; moves down, &lt;b&gt;Tab&lt;/b&gt; right, &lt;b&gt;Delete&lt;/b&gt; clears.</source>
        <translation>Escriba las respuestas de los formularios: %1. &lt;b&gt;Intro&lt;/b&gt; baja, &lt;b&gt;Tab&lt;/b&gt; va a la derecha, &lt;b&gt;Supr&lt;/b&gt; borra.</translation>
    </message>
    <message>
        <source>Activity %1 has no evaluation design yet: choose a knowledge test, the questionnaire or the follow-up in the activity&apos;s Evaluation tab.</source>
        <translation>La actividad %1 aún no tiene diseño de evaluación: elija una prueba de conocimientos, el cuestionario o el seguimiento en la pestaña Evaluación de la actividad.</translation>
    </message>
    <message>
        <source>Evaluation not saved</source>
        <translation>Evaluación no guardada</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message numerus="yes">
        <source>The sheet now shows their answers. Highlighted: %n person(s) you both changed, with both answers in the tooltip; review them and save again to keep yours.</source>
        <translation>
            <numerusform>La hoja muestra ahora sus respuestas. Resaltada: %n persona que ambos cambiaron, con las dos respuestas en la información emergente; revísela y guarde de nuevo para conservar las suyas.</numerusform>
            <numerusform>La hoja muestra ahora sus respuestas. Resaltadas: %n personas que ambos cambiaron, con las dos respuestas en la información emergente; revíselas y guarde de nuevo para conservar las suyas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet now shows what the file holds, with your unsaved answers on it. Review them and save again.</source>
        <translation>La hoja muestra ahora lo que contiene el archivo, con sus respuestas sin guardar encima. Revíselas y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Activity %1 changed</source>
        <translation>La actividad %1 cambió</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed the answers of %n person(s) you are editing; the highlighted cells show both in the tooltip.</source>
        <translation>
            <numerusform>Otra persona cambió las respuestas de %n persona que usted está editando; las celdas resaltadas muestran ambas en la información emergente.</numerusform>
            <numerusform>Otra persona cambió las respuestas de %n personas que usted está editando; las celdas resaltadas muestran ambas en la información emergente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The unsaved answers of %n person(s) no longer enrolled in activity %1 are not on the reloaded sheet.</source>
        <translation>
            <numerusform>Las respuestas sin guardar de %n persona que ya no está inscrita en la actividad %1 no están en la hoja recargada.</numerusform>
            <numerusform>Las respuestas sin guardar de %n personas que ya no están inscritas en la actividad %1 no están en la hoja recargada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved evaluation</source>
        <translation>Evaluación sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>The answers of %n person(s) are not saved. Save them before closing?</source>
        <translation>
            <numerusform>Las respuestas de %n persona no están guardadas. ¿Guardarlas antes de cerrar?</numerusform>
            <numerusform>Las respuestas de %n personas no están guardadas. ¿Guardarlas antes de cerrar?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::EvaluationFields</name>
    <message>
        <source>Test maximum</source>
        <translation>Puntaje máximo de la prueba</translation>
    </message>
    <message>
        <source>Mastery threshold %</source>
        <translation>Umbral de dominio %</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Participaron</translation>
    </message>
    <message>
        <source>Pre-tested</source>
        <translation>Con prueba inicial</translation>
    </message>
    <message>
        <source>Post-tested</source>
        <translation>Con prueba final</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Pareados</translation>
    </message>
    <message>
        <source>Mean pre %</source>
        <translation>Promedio inicial %</translation>
    </message>
    <message>
        <source>Mean post %</source>
        <translation>Promedio final %</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejoraron</translation>
    </message>
    <message>
        <source>Improved %</source>
        <translation>Mejoraron %</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Ganancia normalizada</translation>
    </message>
    <message>
        <source>Mean individual gain</source>
        <translation>Ganancia individual promedio</translation>
    </message>
    <message>
        <source>Gain undefined</source>
        <translation>Ganancia no definida</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Mastery %</source>
        <translation>Dominio %</translation>
    </message>
    <message>
        <source>Satisfaction responses</source>
        <translation>Respuestas de satisfacción</translation>
    </message>
    <message>
        <source>Overall item answered</source>
        <translation>Respondieron la satisfacción general</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfechos</translation>
    </message>
    <message>
        <source>Satisfied %</source>
        <translation>Satisfechos %</translation>
    </message>
    <message>
        <source>Satisfaction mean</source>
        <translation>Satisfacción promedio</translation>
    </message>
    <message>
        <source>Mean: overall</source>
        <translation>Promedio: general</translation>
    </message>
    <message>
        <source>Mean: relevance</source>
        <translation>Promedio: pertinencia</translation>
    </message>
    <message>
        <source>Mean: experts</source>
        <translation>Promedio: expertos</translation>
    </message>
    <message>
        <source>Mean: organisation</source>
        <translation>Promedio: organización</translation>
    </message>
    <message>
        <source>Mean: would recommend</source>
        <translation>Promedio: lo recomendaría</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Con seguimiento</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicaron</translation>
    </message>
    <message>
        <source>Applied %</source>
        <translation>Aplicaron %</translation>
    </message>
    <message>
        <source>Evaluation indicators count participations: one person who took part (present or late at one session or more) in one activity of the project. Answers of a person enrolled who did not take part are not counted. A person in two activities is two participations, each scored against its own activity&apos;s maximum. A value without a denominator (nobody paired, no responses) is empty, never 0.</source>
        <translation>Los indicadores de evaluación cuentan participaciones: una persona que participó (presente o con retardo en una sesión o más) en una actividad del proyecto. No se cuentan las respuestas de una persona inscrita que no participó. Una persona en dos actividades son dos participaciones, cada una calificada contra el máximo de su propia actividad. Un valor sin denominador (nadie pareado, sin respuestas) queda vacío, nunca 0.</translation>
    </message>
    <message>
        <source>participations</source>
        <translation>participaciones</translation>
    </message>
    <message>
        <source>percent (0-100)</source>
        <translation>porcentaje (0-100)</translation>
    </message>
    <message>
        <source>mean on the 1-5 scale</source>
        <translation>promedio en la escala de 1 a 5</translation>
    </message>
    <message>
        <source>fraction (0.45, not 45)</source>
        <translation>fracción (0.45, no 45)</translation>
    </message>
    <message>
        <source>none (a count)</source>
        <translation>ninguno (es un conteo)</translation>
    </message>
    <message>
        <source>The maximum score of the activity&apos;s knowledge test; 0 when it has none. Rows by activity only.</source>
        <translation>El puntaje máximo de la prueba de conocimientos de la actividad; 0 si no tiene. Solo en las filas por actividad.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>none (the design)</source>
        <translation>ninguno (es el diseño)</translation>
    </message>
    <message>
        <source>The post-test score, in percent of the maximum, at which a person has reached mastery. Rows by activity only.</source>
        <translation>El puntaje de la prueba final, en porcentaje del máximo, con el que una persona alcanza el dominio. Solo en las filas por actividad.</translation>
    </message>
    <message>
        <source>Participations counted: persons who took part in an activity.</source>
        <translation>Participaciones contadas: personas que participaron en una actividad.</translation>
    </message>
    <message>
        <source>Participations with a pre-test score, in activities with a test.</source>
        <translation>Participaciones con puntaje de prueba inicial, en actividades con prueba.</translation>
    </message>
    <message>
        <source>took_part</source>
        <translation>took_part</translation>
    </message>
    <message>
        <source>Participations with a post-test score, in activities with a test.</source>
        <translation>Participaciones con puntaje de prueba final, en actividades con prueba.</translation>
    </message>
    <message>
        <source>Participations with both a pre-test and a post-test score.</source>
        <translation>Participaciones con puntaje de prueba inicial y de prueba final.</translation>
    </message>
    <message>
        <source>Mean pre-test score in percent of the activity&apos;s maximum, over paired participations.</source>
        <translation>Puntaje promedio de la prueba inicial en porcentaje del máximo de la actividad, sobre las participaciones pareadas.</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>paired</translation>
    </message>
    <message>
        <source>Mean post-test score in percent of the activity&apos;s maximum, over paired participations.</source>
        <translation>Puntaje promedio de la prueba final en porcentaje del máximo de la actividad, sobre las participaciones pareadas.</translation>
    </message>
    <message>
        <source>Paired participations whose post-test score is above the pre-test score.</source>
        <translation>Participaciones pareadas cuyo puntaje final es mayor que el inicial.</translation>
    </message>
    <message>
        <source>Improved, in percent of paired.</source>
        <translation>Mejoraron, en porcentaje de las pareadas.</translation>
    </message>
    <message>
        <source>Hake&apos;s normalised gain: (mean post % - mean pre %) / (100 - mean pre %), over paired participations; empty when the mean pre-test is 100 %.</source>
        <translation>Ganancia normalizada de Hake: (promedio final % - promedio inicial %) / (100 - promedio inicial %), sobre las participaciones pareadas; vacía cuando el promedio inicial es 100 %.</translation>
    </message>
    <message>
        <source>The mean of each paired participation&apos;s own gain, (post % - pre %) / (100 - pre %), leaving out those with a pre-test of 100 %, whose gain is undefined.</source>
        <translation>El promedio de la ganancia propia de cada participación pareada, (final % - inicial %) / (100 - inicial %), sin las que tienen una prueba inicial de 100 %, cuya ganancia no está definida.</translation>
    </message>
    <message>
        <source>paired minus gain_undefined</source>
        <translation>paired menos gain_undefined</translation>
    </message>
    <message>
        <source>Paired participations with a pre-test of 100 %, left out of the mean individual gain.</source>
        <translation>Participaciones pareadas con una prueba inicial de 100 %, fuera de la ganancia individual promedio.</translation>
    </message>
    <message>
        <source>Post-tested participations whose post-test score, in percent of the maximum, is at or above the activity&apos;s mastery threshold.</source>
        <translation>Participaciones con prueba final cuyo puntaje final, en porcentaje del máximo, alcanza o supera el umbral de dominio de la actividad.</translation>
    </message>
    <message>
        <source>post_tested</source>
        <translation>post_tested</translation>
    </message>
    <message>
        <source>Mastery, in percent of post-tested.</source>
        <translation>Dominio, en porcentaje de las que tienen prueba final.</translation>
    </message>
    <message>
        <source>Participations that answered one satisfaction item or more.</source>
        <translation>Participaciones que respondieron una pregunta de satisfacción o más.</translation>
    </message>
    <message>
        <source>Participations that answered the overall satisfaction item.</source>
        <translation>Participaciones que respondieron la pregunta de satisfacción general.</translation>
    </message>
    <message>
        <source>satisfaction_responses</source>
        <translation>satisfaction_responses</translation>
    </message>
    <message>
        <source>Participations that rated overall satisfaction 4 or 5.</source>
        <translation>Participaciones que calificaron la satisfacción general con 4 o 5.</translation>
    </message>
    <message>
        <source>satisfaction_overall_responses</source>
        <translation>satisfaction_overall_responses</translation>
    </message>
    <message>
        <source>Satisfied, in percent of those who answered the overall item.</source>
        <translation>Satisfechos, en porcentaje de quienes respondieron la pregunta general.</translation>
    </message>
    <message>
        <source>The mean of every answer to the five satisfaction items, over the responses.</source>
        <translation>El promedio de todas las respuestas a las cinco preguntas de satisfacción, sobre las respuestas.</translation>
    </message>
    <message>
        <source>the item answers given</source>
        <translation>las respuestas dadas a las preguntas</translation>
    </message>
    <message>
        <source>The mean answer to &quot;overall satisfaction&quot;.</source>
        <translation>La respuesta promedio a «satisfacción general».</translation>
    </message>
    <message>
        <source>The mean answer to &quot;relevance to my work&quot;.</source>
        <translation>La respuesta promedio a «pertinencia para mi trabajo».</translation>
    </message>
    <message>
        <source>those who answered the item</source>
        <translation>quienes respondieron la pregunta</translation>
    </message>
    <message>
        <source>The mean answer to &quot;quality of the experts&quot;.</source>
        <translation>La respuesta promedio a «calidad de los expertos».</translation>
    </message>
    <message>
        <source>The mean answer to &quot;organisation&quot;.</source>
        <translation>La respuesta promedio a «organización».</translation>
    </message>
    <message>
        <source>The mean answer to &quot;would recommend&quot;.</source>
        <translation>La respuesta promedio a «lo recomendaría».</translation>
    </message>
    <message>
        <source>Participations that answered the follow-up (&quot;applied what I learnt in my work&quot;).</source>
        <translation>Participaciones que respondieron el seguimiento («apliqué lo aprendido en mi trabajo»).</translation>
    </message>
    <message>
        <source>Participations that answered the follow-up yes or partly.</source>
        <translation>Participaciones que respondieron el seguimiento con sí o en parte.</translation>
    </message>
    <message>
        <source>followed_up</source>
        <translation>followed_up</translation>
    </message>
    <message>
        <source>Applied, in percent of those who answered the follow-up.</source>
        <translation>Aplicaron, en porcentaje de quienes respondieron el seguimiento.</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationFormatter</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Evaluation by %1</source>
        <translation>Evaluación por %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>sessions held %1</source>
        <translation>sesiones realizadas %1</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationImporter</name>
    <message>
        <source>%1 is not a score; write a number such as 14 or 14.5.</source>
        <translation>%1 no es una calificación; escriba un número como 14 o 14.5.</translation>
    </message>
    <message>
        <source>%1 is a score out of %2, but the activity&apos;s test is scored out of %3.</source>
        <translation>%1 es una calificación sobre %2, pero el examen de la actividad se califica sobre %3.</translation>
    </message>
    <message>
        <source>%1 is not an answer from 1 to 5.</source>
        <translation>%1 no es una respuesta del 1 al 5.</translation>
    </message>
    <message>
        <source>%1 is not yes, partly or no (sí, en parte, no).</source>
        <translation>%1 no es sí, en parte o no (yes, partly, no).</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; is not COLUMN=FIELD; write for example --map &quot;Calificación=post&quot;.</source>
        <translation>--map &apos;%1&apos; no es COLUMNA=CAMPO; escriba por ejemplo --map &quot;Calificación=post&quot;.</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; names the field &apos;%2&apos;, which an evaluation list does not have; the fields are %3, or ignore.</source>
        <translation>--map &apos;%1&apos; nombra el campo &apos;%2&apos;, que una lista de evaluación no tiene; los campos son %3, o ignore.</translation>
    </message>
    <message>
        <source>reading the activity of an evaluation list</source>
        <translation>leyendo la actividad de una lista de evaluación</translation>
    </message>
    <message>
        <source>The activity of the evaluation list is no longer in the file.</source>
        <translation>La actividad de la lista de evaluación ya no está en el archivo.</translation>
    </message>
    <message>
        <source>--map names the column %1, which %2 does not have; its columns are %3.</source>
        <translation>--map nombra la columna %1, que %2 no tiene; sus columnas son %3.</translation>
    </message>
    <message>
        <source>Both columns %1 and %2 of %3 look like the field %4. Say which one it is with --map, for example --map &quot;%2=ignore&quot;.</source>
        <translation>Las columnas %1 y %2 de %3 parecen ser el campo %4. Indique cuál es con --map, por ejemplo --map &quot;%2=ignore&quot;.</translation>
    </message>
    <message>
        <source>; not used: %1</source>
        <translation>; sin usar: %1</translation>
    </message>
    <message>
        <source>%1 has no column that says who answered: a name (or given and family names) or an email. Name the column with --map, for example --map &quot;Participante=name&quot;.</source>
        <translation>%1 no tiene una columna que diga quién respondió: un nombre (o nombre(s) y apellidos) o un correo electrónico. Nombre la columna con --map, por ejemplo --map &quot;Participante=name&quot;.</translation>
    </message>
    <message>
        <source>%1 has no column of answers (pre, post, the satisfaction items, comment or applied). Name the columns with --map, for example --map &quot;Examen final=post&quot;.</source>
        <translation>%1 no tiene columnas de respuestas (pre, post, los reactivos de satisfacción, comentario o aplicación). Nombre las columnas con --map, por ejemplo --map &quot;Examen final=post&quot;.</translation>
    </message>
    <message>
        <source>%1 could be any of %2, all enrolled in activity %3; give the email to tell them apart.</source>
        <translation>%1 podría ser cualquiera de %2, todas inscritas en la actividad %3; indique el correo electrónico para distinguirlas.</translation>
    </message>
    <message>
        <source>the row names no one; give the person&apos;s name or email.</source>
        <translation>la fila no nombra a nadie; indique el nombre o el correo electrónico de la persona.</translation>
    </message>
    <message>
        <source>no one enrolled in activity %1 is %2; check the spelling, or enrol the person in the activity first.</source>
        <translation>nadie inscrito en la actividad %1 es %2; revise cómo está escrito o inscriba primero a la persona en la actividad.</translation>
    </message>
    <message>
        <source>activity %1 has no knowledge test, so it takes no score; give the activity its test&apos;s maximum score first, or leave the column out with --map.</source>
        <translation>la actividad %1 no tiene examen de conocimientos, así que no lleva calificación; dé primero a la actividad la calificación máxima de su examen, o deje fuera la columna con --map.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2, the maximum score of activity %3&apos;s test.</source>
        <translation>%1 está fuera del rango de 0 a %2, la calificación máxima del examen de la actividad %3.</translation>
    </message>
    <message>
        <source>%1 is outside 1 to 5; each satisfaction item is answered from 1 to 5.</source>
        <translation>%1 está fuera del rango de 1 a 5; cada reactivo de satisfacción se responde del 1 al 5.</translation>
    </message>
    <message>
        <source>%1, separated by &quot;%2&quot;</source>
        <translation>%1, separado por &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Import of the evaluation list %1 (%2) into %3, activity %4
</source>
        <translation>Importación de la lista de evaluación %1 (%2) en %3, actividad %4
</translation>
    </message>
    <message>
        <source>Columns: %1

</source>
        <translation>Columnas: %1

</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>filas leídas</translation>
    </message>
    <message>
        <source>persons with new answers</source>
        <translation>personas con respuestas nuevas</translation>
    </message>
    <message>
        <source>persons whose answers change</source>
        <translation>personas cuyas respuestas cambian</translation>
    </message>
    <message>
        <source>persons already recorded as listed</source>
        <translation>personas ya registradas como en la lista</translation>
    </message>
    <message>
        <source>submissions replaced by a later one</source>
        <translation>envíos reemplazados por uno posterior</translation>
    </message>
    <message>
        <source>rejected rows</source>
        <translation>filas rechazadas</translation>
    </message>
    <message>
        <source>
Rejected rows%1:
</source>
        <translation>
Filas rechazadas%1:
</translation>
    </message>
    <message>
        <source> (kept in %1)</source>
        <translation> (guardadas en %1)</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3
</source>
        <translation>  línea %1, columna %2: %3
</translation>
    </message>
    <message>
        <source>
Submitted more than once (the later submission counts):
</source>
        <translation>
Enviado más de una vez (cuenta el envío posterior):
</translation>
    </message>
    <message>
        <source>  line %1 is replaced by line %2, both from %3
</source>
        <translation>  la línea %1 se reemplaza por la línea %2, ambas de %3
</translation>
    </message>
    <message>
        <source>Nothing was written.
</source>
        <translation>No se escribió nada.
</translation>
    </message>
    <message>
        <source>Nothing to write: the file already holds every answer of the list.
</source>
        <translation>Nada que escribir: el archivo ya tiene todas las respuestas de la lista.
</translation>
    </message>
    <message numerus="yes">
        <source>Written: the answers of %n person(s).
</source>
        <translation>
            <numerusform>Escritas: las respuestas de %n persona.
</numerusform>
            <numerusform>Escritas: las respuestas de %n personas.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; the answers of %n person(s) would be.
</source>
        <translation>
            <numerusform>Simulación: no se escribió nada; se escribirían las respuestas de %n persona.
</numerusform>
            <numerusform>Simulación: no se escribió nada; se escribirían las respuestas de %n personas.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of an evaluation list (%1) for activity %2: answers of %n person(s)</source>
        <translation>
            <numerusform>importación de una lista de evaluación (%1) para la actividad %2: respuestas de %n persona</numerusform>
            <numerusform>importación de una lista de evaluación (%1) para la actividad %2: respuestas de %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::EvaluationModel</name>
    <message>
        <source>%1, %2</source>
        <comment>family names, given names</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Changed by someone else since you started: theirs “%1”, yours “%2”.</source>
        <translation>Otra persona lo cambió desde que usted empezó: el de la otra persona “%1”, el suyo “%2”.</translation>
    </message>
    <message>
        <source>Knowledge test before the activity, 0 to %1</source>
        <translation>Prueba de conocimientos antes de la actividad, de 0 a %1</translation>
    </message>
    <message>
        <source>Knowledge test after the activity, 0 to %1</source>
        <translation>Prueba de conocimientos después de la actividad, de 0 a %1</translation>
    </message>
    <message>
        <source>Overall satisfaction, 1 (poor) to 5 (excellent)</source>
        <translation>Satisfacción general, de 1 (mala) a 5 (excelente)</translation>
    </message>
    <message>
        <source>Relevance to my work, 1 to 5</source>
        <translation>Pertinencia para mi trabajo, de 1 a 5</translation>
    </message>
    <message>
        <source>Quality of the experts, 1 to 5</source>
        <translation>Calidad de las personas expertas, de 1 a 5</translation>
    </message>
    <message>
        <source>Organisation, 1 to 5</source>
        <translation>Organización, de 1 a 5</translation>
    </message>
    <message>
        <source>Would recommend, 1 to 5</source>
        <translation>La recomendaría, de 1 a 5</translation>
    </message>
    <message>
        <source>The participant&apos;s free comment</source>
        <translation>El comentario libre de la persona participante</translation>
    </message>
    <message>
        <source>Follow-up: applied what was learnt in their work (Y yes, P partly, N no)</source>
        <translation>Seguimiento: aplicó lo aprendido en su trabajo (S sí, P parcialmente, N no)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinencia</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recomendaría</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicó</translation>
    </message>
    <message>
        <source>“%1” is not a score; type a number from 0 to %2.</source>
        <translation>“%1” no es un puntaje; escriba un número de 0 a %2.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2, the test&apos;s maximum score; type a score within it.</source>
        <translation>%1 está fuera de 0 a %2, el puntaje máximo de la prueba; escriba un puntaje dentro de ese rango.</translation>
    </message>
    <message>
        <source>The comment has %1 characters, more than the %2 allowed; shorten it.</source>
        <translation>El comentario tiene %1 caracteres, más de los %2 permitidos; acórtelo.</translation>
    </message>
    <message>
        <source>“%1” is not a follow-up answer; type Y (yes), P (partly) or N (no).</source>
        <translation>“%1” no es una respuesta de seguimiento; escriba S (sí), P (parcialmente) o N (no).</translation>
    </message>
    <message>
        <source>“%1” is not an answer; each satisfaction item is answered from 1 (poor) to 5 (excellent).</source>
        <translation>“%1” no es una respuesta; cada pregunta de satisfacción se responde de 1 (mala) a 5 (excelente).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationQuery</name>
    <message>
        <source>(no institution)</source>
        <translation>(sin institución)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>A participation in an activity of two components counts in both rows, so the rows can add up to more than the totals; activities in no component are in no row.</source>
        <translation>Una participación en una actividad de dos componentes cuenta en ambas filas, así que las filas pueden sumar más que los totales; las actividades sin componente no están en ninguna fila.</translation>
    </message>
    <message>
        <source>A participation counts under each country that had an expert in its activity, so the rows can add up to more than the totals; activities without experts are in no row.</source>
        <translation>Una participación cuenta en cada país que tuvo un experto en su actividad, así que las filas pueden sumar más que los totales; las actividades sin expertos no están en ninguna fila.</translation>
    </message>
    <message>
        <source>Each participation is in exactly one row, so the rows&apos; counts add up to the totals; a person in two activities counts twice in their row.</source>
        <translation>Cada participación está en exactamente una fila, así que los conteos de las filas suman los totales; una persona en dos actividades cuenta dos veces en su fila.</translation>
    </message>
    <message>
        <source>The totals count every participation of the project once.</source>
        <translation>Los totales cuentan cada participación del proyecto una vez.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>leer el proyecto</translation>
    </message>
    <message>
        <source>There is no project with id %1 in the file. List the projects with &apos;seminardesk-cli info FILE&apos;.</source>
        <translation>No existe ningún proyecto con id %1 en el archivo. Liste los proyectos con &apos;seminardesk-cli info FILE&apos;.</translation>
    </message>
    <message>
        <source>counting the evaluation by %1</source>
        <translation>contar la evaluación por %1</translation>
    </message>
    <message>
        <source>listing the participations behind an evaluation number</source>
        <translation>listar las participaciones detrás de una cifra de evaluación</translation>
    </message>
    <message>
        <source>A row counts the participations with a session attended (present or late) in that calendar year.</source>
        <translation>Una fila cuenta las participaciones con una sesión asistida (presente o con retardo) en ese año calendario.</translation>
    </message>
    <message>
        <source>A row counts the participations with a session attended (present or late) in that calendar quarter.</source>
        <translation>Una fila cuenta las participaciones con una sesión asistida (presente o con retardo) en ese trimestre calendario.</translation>
    </message>
    <message>
        <source>A participation with sessions attended in two rows counts in each, with all its answers, so the rows can add up to more than the totals.</source>
        <translation>Una participación con sesiones asistidas en dos filas cuenta en cada una, con todas sus respuestas, así que las filas pueden sumar más que los totales.</translation>
    </message>
    <message>
        <source>Every activity&apos;s sessions fall in one row, so the rows add up to the totals.</source>
        <translation>Las sesiones de cada actividad caen en una sola fila, así que las filas suman los totales.</translation>
    </message>
    <message>
        <source>Activities with sessions in more than one row: %1.</source>
        <translation>Actividades con sesiones en más de una fila: %1.</translation>
    </message>
    <message>
        <source>Only the sessions held %1 count: a participation counts when the person was marked present or late at one of its activity&apos;s sessions in that period, and its answers count with it.</source>
        <translation>Solo cuentan las sesiones realizadas %1: una participación cuenta si a la persona se le marcó presente o con retardo en una de las sesiones de su actividad en ese periodo, y sus respuestas cuentan con ella.</translation>
    </message>
    <message>
        <source>The totals count every participation of the period once.</source>
        <translation>Los totales cuentan cada participación del periodo una vez.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2. Give a start date on or before the end date.</source>
        <translation>El periodo empieza el %1, después de su fin el %2. Indique una fecha de inicio igual o anterior a la fecha final.</translation>
    </message>
    <message>
        <source>naming the activities in more than one row</source>
        <translation>nombrar las actividades en más de una fila</translation>
    </message>
    <message>
        <source>The year filter &quot;%1&quot; is not a year. Give four digits, such as 2017.</source>
        <translation>El filtro de año &quot;%1&quot; no es un año. Indique cuatro dígitos, como 2017.</translation>
    </message>
    <message>
        <source>The quarter filter &quot;%1&quot; is not a quarter. Give a year and a quarter number, such as 2017-Q4.</source>
        <translation>El filtro de trimestre &quot;%1&quot; no es un trimestre. Indique un año y un número de trimestre, como 2017-Q4.</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationStore</name>
    <message>
        <source>reading the evaluation of an activity</source>
        <translation>leyendo la evaluación de una actividad</translation>
    </message>
    <message>
        <source>pre-test score</source>
        <translation>calificación del examen inicial</translation>
    </message>
    <message>
        <source>post-test score</source>
        <translation>calificación del examen final</translation>
    </message>
    <message>
        <source>%1 has a %2, but activity %3 has no knowledge test. Give the activity a test and its maximum score first, or leave the score empty.</source>
        <translation>%1 tiene una %2, pero la actividad %3 no tiene examen de conocimientos. Dé primero a la actividad un examen y su calificación máxima, o deje vacía la calificación.</translation>
    </message>
    <message>
        <source>The %1 of %2 is %3, outside 0 to %4, the maximum score of activity %5&apos;s test. Correct the score.</source>
        <translation>La %1 de %2 es %3, fuera del rango de 0 a %4, la calificación máxima del examen de la actividad %5. Corrija la calificación.</translation>
    </message>
    <message>
        <source>A satisfaction answer of %1 is %2; each item is answered from 1 to 5. Correct it.</source>
        <translation>Una respuesta de satisfacción de %1 es %2; cada reactivo se responde del 1 al 5. Corríjala.</translation>
    </message>
    <message>
        <source>recording evaluation answers</source>
        <translation>registrando respuestas de evaluación</translation>
    </message>
    <message>
        <source>The evaluation was not saved: the activity was deleted meanwhile. Reopen the programme.</source>
        <translation>La evaluación no se guardó: mientras tanto se eliminó la actividad. Vuelva a abrir el programa.</translation>
    </message>
    <message>
        <source>The evaluation was not saved: enrolment %1 is no longer in activity %2. Reopen the evaluation sheet.</source>
        <translation>La evaluación no se guardó: la inscripción %1 ya no está en la actividad %2. Vuelva a abrir la hoja de evaluación.</translation>
    </message>
    <message>
        <source>The evaluation was not saved. %1</source>
        <translation>La evaluación no se guardó. %1</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationTableModel</name>
    <message>
        <source>%1
Unit: %2. Denominator: %3.</source>
        <translation>%1
Unidad: %2. Denominador: %3.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Double-click to list the persons behind this number</source>
        <translation>Haga doble clic para ver la lista de las personas detrás de esta cifra</translation>
    </message>
    <message>
        <source>%1 · %2 · sessions held %3</source>
        <translation>%1 · %2 · sesiones realizadas %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sd::ExpertDialog</name>
    <message>
        <source>Type a name or acronym, or any institution</source>
        <translation>Escriba un nombre o unas siglas, o cualquier institución</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nueva persona experta</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Persona experta</translation>
    </message>
</context>
<context>
    <name>sd::Export</name>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>Could not write the CSV to %1: %2. Nothing was written; free some space or choose another folder, then export again.</source>
        <translation>No se pudo escribir el CSV en %1: %2. No se escribió nada; libere espacio o elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The CSV output is not open for writing; open the file or buffer before exporting.</source>
        <translation>La salida CSV no está abierta para escritura; abra el archivo o el búfer antes de exportar.</translation>
    </message>
    <message>
        <source>A CSV separator cannot be a double quote or a line break; choose a comma or a semicolon.</source>
        <translation>Un separador CSV no puede ser una comilla doble ni un salto de línea; elija una coma o un punto y coma.</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Every project of the file</source>
        <translation>Todos los proyectos del archivo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Time of export</source>
        <translation>Hora de exportación</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportado por</translation>
    </message>
    <message>
        <source>Counting rule: took part</source>
        <translation>Regla de conteo: participó</translation>
    </message>
    <message>
        <source>A participant took part in an activity when marked present or late at one of its sessions or more.</source>
        <translation>Un participante participó en una actividad cuando está marcado como presente o con retardo en al menos una de sus sesiones.</translation>
    </message>
    <message>
        <source>Counting rule: participations</source>
        <translation>Regla de conteo: participaciones</translation>
    </message>
    <message>
        <source>Over the activities counted, the sum of the participants who took part in each.</source>
        <translation>Sobre las actividades contadas, la suma de los participantes que participaron en cada una.</translation>
    </message>
    <message>
        <source>Counting rule: unique participants</source>
        <translation>Regla de conteo: participantes únicos</translation>
    </message>
    <message>
        <source>Distinct persons who took part in at least one of the activities counted; each person counts once however many activities they attended.</source>
        <translation>Personas distintas que participaron en al menos una de las actividades contadas; cada persona cuenta una vez, sin importar a cuántas actividades asistió.</translation>
    </message>
    <message>
        <source>Counting rule: participant-days</source>
        <translation>Regla de conteo: días-participante</translation>
    </message>
    <message>
        <source>Sessions marked present or late, one per person and session; a half-day session counts 0.5.</source>
        <translation>Sesiones marcadas como presente o con retardo, una por persona y sesión; una sesión de medio día cuenta 0.5.</translation>
    </message>
    <message>
        <source>Counting rule: attendance rate</source>
        <translation>Regla de conteo: tasa de asistencia</translation>
    </message>
    <message>
        <source>Sessions present or late over the sessions of the activity.</source>
        <translation>Sesiones presente o con retardo sobre las sesiones de la actividad.</translation>
    </message>
    <message>
        <source>Counting rule: breakdowns</source>
        <translation>Regla de conteo: desgloses</translation>
    </message>
    <message>
        <source>An activity in two components counts in both, so component rows can add up to more than the total; each sheet&apos;s notes say how its rows add up.</source>
        <translation>Una actividad en dos componentes cuenta en ambos, así que las filas por componente pueden sumar más que el total; las notas de cada hoja indican cómo se suman sus filas.</translation>
    </message>
    <message>
        <source>Text cells</source>
        <translation>Celdas de texto</translation>
    </message>
    <message>
        <source>Text beginning with =, +, -, @, a tab or a line break is written with a leading apostrophe, so that no spreadsheet runs it as a formula.</source>
        <translation>El texto que empieza con =, +, -, @, un tabulador o un salto de línea se escribe con un apóstrofo inicial, para que ninguna hoja de cálculo lo ejecute como fórmula.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>reading the participants</source>
        <translation>leer los participantes</translation>
    </message>
    <message>
        <source>reading the activities of the participants</source>
        <translation>leer las actividades de los participantes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Unique participants</source>
        <translation>Participantes únicos</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Participant-days</source>
        <translation>Días-participante</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Expert countries</source>
        <translation>Países de las personas expertas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Could not create %1: %2. Nothing was written; choose another folder, or free some space, then export again.</source>
        <translation>No se pudo crear %1: %2. No se escribió nada; elija otra carpeta o libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was written (an earlier file of that name is as it was); free some space or choose another folder, then export again.</source>
        <translation>No se pudo guardar %1: %2. No se escribió nada (un archivo anterior con ese nombre quedó como estaba); libere espacio o elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; free some space or choose another folder, then export again.</source>
        <translation>No se pudo escribir %1: %2. No se escribió nada; libere espacio o elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Could not write cell %1 of sheet &quot;%2&quot; (%3); shorten or correct that value and export again.</source>
        <translation>No se pudo escribir la celda %1 de la hoja &quot;%2&quot; (%3); acorte o corrija ese valor y exporte de nuevo.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has %2 rows and %3 columns, more than an Excel sheet holds (%4 rows, %5 columns); export it as CSV or narrow it with filters.</source>
        <translation>La tabla &quot;%1&quot; tiene %2 filas y %3 columnas, más de las que caben en una hoja de Excel (%4 filas, %5 columnas); expórtela como CSV o redúzcala con filtros.</translation>
    </message>
    <message>
        <source>Could not read back the workbook just written to %1 (%2); check the free disk space and export again.</source>
        <translation>No se pudo volver a leer el libro recién escrito en %1 (%2); revise el espacio libre en disco y exporte de nuevo.</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1. Nothing was written; free some space or choose another folder, then export again.</source>
        <translation>No se pudo escribir el libro: %1. No se escribió nada; libere espacio o elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>No file name was given for the workbook; choose a file to export to.</source>
        <translation>No se indicó un nombre de archivo para el libro; elija un archivo al cual exportar.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Hoja %1</translation>
    </message>
    <message>
        <source>Could not start the workbook %1; free some memory and export again.</source>
        <translation>No se pudo iniciar el libro %1; libere memoria y exporte de nuevo.</translation>
    </message>
    <message>
        <source>Could not add the sheet &quot;%1&quot; to %2 (it needs a temporary file in %3); check the free space there and export again.</source>
        <translation>No se pudo agregar la hoja &quot;%1&quot; a %2 (necesita un archivo temporal en %3); revise el espacio libre ahí y exporte de nuevo.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1 (%2); check the free disk space and your permissions on the folder, then export again.</source>
        <translation>No se pudo escribir el libro %1 (%2); revise el espacio libre en disco y sus permisos en la carpeta y exporte de nuevo.</translation>
    </message>
    <message>
        <source>%1 evaluation</source>
        <translation>%1 evaluación</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>% of participations</source>
        <translation>% de participaciones</translation>
    </message>
    <message>
        <source>% female</source>
        <translation>% mujeres</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Regla de conteo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Puntaje del examen inicial</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Puntaje del examen final</translation>
    </message>
    <message>
        <source>Pre-test %</source>
        <translation>Examen inicial %</translation>
    </message>
    <message>
        <source>Post-test %</source>
        <translation>Examen final %</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>Satisfacción general</translation>
    </message>
    <message>
        <source>Relevance to my work</source>
        <translation>Relevancia para mi trabajo</translation>
    </message>
    <message>
        <source>Quality of the experts</source>
        <translation>Calidad de las personas expertas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Lo recomendaría</translation>
    </message>
    <message>
        <source>Applied what they learnt</source>
        <translation>Aplicaron lo aprendido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>reading the evaluation answers</source>
        <translation>leer las respuestas de la evaluación</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Could not add a drop-down list to the registration template.</source>
        <translation>No se pudo agregar una lista desplegable a la plantilla de registro.</translation>
    </message>
    <message>
        <source>Could not add the sheets of the registration template.</source>
        <translation>No se pudieron agregar las hojas de la plantilla de registro.</translation>
    </message>
    <message>
        <source>No file name was given for the registration template; choose a file.</source>
        <translation>No se indicó un nombre de archivo para la plantilla de registro; elija un archivo.</translation>
    </message>
</context>
<context>
    <name>sd::ExportFileChooser</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>CSV para Excel, UTF-8 con marca de orden de bytes (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>sd::FieldMarks</name>
    <message numerus="yes">
        <source>…and %n more problem(s): point here to read them all.</source>
        <translation>
            <numerusform>…y %n problema más: señale aquí para leerlos todos.</numerusform>
            <numerusform>…y %n problemas más: señale aquí para leerlos todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::FileBytes</name>
    <message>
        <source>%1 does not exist; check the path and try again.</source>
        <translation>%1 no existe; revise la ruta e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; choose the list file itself.</source>
        <translation>%1 es una carpeta, no un archivo; elija el archivo de la lista.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that you may read it and that no other program holds it.</source>
        <translation>%1 no se puede abrir (%2); verifique que tenga permiso de lectura y que ningún otro programa lo tenga bloqueado.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2); copy it to a local folder and try again.</source>
        <translation>%1 no se pudo leer hasta el final (%2); cópielo a una carpeta local e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1 is too large for a list (%2 MiB, the limit is %3 MiB); split it into smaller files and try again.</source>
        <translation>%1 es demasiado grande para una lista (%2 MiB, el límite es %3 MiB); divídalo en archivos más pequeños e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>sd::FileCheck</name>
    <message>
        <source>attendance marks belong to a session of the enrolment&apos;s own activity</source>
        <translation>las marcas de asistencia pertenecen a una sesión de la actividad de su inscripción</translation>
    </message>
    <message>
        <source>sessions lie within their activity&apos;s dates</source>
        <translation>las sesiones caen dentro de las fechas de su actividad</translation>
    </message>
    <message>
        <source>activities lie within their project&apos;s time frame</source>
        <translation>las actividades caen dentro del periodo de su proyecto</translation>
    </message>
    <message>
        <source>every activity belongs to at least one component</source>
        <translation>cada actividad pertenece al menos a un componente</translation>
    </message>
    <message>
        <source>components of an activity belong to the activity&apos;s project</source>
        <translation>los componentes de una actividad pertenecen al proyecto de la actividad</translation>
    </message>
    <message>
        <source>no day holds both a full-day and a half-day session of one activity</source>
        <translation>ningún día tiene a la vez una sesión de día completo y una de medio día de la misma actividad</translation>
    </message>
    <message>
        <source>each enrolment&apos;s sessions attended and participant-days equal its marks</source>
        <translation>las sesiones asistidas y los días-participante de cada inscripción coinciden con sus marcas</translation>
    </message>
    <message>
        <source>%1 in the rows, %2 in the total</source>
        <translation>%1 en las filas, %2 en el total</translation>
    </message>
    <message>
        <source>The check of %1 was stopped before it finished. Nothing was changed.</source>
        <translation>La revisión de %1 se detuvo antes de terminar. No se cambió nada.</translation>
    </message>
    <message>
        <source>checking its integrity</source>
        <translation>revisar su integridad</translation>
    </message>
    <message>
        <source>the database file is intact (integrity_check)</source>
        <translation>el archivo de base de datos está íntegro (integrity_check)</translation>
    </message>
    <message>
        <source>checking its references</source>
        <translation>revisar sus referencias</translation>
    </message>
    <message>
        <source>every reference points to an existing record (foreign_key_check)</source>
        <translation>cada referencia apunta a un registro existente (foreign_key_check)</translation>
    </message>
    <message>
        <source>%1 broken reference(s) in %2</source>
        <translation>%1 referencia(s) rota(s) en %2</translation>
    </message>
    <message>
        <source>the schema version is current (%1)</source>
        <translation>la versión del esquema es la actual (%1)</translation>
    </message>
    <message>
        <source>the file says %1</source>
        <translation>el archivo indica %1</translation>
    </message>
    <message>
        <source>the file is marked as a Seminar Desk programme (application_id)</source>
        <translation>el archivo está marcado como programa de Seminar Desk (application_id)</translation>
    </message>
    <message>
        <source>foreign keys are enforced on this connection</source>
        <translation>las claves foráneas se hacen cumplir en esta conexión</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is off</source>
        <translation>PRAGMA foreign_keys está desactivado</translation>
    </message>
    <message>
        <source>checking an invariant</source>
        <translation>revisar una regla</translation>
    </message>
    <message>
        <source>%1 record(s) break it</source>
        <translation>%1 registro(s) la incumplen</translation>
    </message>
    <message>
        <source>results can be computed</source>
        <translation>los resultados se pueden calcular</translation>
    </message>
    <message>
        <source>participations per activity add up to the total</source>
        <translation>las participaciones por actividad suman el total</translation>
    </message>
    <message>
        <source>participant-days per activity add up to the total</source>
        <translation>los días-participante por actividad suman el total</translation>
    </message>
    <message>
        <source>each activity row counts each person once, and the genders add up</source>
        <translation>cada fila de actividad cuenta a cada persona una vez, y los sexos suman</translation>
    </message>
    <message>
        <source>a row breaks the rule</source>
        <translation>una fila incumple la regla</translation>
    </message>
    <message>
        <source>unique participants do not exceed participations</source>
        <translation>los participantes únicos no superan las participaciones</translation>
    </message>
    <message>
        <source>%1 unique, %2 participations</source>
        <translation>%1 únicos, %2 participaciones</translation>
    </message>
    <message>
        <source>the genders add up to the unique participants</source>
        <translation>los sexos suman los participantes únicos</translation>
    </message>
    <message>
        <source>genders add up to %1, unique participants are %2</source>
        <translation>los sexos suman %1, los participantes únicos son %2</translation>
    </message>
    <message>
        <source>participations by %1 add up to the total</source>
        <translation>las participaciones por %1 suman el total</translation>
    </message>
    <message>
        <source>participations by component cover the total</source>
        <translation>las participaciones por componente cubren el total</translation>
    </message>
    <message>
        <source>every reference is a foreign key the server has checked</source>
        <translation>cada referencia es una clave foránea que el servidor ha verificado</translation>
    </message>
    <message>
        <source>%1 foreign key(s), %2 not checked</source>
        <translation>%1 clave(s) foránea(s), %2 sin verificar</translation>
    </message>
    <message>
        <source>foreign keys and triggers are switched on</source>
        <translation>las claves foráneas y los disparadores están activados</translation>
    </message>
    <message>
        <source>%1 trigger(s) switched off</source>
        <translation>%1 disparador(es) desactivado(s)</translation>
    </message>
    <message>
        <source>reading its schema version</source>
        <translation>leer su versión de esquema</translation>
    </message>
    <message>
        <source>the database says %1</source>
        <translation>la base de datos indica %1</translation>
    </message>
    <message>
        <source>the database is marked as a Seminar Desk programme (meta)</source>
        <translation>la base de datos está marcada como programa de Seminar Desk (meta)</translation>
    </message>
</context>
<context>
    <name>sd::FileCheckDialog</name>
    <message>
        <source>Check of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>All %1 checks passed. %2 is intact: SQLite finds no damage in it, every reference points to an existing record, the records keep the programme&apos;s rules and every results table adds up.</source>
        <translation>Las %1 revisiones pasaron. %2 está íntegro: SQLite no encuentra daños en él, cada referencia apunta a un registro existente, los registros cumplen las reglas del programa y cada tabla de resultados cuadra.</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed on %3. The failed checks come first in the list below, with what was found.</source>
        <translation>%1 de %2 revisiones fallaron en %3. Las revisiones fallidas aparecen primero en la lista de abajo, con lo que se encontró.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pasó</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>The file is damaged. Stop working in it: keep a copy of it as it is (File ▸ Save a copy…), then go back to a backup taken before the damage (File ▸ Restore from a backup…).</source>
        <translation>El archivo está dañado. Deje de trabajar en él: guarde una copia tal como está (Archivo ▸ Guardar una copia…) y luego regrese a un respaldo tomado antes del daño (Archivo ▸ Restaurar desde un respaldo…).</translation>
    </message>
    <message>
        <source>Some records break a rule of the programme. Correct the records the failed checks name (for example, move a session into its activity&apos;s dates), then check the file again.</source>
        <translation>Algunos registros incumplen una regla del programa. Corrija los registros que nombran las revisiones fallidas (por ejemplo, mueva una sesión dentro de las fechas de su actividad) y vuelva a revisar el archivo.</translation>
    </message>
    <message>
        <source>The file&apos;s format or its counting disagrees with itself, which is a fault of Seminar Desk, not of your records. Keep a copy of the file (File ▸ Save a copy…) and report the failed checks to whoever supports Seminar Desk for you.</source>
        <translation>El formato del archivo o su conteo no concuerdan consigo mismos, lo cual es una falla de Seminar Desk, no de sus registros. Guarde una copia del archivo (Archivo ▸ Guardar una copia…) y reporte las revisiones fallidas a quien le dé soporte de Seminar Desk.</translation>
    </message>
    <message>
        <source>All %1 checks passed. %2 holds together: its schema is current, every reference is a foreign key the server has checked, its triggers are switched on, the records keep the programme&apos;s rules and every results table adds up.</source>
        <translation>Las %1 revisiones pasaron. %2 es coherente: su esquema está al día, cada referencia es una llave foránea que el servidor ha verificado, sus disparadores están activados, los registros cumplen las reglas del programa y cada tabla de resultados cuadra.</translation>
    </message>
    <message>
        <source>The programme on the server is damaged. Stop working in it: keep a copy of it as it is (File ▸ Save a copy…), then ask your IT officer to restore the server&apos;s backup taken before the damage.</source>
        <translation>El programa en el servidor está dañado. Deje de trabajar en él: guarde una copia tal como está (Archivo ▸ Guardar una copia…) y luego pida a la persona responsable de informática que restaure el respaldo del servidor tomado antes del daño.</translation>
    </message>
    <message>
        <source>Some records break a rule of the programme. Correct the records the failed checks name (for example, move a session into its activity&apos;s dates), then check the programme again.</source>
        <translation>Algunos registros incumplen una regla del programa. Corrija los registros que nombran las revisiones fallidas (por ejemplo, mueva una sesión dentro de las fechas de su actividad) y vuelva a revisar el programa.</translation>
    </message>
    <message>
        <source>The programme&apos;s schema or its counting disagrees with itself, which is a fault of Seminar Desk, not of your records. Keep a copy of the programme (File ▸ Save a copy…) and report the failed checks to whoever supports Seminar Desk for you.</source>
        <translation>El esquema del programa o su conteo no concuerdan consigo mismos, lo cual es una falla de Seminar Desk, no de sus registros. Guarde una copia del programa (Archivo ▸ Guardar una copia…) e informe las revisiones fallidas a quien le dé soporte de Seminar Desk.</translation>
    </message>
</context>
<context>
    <name>sd::FileChecker</name>
    <message>
        <source>&amp;Check this file</source>
        <translation>&amp;Revisar este archivo</translation>
    </message>
    <message>
        <source>Check that the open file is intact, that its records keep the programme&apos;s rules and that its results add up</source>
        <translation>Revisar que el archivo abierto esté íntegro, que sus registros cumplan las reglas del programa y que sus resultados cuadren</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Revisando %1…</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Revisar %1</translation>
    </message>
    <message>
        <source>The file could not be checked. %1</source>
        <translation>No se pudo revisar el archivo. %1</translation>
    </message>
    <message>
        <source>The programme could not be checked. %1</source>
        <translation>No se pudo revisar el programa. %1</translation>
    </message>
</context>
<context>
    <name>sd::ForeignKeysOffForBulkWrite</name>
    <message>
        <source>preparing a bulk write</source>
        <translation>preparar una escritura masiva</translation>
    </message>
</context>
<context>
    <name>sd::Formatting</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>sd::Generator</name>
    <message>
        <source>generate needs at least one participant and one activity.</source>
        <translation>generate necesita al menos un participante y una actividad.</translation>
    </message>
    <message>
        <source>generating a programme</source>
        <translation>generar un programa</translation>
    </message>
    <message>
        <source>Generated programme (%1 participants, %2 activities)</source>
        <translation>Programa generado (%1 participantes, %2 actividades)</translation>
    </message>
    <message>
        <source>Synthetic data for benchmarks; every person in it is fictional.</source>
        <translation>Datos sintéticos para pruebas de rendimiento; todas las personas que contiene son ficticias.</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Componente %1</translation>
    </message>
    <message>
        <source>Institution %1</source>
        <translation>Institución %1</translation>
    </message>
    <message>
        <source>Generated activity %1</source>
        <translation>Actividad generada %1</translation>
    </message>
    <message>
        <source>checking the generated programme&apos;s references</source>
        <translation>verificar las referencias del programa generado</translation>
    </message>
    <message>
        <source>The generated programme refers to a missing %1 record; nothing was written. Report this as a bug in Seminar Desk.</source>
        <translation>El programa generado hace referencia a un registro %1 inexistente; no se escribió nada. Reporte esto como un error de Seminar Desk.</translation>
    </message>
    <message>
        <source>%1 already exists; Seminar Desk does not overwrite a file. Choose another name or remove the file first.</source>
        <translation>%1 ya existe; Seminar Desk no sobrescribe archivos. Elija otro nombre o elimine primero el archivo.</translation>
    </message>
    <message>
        <source>%1 exists, probably left by a generate that was stopped. Remove it and run generate again.</source>
        <translation>%1 existe, probablemente dejado por un generate que se detuvo. Elimínelo y vuelva a ejecutar generate.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for a bulk write. Check the folder&apos;s free space and permissions.</source>
        <translation>%1 no se pudo preparar para una escritura masiva. Revise el espacio libre y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be switched to its write-ahead log; nothing was written. Check the folder&apos;s free space.</source>
        <translation>%1 no se pudo cambiar a su registro de escritura anticipada (WAL); no se escribió nada. Revise el espacio libre de la carpeta.</translation>
    </message>
    <message>
        <source>The generated programme could not be named %1 (another file took that name meanwhile?). Choose another name and run generate again.</source>
        <translation>No se pudo dar el nombre %1 al programa generado (¿otro archivo tomó ese nombre mientras tanto?). Elija otro nombre y vuelva a ejecutar generate.</translation>
    </message>
</context>
<context>
    <name>sd::GlobalSearch</name>
    <message>
        <source>searching the file</source>
        <translation>buscar en el archivo</translation>
    </message>
</context>
<context>
    <name>sd::HelpWindow</name>
    <message>
        <source>Seminar Desk user guide</source>
        <translation>Guía de uso de Seminar Desk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>La página que se mostraba antes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>The page shown after (Alt+Right)</source>
        <translation>La página que se mostraba después (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>La primera página de la guía</translation>
    </message>
    <message>
        <source>%1 – Seminar Desk user guide</source>
        <translation>%1 – Guía de uso de Seminar Desk</translation>
    </message>
</context>
<context>
    <name>sd::HistoryModel</name>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>sd::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This record only</source>
        <translation>Solo este registro</translation>
    </message>
    <message>
        <source>List only the changes to the record the window shows</source>
        <translation>Mostrar solo los cambios al registro que muestra la ventana</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Cambios a %1</translation>
    </message>
    <message>
        <source>All changes to the programme</source>
        <translation>Todos los cambios al programa</translation>
    </message>
</context>
<context>
    <name>sd::ImportCommand</name>
    <message>
        <source>Import %1 (%2, %3, %4)</source>
        <translation>Importar %1 (%2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n participante nuevo</numerusform>
            <numerusform>%n participantes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n marca de asistencia</numerusform>
            <numerusform>%n marcas de asistencia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ImportField</name>
    <message>
        <source>Given names</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation>Código de actividad</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Parte del día</translation>
    </message>
    <message>
        <source>Attendance status</source>
        <translation>Estado de asistencia</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Tipo de institución</translation>
    </message>
</context>
<context>
    <name>sd::ImportReport</name>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>línea %1, campo %2: %3</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1, separado por %2</translation>
    </message>
    <message>
        <source>Import of the sign-in sheet %1 (%2) into %3
</source>
        <translation>Importación de la lista de asistencia %1 (%2) en %3
</translation>
    </message>
    <message>
        <source>Import of the participant list %1 (%2) into %3
</source>
        <translation>Importación de la lista de participantes %1 (%2) en %3
</translation>
    </message>
    <message>
        <source>Columns: %1
</source>
        <translation>Columnas: %1
</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Bytes that are not UTF-8 were read as Windows-1252 on line %1; check the accents of that line in the list.
</source>
        <translation>Los bytes que no son UTF-8 se leyeron como Windows-1252 en la línea %1; revise los acentos de esa línea en la lista.
</translation>
    </message>
    <message>
        <source>Bytes that are not UTF-8 were read as Windows-1252 on lines %1; check the accents of those lines in the list.
</source>
        <translation>Los bytes que no son UTF-8 se leyeron como Windows-1252 en las líneas %1; revise los acentos de esas líneas en la lista.
</translation>
    </message>
    <message>
        <source>Everyone on the list is enrolled in activity %1.
</source>
        <translation>Todas las personas de la lista están inscritas en la actividad %1.
</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>filas leídas</translation>
    </message>
    <message>
        <source>new participants</source>
        <translation>participantes nuevos</translation>
    </message>
    <message>
        <source>matched participants</source>
        <translation>participantes encontrados</translation>
    </message>
    <message>
        <source>participants filled in</source>
        <translation>participantes completados</translation>
    </message>
    <message>
        <source>rows repeating a person</source>
        <translation>filas que repiten a una persona</translation>
    </message>
    <message>
        <source>new institutions</source>
        <translation>instituciones nuevas</translation>
    </message>
    <message>
        <source>new enrolments</source>
        <translation>inscripciones nuevas</translation>
    </message>
    <message>
        <source>new attendance marks</source>
        <translation>marcas de asistencia nuevas</translation>
    </message>
    <message>
        <source>marks already recorded</source>
        <translation>marcas ya registradas</translation>
    </message>
    <message>
        <source>rejected rows</source>
        <translation>filas rechazadas</translation>
    </message>
    <message>
        <source>possible duplicates</source>
        <translation>posibles duplicados</translation>
    </message>
    <message>
        <source>differences not overwritten</source>
        <translation>diferencias no sobrescritas</translation>
    </message>
    <message>
        <source>
Rejected rows:
</source>
        <translation>
Filas rechazadas:
</translation>
    </message>
    <message>
        <source>
Possible duplicates (not merged; if two are one person, merge them with &apos;seminardesk-cli merge&apos;):
</source>
        <translation>
Posibles duplicados (no fusionados; si dos son la misma persona, fusiónelos con &apos;seminardesk-cli merge&apos;):
</translation>
    </message>
    <message>
        <source>participant %1 &quot;%2&quot;</source>
        <translation>participante %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;</source>
        <translation>línea %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  line %1 &quot;%2&quot; and %3: %4
</source>
        <translation>  línea %1 &quot;%2&quot; y %3: %4
</translation>
    </message>
    <message>
        <source>
Differences not overwritten (the value already recorded was kept):
</source>
        <translation>
Diferencias no sobrescritas (se conservó el valor ya registrado):
</translation>
    </message>
    <message>
        <source>  line %1, %2, field %3: list &quot;%4&quot;, kept &quot;%5&quot;
</source>
        <translation>  línea %1, %2, campo %3: lista &quot;%4&quot;, se conservó &quot;%5&quot;
</translation>
    </message>
    <message>
        <source>  participant %1 (%2): %3
</source>
        <translation>  participante %1 (%2): %3
</translation>
    </message>
    <message>
        <source>
Empty fields filled in:
</source>
        <translation>
Campos vacíos completados:
</translation>
    </message>
    <message>
        <source>
New institutions:
</source>
        <translation>
Instituciones nuevas:
</translation>
    </message>
    <message>
        <source>  %1 (line %2)
</source>
        <translation>  %1 (línea %2)
</translation>
    </message>
    <message>
        <source>Written to %1 in one transaction.
</source>
        <translation>Escrito en %1 en una sola transacción.
</translation>
    </message>
    <message>
        <source>Nothing to write: %1 already holds everything on this list.
</source>
        <translation>Nada que escribir: %1 ya contiene todo lo de esta lista.
</translation>
    </message>
    <message>
        <source>The rejected row is in %1, with the reason.
</source>
        <translation>La fila rechazada está en %1, con el motivo.
</translation>
    </message>
    <message>
        <source>The %1 rejected rows are in %2, with the reason for each.
</source>
        <translation>Las %1 filas rechazadas están en %2, con el motivo de cada una.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.
</source>
        <translation>Simulación: no se escribió nada.
</translation>
    </message>
    <message>
        <source>With --skip-invalid the rejected row would go to %1.
</source>
        <translation>Con --skip-invalid la fila rechazada iría a %1.
</translation>
    </message>
    <message>
        <source>With --skip-invalid the %1 rejected rows would go to %2.
</source>
        <translation>Con --skip-invalid las %1 filas rechazadas irían a %2.
</translation>
    </message>
    <message>
        <source>Nothing was written: 1 row is invalid. Correct it, or import again with --skip-invalid to import the valid rows and keep that one in %1.
</source>
        <translation>No se escribió nada: 1 fila no es válida. Corríjala o vuelva a importar con --skip-invalid para importar las filas válidas y guardar esa en %1.
</translation>
    </message>
    <message>
        <source>Nothing was written: %1 rows are invalid. Correct them, or import again with --skip-invalid to import the valid rows and keep the others in %2.
</source>
        <translation>No se escribió nada: %1 filas no son válidas. Corríjalas o vuelva a importar con --skip-invalid para importar las filas válidas y guardar las demás en %2.
</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo del rechazo</translation>
    </message>
</context>
<context>
    <name>sd::ImportStore</name>
    <message>
        <source>reading the participants</source>
        <translation>leer los participantes</translation>
    </message>
    <message>
        <source>reading an activity&apos;s enrolments</source>
        <translation>leer las inscripciones de una actividad</translation>
    </message>
    <message>
        <source>reading an activity&apos;s attendance</source>
        <translation>leer la asistencia de una actividad</translation>
    </message>
    <message>
        <source>adding an institution</source>
        <translation>agregar una institución</translation>
    </message>
    <message>
        <source>adding a participant</source>
        <translation>agregar un participante</translation>
    </message>
    <message>
        <source>filling in a participant&apos;s details</source>
        <translation>completar los datos de un participante</translation>
    </message>
    <message>
        <source>enrolling a participant</source>
        <translation>inscribir a un participante</translation>
    </message>
    <message>
        <source>marking attendance</source>
        <translation>marcar la asistencia</translation>
    </message>
    <message>
        <source>removing an attendance mark</source>
        <translation>quitar una marca de asistencia</translation>
    </message>
    <message>
        <source>moving an enrolment</source>
        <translation>trasladar una inscripción</translation>
    </message>
    <message>
        <source>removing an enrolment</source>
        <translation>quitar una inscripción</translation>
    </message>
    <message>
        <source>removing a participant</source>
        <translation>quitar un participante</translation>
    </message>
    <message>
        <source>removing an institution</source>
        <translation>quitar una institución</translation>
    </message>
    <message>
        <source>checking an enrolment&apos;s evaluation answers</source>
        <translation>revisando las respuestas de evaluación de una inscripción</translation>
    </message>
    <message>
        <source>An enrolment was not removed: it holds evaluation answers. Clear them in the activity&apos;s evaluation sheet first, then try again.</source>
        <translation>Una inscripción no se quitó: tiene respuestas de evaluación. Bórrelas primero en la hoja de evaluación de la actividad e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>sd::ImportWizard</name>
    <message>
        <source>Choose the list</source>
        <translation>Elegir la lista</translation>
    </message>
    <message>
        <source>A registration list (people) or a sign-in sheet (attendance), saved as CSV or XLSX.</source>
        <translation>Una lista de registro (personas) o una lista de asistencia (asistencia), guardada como CSV o XLSX.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Registration list: participants</source>
        <translation>Lista de registro: participantes</translation>
    </message>
    <message>
        <source>Sign-in sheet: attendance marks</source>
        <translation>Lista de asistencia: marcas de asistencia</translation>
    </message>
    <message>
        <source>Create and enrol the people the sheet names who are not in the file yet</source>
        <translation>Dar de alta e inscribir a las personas que nombra la lista y que aún no están en el archivo</translation>
    </message>
    <message>
        <source>Import the valid rows and keep rows with errors in a file beside the list</source>
        <translation>Importar las filas válidas y guardar las filas con errores en un archivo junto a la lista</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>The list is a:</source>
        <translation>La lista es:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Importar una lista</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>The activity of rows that do not name one.</source>
        <translation>La actividad de las filas que no indican ninguna.</translation>
    </message>
    <message>
        <source>Enrol everyone on the list in this activity.</source>
        <translation>Inscribir en esta actividad a todas las personas de la lista.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>What each column of the list holds. Recognised headings are filled in; choose the field of any other column, or leave it out.</source>
        <translation>Lo que contiene cada columna de la lista. Los encabezados reconocidos ya están asignados; elija el campo de cualquier otra columna o déjela fuera.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— sin usar —</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the import will do with each row. Nothing is written until you choose Import.</source>
        <translation>Lo que la importación hará con cada fila. No se escribe nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participante %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Misma persona</translation>
    </message>
    <message>
        <source>as line %1</source>
        <translation>que la línea %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>New, possible duplicate</source>
        <translation>Nuevo, posible duplicado</translation>
    </message>
    <message>
        <source>of %1: %2</source>
        <translation>de %1: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n participante nuevo</numerusform>
            <numerusform>%n participantes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched participant(s)</source>
        <translation>
            <numerusform>%n participante encontrado</numerusform>
            <numerusform>%n participantes encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new institution(s)</source>
        <translation>
            <numerusform>%n institución nueva</numerusform>
            <numerusform>%n instituciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new enrolment(s)</source>
        <translation>
            <numerusform>%n inscripción nueva</numerusform>
            <numerusform>%n inscripciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new attendance mark(s)</source>
        <translation>
            <numerusform>%n marca de asistencia nueva</numerusform>
            <numerusform>%n marcas de asistencia nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n posible duplicado</numerusform>
            <numerusform>%n posibles duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n fila con errores</numerusform>
            <numerusform>%n filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows with errors, or go back and choose to import the valid rows and keep the others beside the list.</source>
        <translation>Corrija las filas con errores, o regrese y elija importar las filas válidas y guardar las demás junto a la lista.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>What was imported. Edit ▸ Undo takes the whole import back.</source>
        <translation>Lo que se importó. Editar ▸ Deshacer revierte toda la importación.</translation>
    </message>
</context>
<context>
    <name>sd::Importer</name>
    <message>
        <source>participant list</source>
        <translation>lista de participantes</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>lista de asistencia</translation>
    </message>
    <message>
        <source>import of a %1 (%2): %3, %4, %5, %6</source>
        <translation>importación de una %1 (%2): %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n participante nuevo</numerusform>
            <numerusform>%n participantes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) filled in</source>
        <translation>
            <numerusform>%n participante completado</numerusform>
            <numerusform>%n participantes completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n marca de asistencia</numerusform>
            <numerusform>%n marcas de asistencia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by another program while you were checking the list, so the list would now be imported differently. Nothing was imported. The preview has been made again from the file as it is now: check it and import again.</source>
        <translation>Otro programa modificó %1 mientras usted revisaba la lista, así que ahora la lista se importaría de otra manera. No se importó nada. La vista previa se hizo de nuevo con el archivo tal como está ahora: revísela e importe otra vez.</translation>
    </message>
    <message>
        <source>No project was chosen for the activity codes; choose one with --project CODE.</source>
        <translation>No se eligió un proyecto para los códigos de actividad; elija uno con --project CODE.</translation>
    </message>
    <message>
        <source>%1 has no date column and activity %2 has %3 sessions; add a column with the session date (dd/mm/yyyy).</source>
        <translation>%1 no tiene columna de fecha y la actividad %2 tiene %3 sesiones; agregue una columna con la fecha de la sesión (dd/mm/aaaa).</translation>
    </message>
    <message>
        <source>%1 has no activity column; name the activity with --activity CODE.</source>
        <translation>%1 no tiene columna de actividad; indique la actividad con --activity CODE.</translation>
    </message>
    <message>
        <source>the person of line %1</source>
        <translation>la persona de la línea %1</translation>
    </message>
    <message>
        <source>participant %1 (%2)</source>
        <translation>participante %1 (%2)</translation>
    </message>
    <message>
        <source>The activity code is empty; write the code of the activity, e.g. 2.1.</source>
        <translation>El código de actividad está vacío; escriba el código de la actividad, p. ej., 2.1.</translation>
    </message>
    <message>
        <source>The project has no activity with the code %1.</source>
        <translation>El proyecto no tiene ninguna actividad con el código %1.</translation>
    </message>
    <message>
        <source>Activity %1 has %2 sessions and the sheet has no date column; add one.</source>
        <translation>La actividad %1 tiene %2 sesiones y la lista no tiene columna de fecha; agregue una.</translation>
    </message>
    <message>
        <source>%1 is not a part of the day; write morning (mañana), afternoon (tarde) or full day (día completo).</source>
        <translation>%1 no es una parte del día; escriba mañana (morning), tarde (afternoon) o día completo (full day).</translation>
    </message>
    <message>
        <source>The session date is empty.</source>
        <translation>La fecha de la sesión está vacía.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>%1 no es una fecha; escríbala como dd/mm/aaaa o aaaa-mm-dd.</translation>
    </message>
    <message>
        <source>Activity %1 has no %2 session on %3.</source>
        <translation>La actividad %1 no tiene una sesión de %2 el %3.</translation>
    </message>
    <message>
        <source>Activity %1 has no session on %2; its sessions are on %3.</source>
        <translation>La actividad %1 no tiene sesión el %2; sus sesiones son el %3.</translation>
    </message>
    <message>
        <source>Activity %1 has a morning and an afternoon session on %2; add a column with the part of the day (mañana/tarde).</source>
        <translation>La actividad %1 tiene una sesión de mañana y otra de tarde el %2; agregue una columna con la parte del día (mañana/tarde).</translation>
    </message>
    <message>
        <source>The status is empty; write P (present), L (late), E (excused) or A (absent).</source>
        <translation>El estado está vacío; escriba P (presente), L (retardo), E (justificado) o A (ausente).</translation>
    </message>
    <message>
        <source>%1 is not an attendance status; write P, L, E or A (or Presente, Retardo, Justificado, Ausente).</source>
        <translation>%1 no es un estado de asistencia; escriba P, L, E o A (o Presente, Retardo, Justificado, Ausente).</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters, the most a spreadsheet cell holds; shorten it or leave the column out of the list.</source>
        <translation>La celda contiene más de %1 caracteres, el máximo que cabe en una celda de hoja de cálculo; acórtela o deje la columna fuera de la lista.</translation>
    </message>
    <message>
        <source>%1 can mean mujer or male and this column has neither F nor H to tell; write F, H, Mujer or Hombre.</source>
        <translation>%1 puede significar mujer o masculino y esta columna no tiene ni F ni H para distinguirlo; escriba F, H, Mujer u Hombre.</translation>
    </message>
    <message>
        <source>%1 is not a gender; write F (female, mujer), H or M (male, hombre), Otro, or leave it empty.</source>
        <translation>%1 no es un género; escriba F (mujer), H o M (hombre), Otro, o déjelo vacío.</translation>
    </message>
    <message>
        <source>The institution&apos;s name has %1 characters, more than the %2 allowed; shorten it.</source>
        <translation>El nombre de la institución tiene %1 caracteres, más de los %2 permitidos; acórtelo.</translation>
    </message>
    <message>
        <source>%1 is the acronym of several institutions (%2); write the institution&apos;s full name.</source>
        <translation>%1 son las siglas de varias instituciones (%2); escriba el nombre completo de la institución.</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participante %1</translation>
    </message>
    <message>
        <source>The row matches several people (%1); add an email or institution that tells them apart, or merge the duplicates first.</source>
        <translation>La fila coincide con varias personas (%1); agregue un correo electrónico o una institución que las distinga, o fusione primero los duplicados.</translation>
    </message>
    <message>
        <source>No participant matches this row by email or by names and institution; add the person first, or import with --create-missing.</source>
        <translation>Ningún participante coincide con esta fila por correo electrónico ni por nombres e institución; agregue primero a la persona o importe con --create-missing.</translation>
    </message>
    <message>
        <source>No participant has this email, and the row has no given and family names to create one from.</source>
        <translation>Ningún participante tiene este correo electrónico, y la fila no tiene nombre(s) y apellidos para darlo de alta.</translation>
    </message>
    <message>
        <source>Line %1 marks the same person %2 at the same session.</source>
        <translation>La línea %1 marca a la misma persona %2 en la misma sesión.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 is not a type of institution; write one of %2.</source>
        <translation>%1 no es un tipo de institución; escriba uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>sd::InstitutionDialog</name>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Another institution has this name already.</source>
        <translation>Ya existe otra institución con este nombre.</translation>
    </message>
</context>
<context>
    <name>sd::InstitutionPicker</name>
    <message>
        <source>New institution…</source>
        <translation>Nueva institución…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New institution “%1”…</source>
        <translation>Nueva institución «%1»…</translation>
    </message>
    <message>
        <source>Type a name or acronym</source>
        <translation>Escriba un nombre o unas siglas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>sd::KeyFigureTile</name>
    <message>
        <source>Click to list the persons behind this number</source>
        <translation>Haga clic para ver la lista de las personas detrás de esta cifra</translation>
    </message>
</context>
<context>
    <name>sd::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not recorded (clear the mark)</source>
        <translation>Sin registrar (borrar la marca)</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>Moverse entre celdas</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Find field</source>
        <translation>Campo Buscar</translation>
    </message>
    <message>
        <source>Choose a match; jump to the next or previous kind</source>
        <translation>Elegir una coincidencia; saltar al tipo siguiente o anterior</translation>
    </message>
    <message>
        <source>Down, Up; Page Down, Page Up</source>
        <translation>Flecha abajo, flecha arriba; Av Pág, Re Pág</translation>
    </message>
    <message>
        <source>Open the match chosen</source>
        <translation>Abrir la coincidencia elegida</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Close the matches; pressed again, back to the page</source>
        <translation>Cerrar las coincidencias; otra vez, volver a la página</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>A person&apos;s page</source>
        <translation>Página de una persona</translation>
    </message>
    <message>
        <source>Back to where you came from</source>
        <translation>Volver a donde estaba</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>From the filter field into the table</source>
        <translation>Del campo de filtro a la tabla</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Abrir la fila seleccionada</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>List the persons behind a number</source>
        <translation>Ver la lista de las personas detrás de una cifra</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Intro o doble clic</translation>
    </message>
</context>
<context>
    <name>sd::LanguageForms</name>
    <message>
        <source>%1: empty, documents in Spanish print the English form (EN)</source>
        <translation>%1: vacío, los documentos en español imprimen la forma en inglés (EN)</translation>
    </message>
    <message>
        <source>%1: empty, documents in English print the Spanish form (ES)</source>
        <translation>%1: vacío, los documentos en inglés imprimen la forma en español (ES)</translation>
    </message>
</context>
<context>
    <name>sd::LegalHold</name>
    <message>
        <source>A legal hold needs its reason (for example &quot;contractual reporting obligation until the final report&quot;); nothing was changed.</source>
        <translation>Una retención legal necesita su motivo (por ejemplo &quot;obligación contractual de informar hasta el informe final&quot;); no se cambió nada.</translation>
    </message>
    <message>
        <source>The reason of the legal hold is longer than %1 characters; shorten it. Nothing was changed.</source>
        <translation>El motivo de la retención legal tiene más de %1 caracteres; acórtelo. No se cambió nada.</translation>
    </message>
    <message>
        <source>A legal hold needs the day it ends (YYYY-MM-DD); nothing was changed.</source>
        <translation>Una retención legal necesita el día en que termina (AAAA-MM-DD); no se cambió nada.</translation>
    </message>
    <message>
        <source>recording a legal hold</source>
        <translation>al registrar una retención legal</translation>
    </message>
</context>
<context>
    <name>sd::LiveRefresh</name>
    <message>
        <source>Someone else changed this project at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó este proyecto a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else changed this objective at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó este objetivo a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else changed this component at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó este componente a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else changed this activity at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó esta actividad a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else changed this participant at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó este participante a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else changed this expert at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó este experto a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else changed this institution at %1; saving will show you both versions.</source>
        <translation>Otra persona modificó esta institución a las %1; al guardar verá las dos versiones.</translation>
    </message>
    <message>
        <source>Someone else deleted this record at %1; your changes to it cannot be saved.</source>
        <translation>Otra persona eliminó este registro a las %1; sus cambios ya no se pueden guardar.</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Seminar Desk programme files (*.sdesk);;All files (*)</source>
        <translation>Archivos de programa de Seminar Desk (*.sdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>The file was upgraded to this version&apos;s format; the old file was kept as %1.</source>
        <translation>El archivo se actualizó al formato de esta versión; el archivo anterior se conservó como %1.</translation>
    </message>
    <message>
        <source>The demo programme cannot be written</source>
        <translation>No se puede escribir el programa de demostración</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that your home folder is writable.</source>
        <translation>No se puede crear la carpeta %1. Verifique que se pueda escribir en su carpeta personal.</translation>
    </message>
    <message>
        <source>%1 was created with its project; every change is written to it as you make it.</source>
        <translation>Se creó %1 con su proyecto; cada cambio se guarda en él en cuanto lo hace.</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>No se escribió la copia</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <source>That change went into the demo programme, whose people are fictional. Real data belongs in a programme of your own: Start your own programme…</source>
        <translation>Ese cambio se guardó en el programa de demostración, cuyas personas son ficticias. Los datos reales van en un programa propio: Empezar su propio programa…</translation>
    </message>
    <message>
        <source>No backup of this file was made today: %1</source>
        <translation>Hoy no se hizo un respaldo de este archivo: %1</translation>
    </message>
    <message>
        <source>Another program changed %1; the window shows what it holds now.</source>
        <translation>Otro programa modificó %1; la ventana muestra lo que contiene ahora.</translation>
    </message>
    <message>
        <source>The backup was restored; File ▸ Restore from a backup… lists the contents the file had just before.</source>
        <translation>Se restauró el respaldo; en Archivo ▸ Restaurar desde un respaldo… aparece el contenido que tenía el archivo justo antes.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>No programme file open</source>
        <translation>Ningún archivo de programa abierto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln proyecto</numerusform>
            <numerusform>%Ln proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>last change: %1</source>
        <translation>último cambio: %1</translation>
    </message>
    <message>
        <source>About Seminar Desk</source>
        <translation>Acerca de Seminar Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seminar Desk %1&lt;/h3&gt;&lt;p&gt;Programmes, activities, participants and attendance of capacity-building programmes, and the results an evaluator reports: participations, unique participants, participant-days, each traceable to the persons behind it.&lt;/p&gt;&lt;p&gt;Every change is written to the programme file as it is made; Edit ▸ Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seminar Desk %1&lt;/h3&gt;&lt;p&gt;Programas, actividades, participantes y asistencia de programas de fortalecimiento de capacidades, y los resultados que reporta una evaluación: participaciones, participantes únicos, días-participante, cada uno rastreable hasta las personas que lo componen.&lt;/p&gt;&lt;p&gt;Cada cambio se escribe en el archivo de programa en el momento en que se hace; Editar ▸ Deshacer lo revierte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <source>Start a programme file of your own: its project, time frame and components</source>
        <translation>Empezar un archivo de programa propio: su proyecto, periodo y componentes</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation>Abrir un archivo de programa</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Abrir el programa de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the Mexico II demo programme (written on first use)</source>
        <translation>Abrir el programa de demostración México II (se crea la primera vez)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Write a copy of the open file, for a backup or a colleague</source>
        <translation>Escribir una copia del archivo abierto, como respaldo o para un colega</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurar desde un res&amp;paldo…</translation>
    </message>
    <message>
        <source>Go back to one of the daily or weekly backups of the open file</source>
        <translation>Volver a uno de los respaldos diarios o semanales del archivo abierto</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find an activity, participant, expert or institution</source>
        <translation>Buscar una actividad, participante, persona experta o institución</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>A&amp;sistencia…</translation>
    </message>
    <message>
        <source>Record who was present at each session of the activity</source>
        <translation>Registrar quién estuvo presente en cada sesión de la actividad</translation>
    </message>
    <message>
        <source>E&amp;nrol participants…</source>
        <translation>&amp;Inscribir participantes…</translation>
    </message>
    <message>
        <source>Enrol registered participants in the activity</source>
        <translation>Inscribir en la actividad a participantes registrados</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nuevo &amp;proyecto…</translation>
    </message>
    <message>
        <source>Add a project to the file</source>
        <translation>Agregar un proyecto al archivo</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translation>Nuevo &amp;objetivo…</translation>
    </message>
    <message>
        <source>Add an objective to the project</source>
        <translation>Agregar un objetivo al proyecto</translation>
    </message>
    <message>
        <source>New &amp;component…</source>
        <translation>Nuevo &amp;componente…</translation>
    </message>
    <message>
        <source>Add a component to the project</source>
        <translation>Agregar un componente al proyecto</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>Nueva &amp;actividad…</translation>
    </message>
    <message>
        <source>Plan an activity of the project</source>
        <translation>Planear una actividad del proyecto</translation>
    </message>
    <message>
        <source>New pa&amp;rticipant…</source>
        <translation>Nuevo &amp;participante…</translation>
    </message>
    <message>
        <source>Register a participant</source>
        <translation>Registrar un participante</translation>
    </message>
    <message>
        <source>New e&amp;xpert…</source>
        <translation>Nueva persona e&amp;xperta…</translation>
    </message>
    <message>
        <source>Register an expert</source>
        <translation>Registrar una persona experta</translation>
    </message>
    <message>
        <source>New &amp;institution…</source>
        <translation>Nueva &amp;institución…</translation>
    </message>
    <message>
        <source>Register an institution</source>
        <translation>Registrar una institución</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected record (it says first what would go with it)</source>
        <translation>Eliminar el registro seleccionado (antes indica qué se eliminaría con él)</translation>
    </message>
    <message>
        <source>Project &amp;overview</source>
        <translation>&amp;Resumen del proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s page: key figures, charts, objectives and components</source>
        <translation>La página del proyecto: cifras clave, gráficas, objetivos y componentes</translation>
    </message>
    <message>
        <source>&amp;Participants register</source>
        <translation>Registro de &amp;participantes</translation>
    </message>
    <message>
        <source>Every participant of the file, to filter, sort and open</source>
        <translation>Todas las personas participantes del archivo, para filtrar, ordenar y abrir</translation>
    </message>
    <message>
        <source>&amp;Experts register</source>
        <translation>Registro de personas &amp;expertas</translation>
    </message>
    <message>
        <source>Every expert of the file</source>
        <translation>Todas las personas expertas del archivo</translation>
    </message>
    <message>
        <source>&amp;Institutions register</source>
        <translation>Registro de &amp;instituciones</translation>
    </message>
    <message>
        <source>Every institution of the file</source>
        <translation>Todas las instituciones del archivo</translation>
    </message>
    <message>
        <source>&amp;Results tables</source>
        <translation>Tablas de resu&amp;ltados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The evaluator&apos;s tables: participations, unique participants and participant-days, by activity, component, institution and more</source>
        <translation>Las tablas de la evaluación: participaciones, participantes únicos y días-participante, por actividad, componente, institución y más</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the open file again (after another program changed it)</source>
        <translation>Volver a leer el archivo abierto (después de que otro programa lo modificó)</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navegador</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Results by %1</source>
        <translation>Resultados por %1</translation>
    </message>
    <message>
        <source>&amp;Export results table…</source>
        <translation>&amp;Exportar tabla de resultados…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the results table shown as CSV, XLSX or JSON</source>
        <translation>Guardar la tabla de resultados mostrada como CSV, XLSX o JSON</translation>
    </message>
    <message>
        <source>Export &amp;all breakdowns…</source>
        <translation>Exportar todos los &amp;desgloses…</translation>
    </message>
    <message>
        <source>Save every breakdown of the project as one XLSX workbook, one sheet each</source>
        <translation>Guardar todos los desgloses del proyecto en un solo libro XLSX, una hoja por desglose</translation>
    </message>
    <message>
        <source>Export the &amp;list shown…</source>
        <translation>Exportar la lista &amp;mostrada…</translation>
    </message>
    <message>
        <source>&amp;Certificate of attendance…</source>
        <translation>&amp;Constancia de asistencia…</translation>
    </message>
    <message>
        <source>Certificates for the &amp;activity…</source>
        <translation>Cons&amp;tancias de la actividad…</translation>
    </message>
    <message>
        <source>Participant &amp;summary…</source>
        <translation>&amp;Resumen del participante…</translation>
    </message>
    <message>
        <source>Participant &amp;list…</source>
        <translation>&amp;Lista de participantes…</translation>
    </message>
    <message>
        <source>Si&amp;gn-in sheets…</source>
        <translation>Listas de &amp;asistencia…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>&amp;Import a list or sign-in sheet…</source>
        <translation>&amp;Importar una lista de participantes o de asistencia…</translation>
    </message>
    <message>
        <source>Bring participants or attendance in from a CSV or XLSX file</source>
        <translation>Traer participantes o asistencia desde un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Find &amp;duplicate participants…</source>
        <translation>Buscar participantes d&amp;uplicados…</translation>
    </message>
    <message>
        <source>List probable duplicate participants and merge them</source>
        <translation>Ver la lista de posibles participantes duplicados y fusionarlos</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>How to set up a programme, take attendance, import, print and export</source>
        <translation>Cómo preparar un programa, tomar la asistencia, importar, imprimir y exportar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Seminar Desk</source>
        <translation>Acerca &amp;de Seminar Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>Nuevo re&amp;gistro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print a participant list, sign-in sheets, certificates or a participant summary</source>
        <translation>Imprimir una lista de participantes, listas de asistencia, constancias o un resumen del participante</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>activity, person, institution (Ctrl+K)</source>
        <translation>actividad, persona, institución (Ctrl+K)</translation>
    </message>
    <message>
        <source>This is the demo programme</source>
        <translation>Este es el programa de demostración</translation>
    </message>
    <message>
        <source>The open file is the demo, with fictional people: what you enter now goes into the demo, not into a programme of your own.

Start your own programme now? Choose No to try the demo.</source>
        <translation>El archivo abierto es la demostración, con personas ficticias: lo que capture ahora se guarda en la demostración, no en un programa propio.

¿Empezar ahora su propio programa? Elija No para probar la demostración.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Select a record to edit first.</source>
        <translation>Seleccione primero un registro para editar.</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>Seleccione primero un registro para eliminar.</translation>
    </message>
    <message>
        <source>The filter “%1” hid the new expert, so it was cleared.</source>
        <translation>El filtro «%1» ocultaba a la nueva persona experta, así que se quitó.</translation>
    </message>
    <message>
        <source>The filter “%1” hid the new institution, so it was cleared.</source>
        <translation>El filtro «%1» ocultaba la nueva institución, así que se quitó.</translation>
    </message>
    <message>
        <source>The filter “%1” hid the new participant, so it was cleared.</source>
        <translation>El filtro «%1» ocultaba a la nueva persona participante, así que se quitó.</translation>
    </message>
    <message>
        <source>Export pseudonymised…</source>
        <translation>Exportar con seudónimos…</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>Exportar la tabla de resultados</translation>
    </message>
    <message>
        <source>The results table was not exported</source>
        <translation>No se exportó la tabla de resultados</translation>
    </message>
    <message>
        <source>The results table was saved as %1.</source>
        <translation>La tabla de resultados se guardó como %1.</translation>
    </message>
    <message>
        <source>Export every breakdown</source>
        <translation>Exportar todos los desgloses</translation>
    </message>
    <message>
        <source>Results by every breakdown, one sheet each</source>
        <translation>Resultados por cada desglose, una hoja por desglose</translation>
    </message>
    <message>
        <source>The breakdowns were not exported</source>
        <translation>No se exportaron los desgloses</translation>
    </message>
    <message>
        <source>Every breakdown was saved in %1.</source>
        <translation>Todos los desgloses se guardaron en %1.</translation>
    </message>
    <message>
        <source>Export the participants register</source>
        <translation>Exportar el registro de participantes</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>Participants register</source>
        <translation>Registro de participantes</translation>
    </message>
    <message>
        <source>Export the experts register</source>
        <translation>Exportar el registro de personas expertas</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>personas expertas</translation>
    </message>
    <message>
        <source>Experts register</source>
        <translation>Registro de personas expertas</translation>
    </message>
    <message>
        <source>Export the institutions register</source>
        <translation>Exportar el registro de instituciones</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>instituciones</translation>
    </message>
    <message>
        <source>Institutions register</source>
        <translation>Registro de instituciones</translation>
    </message>
    <message>
        <source>Export the participants of activity %1</source>
        <translation>Exportar los participantes de la actividad %1</translation>
    </message>
    <message>
        <source>participants-of-activity-%1</source>
        <translation>participantes-de-la-actividad-%1</translation>
    </message>
    <message>
        <source>Participants enrolled in activity %1</source>
        <translation>Participantes inscritos en la actividad %1</translation>
    </message>
    <message>
        <source>, filtered by “%1”</source>
        <translation>, filtrado por «%1»</translation>
    </message>
    <message>
        <source>, sorted by %1</source>
        <translation>, ordenado por %1</translation>
    </message>
    <message>
        <source>, sorted by %1, descending</source>
        <translation>, ordenado por %1, descendente</translation>
    </message>
    <message>
        <source>, pseudonymised</source>
        <translation>, con seudónimos</translation>
    </message>
    <message>
        <source>The list shown was saved as %1.</source>
        <translation>La lista mostrada se guardó como %1.</translation>
    </message>
    <message>
        <source>Select a participant first, in the Participants register or in an activity&apos;s list of participants</source>
        <translation>Seleccione primero un participante, en el registro de participantes o en la lista de participantes de una actividad</translation>
    </message>
    <message>
        <source>Open an activity first: choose it in the navigator on the left</source>
        <translation>Abra primero una actividad: elíjala en el navegador de la izquierda</translation>
    </message>
    <message>
        <source>Certificates of attendance of the selected participant, in a print preview</source>
        <translation>Constancias de asistencia del participante seleccionado, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>Every activity the selected participant took part in, in a print preview</source>
        <translation>Todas las actividades en las que participó el participante seleccionado, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>The activity&apos;s participants grouped by institution, in a print preview</source>
        <translation>Los participantes de la actividad agrupados por institución, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>A blank sign-in sheet for each session of the activity, in a print preview</source>
        <translation>Una lista de asistencia en blanco para cada sesión de la actividad, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>Certificates for everyone in the activity whose attendance rate reaches a threshold</source>
        <translation>Constancias para todas las personas de la actividad cuya tasa de asistencia alcance un umbral</translation>
    </message>
    <message>
        <source>Save the rows the list shows, in its order, as CSV, XLSX or JSON</source>
        <translation>Guardar las filas que muestra la lista, en su orden, como CSV, XLSX o JSON</translation>
    </message>
    <message>
        <source>Nothing to export: the list shows no row</source>
        <translation>Nada que exportar: la lista no muestra ninguna fila</translation>
    </message>
    <message>
        <source>Show a register (participants, experts, institutions) or an activity first</source>
        <translation>Muestre primero un registro (participantes, personas expertas, instituciones) o una actividad</translation>
    </message>
    <message>
        <source>The programme cannot be opened</source>
        <translation>No se puede abrir el programa</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Conectarse a un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Open a programme on your organisation&apos;s database server, shared by the team</source>
        <translation>Abrir un programa en el servidor de bases de datos de su organización, compartido por el equipo</translation>
    </message>
    <message>
        <source>A programme on a server is backed up and restored by your IT officer</source>
        <translation>Los respaldos de un programa en un servidor los hace y restaura la persona responsable de informática</translation>
    </message>
    <message>
        <source>Connected: %1. Every change is written to the server as you make it.</source>
        <translation>Conectado: %1. Cada cambio se escribe en el servidor en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Connected: %1. The password is remembered in this computer&apos;s keychain.</source>
        <translation>Conectado: %1. La contraseña queda guardada en el llavero de esta computadora.</translation>
    </message>
    <message>
        <source>%1 (disconnected)</source>
        <translation>%1 (desconectado)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Your changes are not being saved; reconnecting…</source>
        <translation>Se perdió la conexión con %1. Sus cambios no se están guardando; reconectando…</translation>
    </message>
    <message>
        <source>Connected to %1 again; every change is written to the server as you make it.</source>
        <translation>Conectado de nuevo a %1; cada cambio se guarda en el servidor en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Connected to %1 again. The last change may or may not have reached the server; the undo history was cleared.</source>
        <translation>Conectado de nuevo a %1. Puede que el último cambio haya llegado al servidor o puede que no; el historial de deshacer se vació.</translation>
    </message>
    <message>
        <source>Write an offline copy of the programme on the server to a new file, for a backup or to work away from the office</source>
        <translation>Guardar una copia sin conexión del programa del servidor en un archivo nuevo, como respaldo o para trabajar fuera de la oficina</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show who changed what in the programme, newest first</source>
        <translation>Mostrar quién cambió qué en el programa, lo más reciente primero</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Show who changed this record and when</source>
        <translation>Mostrar quién cambió este registro y cuándo</translation>
    </message>
    <message>
        <source>E&amp;valuation…</source>
        <translation>E&amp;valuación…</translation>
    </message>
    <message>
        <source>Enter the test scores, satisfaction answers and follow-up of the activity&apos;s participants</source>
        <translation>Capturar los puntajes de la prueba, las respuestas de satisfacción y el seguimiento de las personas participantes de la actividad</translation>
    </message>
    <message>
        <source>E&amp;valuation report…</source>
        <translation>Informe de e&amp;valuación…</translation>
    </message>
    <message>
        <source>The activity&apos;s evaluation: its numbers, the spread of scores, satisfaction and comments, in a print preview</source>
        <translation>La evaluación de la actividad: sus cifras, la distribución de calificaciones, la satisfacción y los comentarios, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>The same certificates saved one PDF a person in a folder, with a list for a mail merge</source>
        <translation>Las mismas constancias guardadas en una carpeta, un PDF por persona, con una lista para combinar correspondencia</translation>
    </message>
    <message>
        <source>Save each certificate as &amp;PDF…</source>
        <translation>Guardar cada constancia como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the evaluation table</source>
        <translation>Exportar la tabla de evaluación</translation>
    </message>
    <message>
        <source>Evaluation by %1, and the indicators&apos; definitions</source>
        <translation>Evaluación por %1, y las definiciones de los indicadores</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>sessions held %1</source>
        <translation>sesiones realizadas %1</translation>
    </message>
    <message>
        <source>The evaluation table was not exported</source>
        <translation>No se exportó la tabla de evaluación</translation>
    </message>
    <message>
        <source>The evaluation table was saved as %1.</source>
        <translation>La tabla de evaluación se guardó como %1.</translation>
    </message>
    <message>
        <source>&amp;Registration list template…</source>
        <translation>Plantilla de lista de re&amp;gistro…</translation>
    </message>
    <message>
        <source>A workbook to register participants in, which imports with no mapping: drop-down lists and the privacy notice</source>
        <translation>Un libro para registrar participantes que se importa sin asignar columnas: listas desplegables y el aviso de privacidad</translation>
    </message>
    <message>
        <source>Certificates, lists, sheets and reports in this language, whatever the window&apos;s; remembered for the project</source>
        <translation>Constancias, listas, hojas e informes en este idioma, sea cual sea el de la ventana; se recuerda para el proyecto</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>&amp;Idioma de los documentos</translation>
    </message>
    <message>
        <source>Open a project first</source>
        <translation>Abra primero un proyecto</translation>
    </message>
</context>
<context>
    <name>sd::MergeCommand</name>
    <message>
        <source>Merge participant %1 into participant %2</source>
        <translation>Fusionar al participante %1 en el participante %2</translation>
    </message>
</context>
<context>
    <name>sd::NameCollation</name>
    <message>
        <source>%1: the order and search of names could not be set up on the connection. Reopen the file.</source>
        <translation>%1: no se pudo configurar en la conexión el orden y la búsqueda de nombres. Vuelva a abrir el archivo.</translation>
    </message>
</context>
<context>
    <name>sd::NameIndex</name>
    <message>
        <source>the same name split differently between given and family names</source>
        <translation>el mismo nombre dividido de otra forma entre nombre(s) y apellidos</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>nombre(s) y apellidos invertidos</translation>
    </message>
    <message>
        <source>names abbreviated or shortened</source>
        <translation>nombres abreviados o acortados</translation>
    </message>
    <message>
        <source>one typo apart</source>
        <translation>a un error de tecleo de distancia</translation>
    </message>
</context>
<context>
    <name>sd::NavigatorModel</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Component %1: %2</source>
        <translation>Componente %1: %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
</context>
<context>
    <name>sd::NewProgramme</name>
    <message>
        <source>Component %1 has no title: give it one, or remove it.</source>
        <translation>El componente %1 no tiene título: póngale uno o quítelo.</translation>
    </message>
    <message>
        <source>The title of component %1 is longer than %2 characters.</source>
        <translation>El título del componente %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The new programme was not written. %1</source>
        <translation>No se escribió el programa nuevo. %1</translation>
    </message>
    <message>
        <source>new programme %1</source>
        <translation>programa nuevo %1</translation>
    </message>
</context>
<context>
    <name>sd::NewProgrammeWizard</name>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>Its short code (used on printouts and on the command line), its title and its time frame. The rest of the project can be added later.</source>
        <translation>Su código corto (se usa en impresos y en la línea de comandos), su título y su periodo. El resto del proyecto puede agregarse después.</translation>
    </message>
    <message>
        <source>for example MX-III</source>
        <translation>por ejemplo MX-III</translation>
    </message>
    <message>
        <source>Project &amp;code:</source>
        <translation>&amp;Código del proyecto:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Add a component</source>
        <translation>&amp;Agregar un componente</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>The thematic strands of the project (“Component 1: Asylum and international protection”). Every activity serves one or more; more can be added later.</source>
        <translation>Las líneas temáticas del proyecto («Componente 1: Asilo y protección internacional»). Cada actividad sirve a uno o más; pueden agregarse más después.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Componente %1</translation>
    </message>
    <message>
        <source>The programme file</source>
        <translation>El archivo del programa</translation>
    </message>
    <message>
        <source>A programme is one file on this computer. Every change is written to it as you make it; there is no Save.</source>
        <translation>Un programa es un archivo en esta computadora. Cada cambio se guarda en él en cuanto lo hace; no hay que guardar.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>New programme file</source>
        <translation>Archivo de programa nuevo</translation>
    </message>
    <message>
        <source>Name the file, or choose one.</source>
        <translation>Escriba el nombre del archivo o elija uno.</translation>
    </message>
    <message>
        <source>%1 already exists; Seminar Desk does not overwrite a programme file. Choose another name.</source>
        <translation>%1 ya existe; Seminar Desk no sobrescribe un archivo de programa. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>La carpeta %1 no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Programa nuevo</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>The programme was not created</source>
        <translation>No se creó el programa</translation>
    </message>
</context>
<context>
    <name>sd::ObjectiveDialog</name>
    <message>
        <source>Component %1: %2</source>
        <translation>Componente %1: %2</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Objective %1 exists already in this project; choose another number.</source>
        <translation>El objetivo %1 ya existe en este proyecto; elija otro número.</translation>
    </message>
</context>
<context>
    <name>sd::OnlineBackup</name>
    <message>
        <source>The backup of %1 could not be written to %2: %3. The programme file itself was not changed; free some disk space or choose another folder.</source>
        <translation>No se pudo escribir el respaldo de %1 en %2: %3. El archivo de programa en sí no se modificó; libere espacio en disco o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is the programme file itself. Name another file for the backup.</source>
        <translation>%1 es el propio archivo de programa. Indique otro archivo para el respaldo.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file. Choose another name or remove the file first.</source>
        <translation>%1 ya existe; un respaldo nunca reemplaza un archivo. Elija otro nombre o elimine primero el archivo.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Create it first or choose another folder.</source>
        <translation>La carpeta de %1 no existe. Créela primero o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is not open through SQLite, so it cannot be backed up.</source>
        <translation>%1 no está abierto mediante SQLite, así que no se puede respaldar.</translation>
    </message>
    <message>
        <source>the copy was already abandoned</source>
        <translation>la copia ya se había abandonado</translation>
    </message>
    <message>
        <source>the copy is not complete</source>
        <translation>la copia no está completa</translation>
    </message>
    <message>
        <source>%1 appeared while the backup was written; it was left as it was. Choose another name.</source>
        <translation>%1 apareció mientras se escribía el respaldo; se dejó como estaba. Elija otro nombre.</translation>
    </message>
    <message>
        <source>the finished copy could not be given its name</source>
        <translation>no se pudo asignar su nombre a la copia terminada</translation>
    </message>
    <message>
        <source>%1 stayed locked by another program, so no backup was written. Try again when the other program has finished.</source>
        <translation>%1 siguió bloqueado por otro programa, así que no se escribió ningún respaldo. Vuelva a intentarlo cuando el otro programa haya terminado.</translation>
    </message>
</context>
<context>
    <name>sd::ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
</context>
<context>
    <name>sd::ParticipantErasure</name>
    <message>
        <source>Participant %1 is under a legal hold until %2 (%3), so nothing was erased. Release the hold first if it no longer applies: seminardesk-cli legal-hold FILE %1 --release.</source>
        <translation>La persona participante %1 está bajo retención legal hasta el %2 (%3), así que no se borró nada. Si la retención ya no aplica, levántela primero: seminardesk-cli legal-hold ARCHIVO %1 --release.</translation>
    </message>
    <message>
        <source>removing a participant&apos;s contact details</source>
        <translation>al quitar los datos de contacto de una persona participante</translation>
    </message>
    <message>
        <source>removing the person&apos;s evaluation comments</source>
        <translation>al quitar los comentarios de evaluación de la persona</translation>
    </message>
    <message>
        <source>erasing a participant</source>
        <translation>al borrar a una persona participante</translation>
    </message>
    <message>
        <source>removing the person from the change log</source>
        <translation>al quitar a la persona del registro de cambios</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[borrado]</translation>
    </message>
    <message>
        <source>reading the person&apos;s projects</source>
        <translation>al leer los proyectos de la persona</translation>
    </message>
</context>
<context>
    <name>sd::ParticipantMerge</name>
    <message>
        <source>A participant cannot be merged with itself (id %1); name two different ids.</source>
        <translation>Un participante no se puede fusionar consigo mismo (id %1); indique dos id distintos.</translation>
    </message>
    <message>
        <source>two participant records merged into one</source>
        <translation>dos registros de participante fusionados en uno</translation>
    </message>
</context>
<context>
    <name>sd::ParticipantSearchModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
</context>
<context>
    <name>sd::PersonPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Volver</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation>Volver a donde estaba (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Print &amp;summary…</source>
        <translation>Imprimir &amp;resumen…</translation>
    </message>
    <message>
        <source>Every activity this person took part in, in a print preview</source>
        <translation>Todas las actividades en las que participó esta persona, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>Print &amp;certificates…</source>
        <translation>Imprimir &amp;constancias…</translation>
    </message>
    <message>
        <source>&amp;Merge with a duplicate…</source>
        <translation>&amp;Fusionar con un duplicado…</translation>
    </message>
    <message>
        <source>The probable duplicates of this person, by the duplicate finder&apos;s rules; merging keeps one record and can be undone</source>
        <translation>Los posibles duplicados de esta persona, según las reglas de la búsqueda de duplicados; fusionar conserva un registro y se puede deshacer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Participó en</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Constancias de asistencia</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Attendance rate at &amp;least:</source>
        <translation>Tasa de asistencia &amp;mínima:</translation>
    </message>
    <message>
        <source>Changes to the record</source>
        <translation>Cambios al registro</translation>
    </message>
    <message>
        <source>An activity has a page of its own; choose it in the navigator.</source>
        <translation>Una actividad tiene su propia página; elíjala en el navegador.</translation>
    </message>
    <message>
        <source>This record is no longer in the file</source>
        <translation>Este registro ya no está en el archivo</translation>
    </message>
    <message>
        <source>This record cannot be read</source>
        <translation>Este registro no se puede leer</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Género:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Consent to data processing:</source>
        <translation>Consentimiento para el tratamiento de datos:</translation>
    </message>
    <message>
        <source>Record number:</source>
        <translation>Número de registro:</translation>
    </message>
    <message>
        <source>%1 (a fictional person of the demo programme)</source>
        <translation>%1 (una persona ficticia del programa de demostración)</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Actividades (%1)</translation>
    </message>
    <message>
        <source>Not enrolled in any activity yet.</source>
        <translation>Todavía no está inscrito en ninguna actividad.</translation>
    </message>
    <message>
        <source>Took part in %1 of %2; attended %3 of all their sessions (present or late).</source>
        <translation>Participó en %1 de %2; asistió al %3 de todas sus sesiones (presente o con retardo).</translation>
    </message>
    <message>
        <source>Activity and session</source>
        <translation>Actividad y sesión</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistidas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>none recorded.</source>
        <translation>ninguno registrado.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>None at this threshold: no activity where this person&apos;s attendance rate reaches %1.</source>
        <translation>Ninguna con este umbral: en ninguna actividad la tasa de asistencia de esta persona llega al %1.</translation>
    </message>
    <message>
        <source>One certificate, for this activity:</source>
        <translation>Una constancia, para esta actividad:</translation>
    </message>
    <message>
        <source>%1 certificates, one for each of these activities:</source>
        <translation>%1 constancias, una para cada una de estas actividades:</translation>
    </message>
    <message>
        <source>The certificates listed below, in a print preview</source>
        <translation>Las constancias que se enumeran abajo, en una vista previa de impresión</translation>
    </message>
    <message>
        <source>No certificate at this threshold; lower it to print one</source>
        <translation>No hay constancias con este umbral; bájelo para imprimir una</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Persona experta</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Expertise:</source>
        <translation>Especialidad:</translation>
    </message>
    <message>
        <source>Activities they worked in (%1)</source>
        <translation>Actividades en las que trabajó (%1)</translation>
    </message>
    <message>
        <source>Not assigned to any activity yet.</source>
        <translation>Todavía no está asignada a ninguna actividad.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The file&apos;s change log records what was changed and when, never whose record: it holds no names, so the changes to this record cannot be listed.</source>
        <translation>El registro de cambios del archivo anota qué se cambió y cuándo, nunca de quién era el registro: no guarda nombres, así que no se pueden enumerar los cambios a este registro.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>forma parte de %1</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>Siglas:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Forma parte de:</translation>
    </message>
    <message>
        <source>Its units:</source>
        <translation>Sus unidades:</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personas (%1)</translation>
    </message>
    <message>
        <source>No participant of this institution is registered.</source>
        <translation>No hay ningún participante registrado de esta institución.</translation>
    </message>
    <message>
        <source>The first %1 by name; the Participants register lists them all (filter by the institution&apos;s acronym or name).</source>
        <translation>Los primeros %1 por nombre; el registro de participantes los muestra todos (filtre por las siglas o el nombre de la institución).</translation>
    </message>
    <message>
        <source>Activities of its people (%1)</source>
        <translation>Actividades de su personal (%1)</translation>
    </message>
    <message>
        <source>None of its people is enrolled in an activity.</source>
        <translation>Nadie de su personal está inscrito en una actividad.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Participaron</translation>
    </message>
    <message>
        <source>The change log records what was changed, when and by which user, never whose record: it holds no names of participants. What it holds about this person is the changes to the attendance of their activities:</source>
        <translation>El registro de cambios guarda qué se cambió, cuándo y qué usuario lo hizo, nunca de quién es el registro: no contiene nombres de participantes. Lo que guarda sobre esta persona son los cambios en la asistencia de sus actividades:</translation>
    </message>
    <message>
        <source>Export their &amp;data…</source>
        <translation>Exportar sus &amp;datos…</translation>
    </message>
    <message>
        <source>Everything the file holds about this person, for their right of access: a zip archive of a JSON file and a readable PDF</source>
        <translation>Todo lo que el archivo conserva sobre esta persona, para su derecho de acceso: un archivo zip con un archivo JSON y un PDF legible</translation>
    </message>
    <message>
        <source>person-%1-data.zip</source>
        <translation>persona-%1-datos.zip</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Removes this person&apos;s names, contact details, consent and comments for good, keeping what the results count; cannot be undone</source>
        <translation>Quita para siempre los nombres, datos de contacto, consentimiento y comentarios de esta persona, y conserva lo que cuentan los resultados; no se puede deshacer</translation>
    </message>
    <message>
        <source>Erased:</source>
        <translation>Borrada:</translation>
    </message>
    <message>
        <source>on %1; names, contact details, consent and comments removed</source>
        <translation>el %1; nombres, datos de contacto, consentimiento y comentarios quitados</translation>
    </message>
    <message>
        <source>paper sign-in sheet</source>
        <translation>hoja de asistencia en papel</translation>
    </message>
    <message>
        <source>registration form</source>
        <translation>formulario de inscripción</translation>
    </message>
    <message>
        <source>imported list</source>
        <translation>lista importada</translation>
    </message>
    <message>
        <source>Consent purpose:</source>
        <translation>Propósito del consentimiento:</translation>
    </message>
    <message>
        <source>Consent recorded on:</source>
        <translation>Consentimiento registrado en:</translation>
    </message>
    <message>
        <source>Legal hold:</source>
        <translation>Retención legal:</translation>
    </message>
    <message>
        <source>until %1: %2 (the person cannot be erased meanwhile)</source>
        <translation>hasta el %1: %2 (mientras tanto no se puede borrar a la persona)</translation>
    </message>
    <message>
        <source>ended on %1: %2</source>
        <translation>terminó el %1: %2</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase participant %1 for good? Their names, email, phone, position, consent and evaluation comments are removed; gender, institution, region, attendance and scores stay, so every results table keeps its numbers. This cannot be undone, and the undo history is cleared, since its steps hold their data.</source>
        <translation>¿Borrar para siempre a la persona participante %1? Se quitan sus nombres, correo, teléfono, cargo, consentimiento y comentarios de evaluación; su género, institución, región, asistencia y puntajes se conservan, así que cada tabla de resultados mantiene sus cifras. Esto no se puede deshacer, y el historial de deshacer se vacía, porque sus pasos guardan sus datos.</translation>
    </message>
    <message>
        <source>Participant %1 is erased, and the undo history was cleared.</source>
        <translation>La persona participante %1 está borrada, y se vació el historial de deshacer.</translation>
    </message>
    <message>
        <source>Another program has the file open: its write-ahead log keeps the erased data until the last program closes the file.</source>
        <translation>Otro programa tiene el archivo abierto: su registro de escritura anticipada guarda los datos borrados hasta que el último programa cierre el archivo.</translation>
    </message>
    <message>
        <source>These backups were written before and still hold the person&apos;s data; delete them or keep them as safe as the file: %1.</source>
        <translation>Estas copias de seguridad se escribieron antes y todavía guardan los datos de la persona; elimínelas o guárdelas con la misma protección que el archivo: %1.</translation>
    </message>
    <message>
        <source>Copies and exports made earlier hold it too.</source>
        <translation>Las copias y exportaciones hechas antes también los guardan.</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Persona borrada</translation>
    </message>
    <message>
        <source>Their data was not exported</source>
        <translation>Sus datos no se exportaron</translation>
    </message>
</context>
<context>
    <name>sd::PgCopyWriter</name>
    <message>
        <source>a row repeats a value that must be unique (%1)</source>
        <translation>una fila repite un valor que debe ser único (%1)</translation>
    </message>
    <message>
        <source>a row refers to a record that does not exist (%1)</source>
        <translation>una fila hace referencia a un registro que no existe (%1)</translation>
    </message>
    <message>
        <source>a row leaves the required column %1 empty</source>
        <translation>una fila deja vacía la columna obligatoria %1</translation>
    </message>
    <message>
        <source>a row breaks the rule %1</source>
        <translation>una fila no cumple la regla %1</translation>
    </message>
    <message>
        <source>a row breaks a rule of the table (%1)</source>
        <translation>una fila no cumple una regla de la tabla (%1)</translation>
    </message>
    <message>
        <source>a value does not fit its column (PostgreSQL code %1)</source>
        <translation>un valor no corresponde a su columna (código de PostgreSQL %1)</translation>
    </message>
    <message>
        <source>the server&apos;s database lacks this table or one of its columns; its schema is not the one this version of Seminar Desk uses</source>
        <translation>a la base de datos del servidor le falta esta tabla o una de sus columnas; su esquema no es el que usa esta versión de Seminar Desk</translation>
    </message>
    <message>
        <source>your user may not write to this table on the server</source>
        <translation>su usuario no tiene permiso para escribir en esta tabla del servidor</translation>
    </message>
    <message>
        <source>another change on the server got in the way; try again</source>
        <translation>otro cambio en el servidor se interpuso; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the server ran out of room or resources (PostgreSQL code %1); ask your IT officer</source>
        <translation>el servidor se quedó sin espacio o sin recursos (código de PostgreSQL %1); consulte a su encargado de sistemas</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>se perdió la conexión con el servidor</translation>
    </message>
    <message>
        <source>the server refused it (PostgreSQL code %1)</source>
        <translation>el servidor lo rechazó (código de PostgreSQL %1)</translation>
    </message>
    <message>
        <source>Could not copy rows into %1: the programme is not open on a PostgreSQL server.</source>
        <translation>No se pudieron copiar filas en %1: el programa no está abierto en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1 in %2: the program named a table or column that is not in its schema. Nothing was written; please report this.</source>
        <translation>No se pudieron copiar filas en %1 en %2: el programa nombró una tabla o columna que no está en su esquema. No se escribió nada; por favor, informe de este error.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1 in %2: the connection is still reading another query&apos;s rows. Nothing was written; please report this.</source>
        <translation>No se pudieron copiar filas en %1 en %2: la conexión todavía está leyendo las filas de otra consulta. No se escribió nada; por favor, informe de este error.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1 in %2: an earlier step of this change failed. Nothing was written.</source>
        <translation>No se pudieron copiar filas en %1 en %2: un paso anterior de este cambio falló. No se escribió nada.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1 in %2: no transaction was begun. Nothing was written; please report this.</source>
        <translation>No se pudieron copiar filas en %1 en %2: no se inició ninguna transacción. No se escribió nada; por favor, informe de este error.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1 in %2: the connection to the server was lost. Nothing was written.</source>
        <translation>No se pudieron copiar filas en %1 en %2: se perdió la conexión con el servidor. No se escribió nada.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1 in %2: %3. Nothing was written.</source>
        <translation>No se pudieron copiar filas en %1 en %2: %3. No se escribió nada.</translation>
    </message>
    <message>
        <source>Could not copy rows into %1: row %2 holds a NUL character, which PostgreSQL cannot store. Nothing was written; remove the character and try again.</source>
        <translation>No se pudieron copiar filas en %1: la fila %2 contiene un carácter NUL, que PostgreSQL no puede guardar. No se escribió nada; quite el carácter y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the copy had already ended</source>
        <translation>la copia ya había terminado</translation>
    </message>
    <message>
        <source>the program gave a row the wrong number of values; please report this</source>
        <translation>el programa dio a una fila un número equivocado de valores; por favor, informe de este error</translation>
    </message>
    <message>
        <source>the program left its last row unfinished; please report this</source>
        <translation>el programa dejó su última fila sin terminar; por favor, informe de este error</translation>
    </message>
</context>
<context>
    <name>sd::ProbableMatchPanel</name>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Crear de todos &amp;modos</translation>
    </message>
    <message>
        <source>Add the person as typed, as someone new</source>
        <translation>Agregar a la persona como se capturó, como alguien nuevo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may be in the file already:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es posible que esta persona ya esté en el archivo:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may be in the file already, as one of these:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es posible que esta persona ya esté en el archivo, como una de estas:&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may be in the file already.&lt;/b&gt; Choose below before adding them:</source>
        <translation>&lt;b&gt;Es posible que esta persona ya esté en el archivo.&lt;/b&gt; Elija abajo antes de agregarla:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may be in the file already, as one of these.&lt;/b&gt; Choose below before adding them:</source>
        <translation>&lt;b&gt;Es posible que esta persona ya esté en el archivo, como una de estas.&lt;/b&gt; Elija abajo antes de agregarla:</translation>
    </message>
</context>
<context>
    <name>sd::ProfileQuery</name>
    <message>
        <source>reading a participant&apos;s page</source>
        <translation>leer la página de un participante</translation>
    </message>
    <message>
        <source>There is no participant with id %1 in %2; the record may have been merged into another or deleted. Find the person again with Ctrl+K.</source>
        <translation>No existe ningún participante con id %1 en %2; puede que el registro se haya fusionado con otro o eliminado. Busque de nuevo a la persona con Ctrl+K.</translation>
    </message>
    <message>
        <source>reading an expert&apos;s page</source>
        <translation>leer la página de una persona experta</translation>
    </message>
    <message>
        <source>There is no expert with id %1 in %2; the record may have been deleted. Find the person again with Ctrl+K.</source>
        <translation>No existe ninguna persona experta con id %1 en %2; puede que el registro se haya eliminado. Busque de nuevo a la persona con Ctrl+K.</translation>
    </message>
    <message>
        <source>reading an institution&apos;s page</source>
        <translation>leer la página de una institución</translation>
    </message>
    <message>
        <source>There is no institution with id %1 in %2; the record may have been deleted. Find it again with Ctrl+K.</source>
        <translation>No existe ninguna institución con id %1 en %2; puede que el registro se haya eliminado. Búsquela de nuevo con Ctrl+K.</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>leer el registro de cambios</translation>
    </message>
</context>
<context>
    <name>sd::ProgrammeCopy</name>
    <message>
        <source>beginning to read the programme</source>
        <translation>el inicio de la lectura del programa</translation>
    </message>
    <message>
        <source>reading the table %1</source>
        <translation>la lectura de la tabla %1</translation>
    </message>
    <message>
        <source>%1 already exists; a copy goes into a new file only, and nothing was changed. Choose another name or remove the file first.</source>
        <translation>%1 ya existe; una copia solo se escribe en un archivo nuevo, y no se cambió nada. Elija otro nombre o elimine primero el archivo.</translation>
    </message>
    <message>
        <source>%1 exists, probably left by a copy that was stopped. Remove it and copy again.</source>
        <translation>%1 existe, probablemente dejado por una copia que se interrumpió. Elimínelo y vuelva a copiar.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Choose another folder for the copy.</source>
        <translation>La carpeta de %1 no existe. Elija otra carpeta para la copia.</translation>
    </message>
    <message>
        <source>preparing the new file</source>
        <translation>la preparación del archivo nuevo</translation>
    </message>
    <message>
        <source>building the copy&apos;s indexes</source>
        <translation>la creación de los índices de la copia</translation>
    </message>
    <message>
        <source>checking the copy&apos;s references</source>
        <translation>la revisión de las referencias de la copia</translation>
    </message>
    <message>
        <source>The programme being copied refers to a missing %1 record, so no copy was written. Run &apos;seminardesk-cli check&apos; on it.</source>
        <translation>El programa que se copia hace referencia a un registro de %1 que no existe, así que no se escribió ninguna copia. Ejecute &apos;seminardesk-cli check&apos; sobre él.</translation>
    </message>
    <message>
        <source>finishing the new file</source>
        <translation>la finalización del archivo nuevo</translation>
    </message>
    <message>
        <source>The copy could not be named %1 (another file took that name meanwhile?); nothing was written. Choose another name and copy again.</source>
        <translation>No se pudo dar el nombre %1 a la copia (¿otro archivo tomó ese nombre mientras tanto?); no se escribió nada. Elija otro nombre y vuelva a copiar.</translation>
    </message>
    <message>
        <source>writing the copy %1</source>
        <translation>la escritura de la copia %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2; nothing was written. Try again when the server is back.</source>
        <translation>Se perdió la conexión con %1 durante %2; no se escribió nada. Vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>The server of %1 refused %2 (PostgreSQL code %3); nothing was written. The details are in the log for your IT officer.</source>
        <translation>El servidor de %1 rechazó %2 (código de PostgreSQL %3); no se escribió nada. Los detalles están en el registro para su encargado de sistemas.</translation>
    </message>
    <message>
        <source>%1 holds schema version %2 and this Seminar Desk copies version %3 only; nothing was copied. Open it with the version of Seminar Desk that matches it.</source>
        <translation>%1 tiene la versión %2 del esquema y este Seminar Desk solo copia la versión %3; no se copió nada. Ábralo con la versión de Seminar Desk que le corresponde.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 values for %2 columns; nothing was written. Please report this.</source>
        <translation>El servidor envió una fila de %1 valores para %2 columnas; no se escribió nada. Por favor, informe de esto.</translation>
    </message>
    <message>
        <source>beginning the copy</source>
        <translation>el inicio de la copia</translation>
    </message>
    <message>
        <source>numbering the new rows of %1</source>
        <translation>la numeración de las filas nuevas de %1</translation>
    </message>
    <message>
        <source>committing the copy</source>
        <translation>la confirmación de la copia</translation>
    </message>
    <message>
        <source>preparing the tables for the copy</source>
        <translation>la preparación de las tablas para la copia</translation>
    </message>
    <message>
        <source>The programme being copied breaks a rule of the schema (a repeated id or a reference to a missing record, PostgreSQL code %1), so nothing was written to %2. Run &apos;seminardesk-cli check&apos; on it.</source>
        <translation>El programa que se copia no cumple una regla del esquema (un id repetido o una referencia a un registro que no existe, código de PostgreSQL %1), así que no se escribió nada en %2. Ejecute &apos;seminardesk-cli check&apos; sobre él.</translation>
    </message>
    <message>
        <source>building the copy&apos;s keys and indexes</source>
        <translation>la creación de las claves e índices de la copia</translation>
    </message>
    <message>
        <source>%1 is the programme being copied; choose another name for the copy.</source>
        <translation>%1 es el programa que se copia; elija otro nombre para la copia.</translation>
    </message>
</context>
<context>
    <name>sd::ProgrammeDocument</name>
    <message>
        <source>The connection to %1 was lost; nothing can be changed until it is back.</source>
        <translation>Se perdió la conexión con %1; no se puede cambiar nada hasta que vuelva.</translation>
    </message>
    <message>
        <source>the server on this computer</source>
        <translation>el servidor de esta computadora</translation>
    </message>
    <message>
        <source>Your role on %1 is coordinator: you may read and print, not change the programme. Ask the programme&apos;s admin if you need to.</source>
        <translation>Su rol en %1 es coordinación: puede leer e imprimir, no cambiar el programa. Pida otro rol a quien administra el programa si lo necesita.</translation>
    </message>
    <message>
        <source>Your role on %1 is evaluator: you may read the counts and export the persons pseudonymised, not see who they are or change the programme. Ask the programme&apos;s admin if you need to.</source>
        <translation>Su rol en %1 es evaluación: puede leer las cifras y exportar a las personas seudonimizadas, no ver quiénes son ni cambiar el programa. Pida otro rol a quien administra el programa si lo necesita.</translation>
    </message>
</context>
<context>
    <name>sd::ProgrammeLocation</name>
    <message>
        <source>%1 is not a valid server address; check it for typing errors. A server address looks like postgresql://user@host:5432/database.</source>
        <translation>%1 no es una dirección de servidor válida; revise que no tenga errores de escritura. Una dirección de servidor se ve así: postgresql://usuario@servidor:5432/base_de_datos.</translation>
    </message>
    <message>
        <source>%1 names several servers; Seminar Desk connects to one. Name a single host and port.</source>
        <translation>%1 nombra varios servidores; Seminar Desk se conecta a uno solo. Indique un solo servidor y puerto.</translation>
    </message>
    <message>
        <source>%1 gives the port &quot;%2&quot;, which is not a port number (1 to 65535).</source>
        <translation>%1 indica el puerto «%2», que no es un número de puerto (de 1 a 65535).</translation>
    </message>
    <message>
        <source>%1 has a semicolon in its option %2, which Qt&apos;s PostgreSQL driver cannot pass on; leave it out.</source>
        <translation>%1 tiene un punto y coma en su opción %2, que el controlador de PostgreSQL de Qt no puede transmitir; quítelo.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>%1 through the service %2</source>
        <translation>%1 mediante el servicio %2</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 en esta computadora</translation>
    </message>
    <message>
        <source>%1 on this computer as %2</source>
        <translation>%1 en esta computadora como %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 en %2 como %3</translation>
    </message>
</context>
<context>
    <name>sd::ProgrammeStore</name>
    <message>
        <source>reading an activity&apos;s participants</source>
        <translation>leer los participantes de una actividad</translation>
    </message>
    <message>
        <source>searching participants</source>
        <translation>buscar participantes</translation>
    </message>
    <message>
        <source>reading enrolments</source>
        <translation>leer las inscripciones</translation>
    </message>
    <message>
        <source>restoring enrolments</source>
        <translation>restablecer las inscripciones</translation>
    </message>
    <message>
        <source>reading an expert&apos;s activities</source>
        <translation>leer las actividades de una persona experta</translation>
    </message>
    <message>
        <source>reading what refers to an institution</source>
        <translation>leer qué hace referencia a una institución</translation>
    </message>
    <message>
        <source>reading what refers to a component</source>
        <translation>leer qué hace referencia a un componente</translation>
    </message>
    <message>
        <source>reading a project&apos;s activities</source>
        <translation>leer las actividades de un proyecto</translation>
    </message>
    <message>
        <source>restoring an activity</source>
        <translation>restablecer una actividad</translation>
    </message>
    <message>
        <source>restoring a participant</source>
        <translation>restablecer un participante</translation>
    </message>
    <message>
        <source>restoring an expert</source>
        <translation>restablecer una persona experta</translation>
    </message>
    <message>
        <source>restoring an institution</source>
        <translation>restablecer una institución</translation>
    </message>
    <message>
        <source>restoring an objective</source>
        <translation>restablecer un objetivo</translation>
    </message>
    <message>
        <source>restoring a component</source>
        <translation>restablecer un componente</translation>
    </message>
    <message>
        <source>restoring a project</source>
        <translation>restablecer un proyecto</translation>
    </message>
    <message>
        <source>checking the project code</source>
        <translation>verificar el código del proyecto</translation>
    </message>
    <message>
        <source>Another project already has the code %1.</source>
        <translation>Otro proyecto ya tiene el código %1.</translation>
    </message>
    <message>
        <source>checking activity dates</source>
        <translation>verificar las fechas de las actividades</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) would fall outside the new time frame.</source>
        <translation>
            <numerusform>%n actividad quedaría fuera del nuevo periodo.</numerusform>
            <numerusform>%n actividades quedarían fuera del nuevo periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the name</source>
        <translation>verificar el nombre</translation>
    </message>
    <message>
        <source>Another institution has this name.</source>
        <translation>Otra institución tiene este nombre.</translation>
    </message>
    <message>
        <source>checking the parent</source>
        <translation>verificar la institución superior</translation>
    </message>
    <message>
        <source>The parent institution sits under this one already.</source>
        <translation>La institución superior ya depende de esta.</translation>
    </message>
    <message>
        <source>counting records</source>
        <translation>contar los registros</translation>
    </message>
    <message>
        <source>finding a project</source>
        <translation>buscar un proyecto</translation>
    </message>
    <message>
        <source>There is no project with the code %1 in this file.</source>
        <translation>No existe ningún proyecto con el código %1 en este archivo.</translation>
    </message>
    <message>
        <source>listing projects</source>
        <translation>listar los proyectos</translation>
    </message>
    <message>
        <source>listing components</source>
        <translation>listar los componentes</translation>
    </message>
    <message>
        <source>listing objectives</source>
        <translation>listar los objetivos</translation>
    </message>
    <message>
        <source>listing institutions</source>
        <translation>listar las instituciones</translation>
    </message>
    <message>
        <source>checking the activity code</source>
        <translation>verificar el código de actividad</translation>
    </message>
    <message>
        <source>Another activity of this project has the code %1.</source>
        <translation>Otra actividad de este proyecto tiene el código %1.</translation>
    </message>
    <message>
        <source>checking the components</source>
        <translation>verificar los componentes</translation>
    </message>
    <message>
        <source>A chosen component does not belong to this project.</source>
        <translation>Un componente elegido no pertenece a este proyecto.</translation>
    </message>
    <message>
        <source>adding a session</source>
        <translation>agregar una sesión</translation>
    </message>
    <message>
        <source>checking a session&apos;s marks</source>
        <translation>verificar las marcas de una sesión</translation>
    </message>
    <message numerus="yes">
        <source>The session of %1 has %n attendance mark(s); remove the marks first or keep the session.</source>
        <translation>
            <numerusform>La sesión del %1 tiene %n marca de asistencia; quite primero las marcas o conserve la sesión.</numerusform>
            <numerusform>La sesión del %1 tiene %n marcas de asistencia; quite primero las marcas o conserve la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>removing a session</source>
        <translation>quitar una sesión</translation>
    </message>
    <message>
        <source>changing a session</source>
        <translation>modificar una sesión</translation>
    </message>
    <message>
        <source>finding an activity</source>
        <translation>buscar una actividad</translation>
    </message>
    <message>
        <source>There is no activity with the code %1 in this project.</source>
        <translation>No existe ninguna actividad con el código %1 en este proyecto.</translation>
    </message>
    <message>
        <source>listing activities</source>
        <translation>listar las actividades</translation>
    </message>
    <message>
        <source>listing sessions</source>
        <translation>listar las sesiones</translation>
    </message>
    <message>
        <source>listing experts</source>
        <translation>listar las personas expertas</translation>
    </message>
    <message>
        <source>changing an activity&apos;s experts</source>
        <translation>modificar las personas expertas de una actividad</translation>
    </message>
    <message>
        <source>listing an activity&apos;s experts</source>
        <translation>listar las personas expertas de una actividad</translation>
    </message>
    <message>
        <source>checking an enrolment</source>
        <translation>verificar una inscripción</translation>
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation>Este participante ya está inscrito en esta actividad.</translation>
    </message>
    <message>
        <source>enrolling a participant</source>
        <translation>inscribir a un participante</translation>
    </message>
    <message>
        <source>listing enrolments</source>
        <translation>listar las inscripciones</translation>
    </message>
    <message>
        <source>recording attendance</source>
        <translation>registrar la asistencia</translation>
    </message>
    <message>
        <source>clearing attendance</source>
        <translation>borrar la asistencia</translation>
    </message>
    <message>
        <source>The attendance mark was not saved: session %1 does not belong to the activity of enrolment %2.</source>
        <translation>No se guardó la marca de asistencia: la sesión %1 no pertenece a la actividad de la inscripción %2.</translation>
    </message>
    <message>
        <source>reading attendance</source>
        <translation>leer la asistencia</translation>
    </message>
    <message>
        <source>logging a change</source>
        <translation>registrar un cambio en el historial</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>leer el historial de cambios</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The %1 was not saved: %2</source>
        <translation>No se guardó %1: %2</translation>
    </message>
    <message>
        <source>The component was not deleted: activity(ies) %1 belong to no other component. Give them another component first.</source>
        <translation>No se eliminó el componente: la(s) actividad(es) %1 no pertenece(n) a ningún otro componente. Asígneles primero otro componente.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <source>adding a project</source>
        <translation>agregar un proyecto</translation>
    </message>
    <message>
        <source>changing a project</source>
        <translation>modificar un proyecto</translation>
    </message>
    <message>
        <source>reading a project</source>
        <translation>leer un proyecto</translation>
    </message>
    <message>
        <source>There is no project with id %1.</source>
        <translation>No existe ningún proyecto con id %1.</translation>
    </message>
    <message>
        <source>checking what a project holds</source>
        <translation>verificar qué contiene un proyecto</translation>
    </message>
    <message>
        <source>deleting a project</source>
        <translation>eliminar un proyecto</translation>
    </message>
    <message>
        <source>The project was not deleted: it has %1 activity(ies). Delete those too, or keep the project.</source>
        <translation>No se eliminó el proyecto: tiene %1 actividad(es). Elimínelas también o conserve el proyecto.</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <source>adding an objective</source>
        <translation>agregar un objetivo</translation>
    </message>
    <message>
        <source>changing an objective</source>
        <translation>modificar un objetivo</translation>
    </message>
    <message>
        <source>reading an objective</source>
        <translation>leer un objetivo</translation>
    </message>
    <message>
        <source>There is no objective with id %1.</source>
        <translation>No existe ningún objetivo con id %1.</translation>
    </message>
    <message>
        <source>deleting an objective</source>
        <translation>eliminar un objetivo</translation>
    </message>
    <message>
        <source>component</source>
        <translation>el componente</translation>
    </message>
    <message>
        <source>adding a component</source>
        <translation>agregar un componente</translation>
    </message>
    <message>
        <source>changing a component</source>
        <translation>modificar un componente</translation>
    </message>
    <message>
        <source>reading a component</source>
        <translation>leer un componente</translation>
    </message>
    <message>
        <source>There is no component with id %1.</source>
        <translation>No existe ningún componente con id %1.</translation>
    </message>
    <message>
        <source>checking what refers to a component</source>
        <translation>verificar qué hace referencia a un componente</translation>
    </message>
    <message>
        <source>deleting a component</source>
        <translation>eliminar un componente</translation>
    </message>
    <message>
        <source>The component was not deleted: %1 activity(ies) belong to it.</source>
        <translation>No se eliminó el componente: %1 actividad(es) pertenece(n) a él.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>la actividad</translation>
    </message>
    <message>
        <source>adding an activity</source>
        <translation>agregar una actividad</translation>
    </message>
    <message>
        <source>changing an activity</source>
        <translation>modificar una actividad</translation>
    </message>
    <message>
        <source>reading an activity</source>
        <translation>leer una actividad</translation>
    </message>
    <message>
        <source>There is no activity with id %1.</source>
        <translation>No existe ninguna actividad con id %1.</translation>
    </message>
    <message>
        <source>checking what refers to an activity</source>
        <translation>verificar qué hace referencia a una actividad</translation>
    </message>
    <message>
        <source>deleting an activity</source>
        <translation>eliminar una actividad</translation>
    </message>
    <message>
        <source>The activity was not deleted: it has %1 enrolment(s) and %2 attendance mark(s). Delete those too, or keep the activity.</source>
        <translation>No se eliminó la actividad: tiene %1 inscripción(es) y %2 marca(s) de asistencia. Elimínelas también o conserve la actividad.</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>la institución</translation>
    </message>
    <message>
        <source>adding an institution</source>
        <translation>agregar una institución</translation>
    </message>
    <message>
        <source>changing an institution</source>
        <translation>modificar una institución</translation>
    </message>
    <message>
        <source>reading an institution</source>
        <translation>leer una institución</translation>
    </message>
    <message>
        <source>There is no institution with id %1.</source>
        <translation>No existe ninguna institución con id %1.</translation>
    </message>
    <message>
        <source>checking what refers to an institution</source>
        <translation>verificar qué hace referencia a una institución</translation>
    </message>
    <message>
        <source>deleting an institution</source>
        <translation>eliminar una institución</translation>
    </message>
    <message>
        <source>The institution was not deleted: %1 participant(s), %2 institution(s) under it and %3 project(s) refer to it.</source>
        <translation>No se eliminó la institución: %1 participante(s), %2 institución(es) que dependen de ella y %3 proyecto(s) hacen referencia a ella.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>el participante</translation>
    </message>
    <message>
        <source>adding a participant</source>
        <translation>agregar un participante</translation>
    </message>
    <message>
        <source>changing a participant</source>
        <translation>modificar un participante</translation>
    </message>
    <message>
        <source>reading a participant</source>
        <translation>leer un participante</translation>
    </message>
    <message>
        <source>There is no participant with id %1.</source>
        <translation>No existe ningún participante con id %1.</translation>
    </message>
    <message>
        <source>checking what refers to a participant</source>
        <translation>verificar qué hace referencia a un participante</translation>
    </message>
    <message>
        <source>deleting a participant</source>
        <translation>eliminar un participante</translation>
    </message>
    <message>
        <source>The participant was not deleted: %1 enrolment(s) and %2 attendance mark(s) refer to them. Delete those too, or keep the participant.</source>
        <translation>No se eliminó al participante: %1 inscripción(es) y %2 marca(s) de asistencia hacen referencia a él. Elimínelas también o conserve al participante.</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>la persona experta</translation>
    </message>
    <message>
        <source>adding an expert</source>
        <translation>agregar una persona experta</translation>
    </message>
    <message>
        <source>changing an expert</source>
        <translation>modificar una persona experta</translation>
    </message>
    <message>
        <source>reading an expert</source>
        <translation>leer una persona experta</translation>
    </message>
    <message>
        <source>There is no expert with id %1.</source>
        <translation>No existe ninguna persona experta con id %1.</translation>
    </message>
    <message>
        <source>checking what refers to an expert</source>
        <translation>verificar qué hace referencia a una persona experta</translation>
    </message>
    <message>
        <source>deleting an expert</source>
        <translation>eliminar una persona experta</translation>
    </message>
    <message>
        <source>The expert was not deleted: they take part in %1 activity(ies). Remove them from those activities first, or keep the expert.</source>
        <translation>No se eliminó a la persona experta: participa en %1 actividad(es). Quítela primero de esas actividades o consérvela.</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>la inscripción</translation>
    </message>
    <message>
        <source>moving an enrolment</source>
        <translation>trasladar una inscripción</translation>
    </message>
    <message>
        <source>There is no enrolment with id %1.</source>
        <translation>No existe ninguna inscripción con id %1.</translation>
    </message>
    <message>
        <source>checking an enrolment&apos;s marks</source>
        <translation>verificar las marcas de una inscripción</translation>
    </message>
    <message>
        <source>removing an enrolment</source>
        <translation>quitar una inscripción</translation>
    </message>
    <message>
        <source>The enrolment was not removed: it has %1 attendance mark(s).</source>
        <translation>No se quitó la inscripción: tiene %1 marca(s) de asistencia.</translation>
    </message>
    <message>
        <source>%1 (id %2) was changed by someone else since you opened it; nothing was saved; reload it and try again.</source>
        <translation>Otra persona modificó este registro (%1, id %2) desde que usted lo abrió; no se guardó nada; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; (id %3) was changed by someone else since you opened it; nothing was saved; reload it and try again.</source>
        <translation>Otra persona modificó este registro (%1 «%2», id %3) desde que usted lo abrió; no se guardó nada; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, por %3</translation>
    </message>
    <message>
        <source>checking the evaluation scores</source>
        <translation>revisando los puntajes de la evaluación</translation>
    </message>
    <message numerus="yes">
        <source>Test scores are entered for %n person(s) in this activity; keep the knowledge test, or clear their scores in the evaluation sheet first.</source>
        <translation>
            <numerusform>Hay puntajes de prueba capturados para %n persona en esta actividad; conserve la prueba de conocimientos o borre primero su puntaje en la hoja de evaluación.</numerusform>
            <numerusform>Hay puntajes de prueba capturados para %n personas en esta actividad; conserve la prueba de conocimientos o borre primero sus puntajes en la hoja de evaluación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A test score above %1 is entered for %n person(s); give a maximum score at least as high as the highest score entered, or correct those scores in the evaluation sheet first.</source>
        <translation>
            <numerusform>Hay un puntaje de prueba mayor que %1 capturado para %n persona; dé un puntaje máximo al menos igual al puntaje más alto capturado, o corrija primero ese puntaje en la hoja de evaluación.</numerusform>
            <numerusform>Hay puntajes de prueba mayores que %1 capturados para %n personas; dé un puntaje máximo al menos igual al puntaje más alto capturado, o corrija primero esos puntajes en la hoja de evaluación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ProjectDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Another project has the code %1.</source>
        <translation>Otro proyecto tiene el código %1.</translation>
    </message>
    <message>
        <source>The project&apos;s first activity starts on %1; the time frame must begin by then.</source>
        <translation>La primera actividad del proyecto empieza el %1; el periodo debe comenzar a más tardar ese día.</translation>
    </message>
    <message>
        <source>The project&apos;s last activity ends on %1; the time frame must last until then.</source>
        <translation>La última actividad del proyecto termina el %1; el periodo debe durar al menos hasta ese día.</translation>
    </message>
</context>
<context>
    <name>sd::ProjectOverviewPage</name>
    <message>
        <source>Intl. organisation</source>
        <translation>Org. internacional</translation>
    </message>
    <message>
        <source>EU member state</source>
        <translation>Estado miembro de la UE</translation>
    </message>
    <message>
        <source>Edit &amp;project…</source>
        <translation>Editar &amp;proyecto…</translation>
    </message>
    <message>
        <source>participations</source>
        <translation>participaciones</translation>
    </message>
    <message>
        <source>unique participants</source>
        <translation>participantes únicos</translation>
    </message>
    <message>
        <source>participant-days</source>
        <translation>días-participante</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>personas expertas</translation>
    </message>
    <message>
        <source>expert countries</source>
        <translation>países de las personas expertas</translation>
    </message>
    <message>
        <source>everyone who took part</source>
        <translation>todas las personas que participaron</translation>
    </message>
    <message>
        <source>Click a bar or a slice to list the persons behind it.</source>
        <translation>Haga clic en una barra o en un sector para ver la lista de las personas que representa.</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, part of the %1</source>
        <translation>, parte de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation>solicitado por %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Solicitado por:</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>componente %1</translation>
    </message>
    <message>
        <source>components %1</source>
        <translation>componentes %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Participations per activity</source>
        <translation>Participaciones por actividad</translation>
    </message>
    <message>
        <source>The %1 largest of %2 activities. The other %3 together: %4.</source>
        <translation>Las %1 mayores de %2 actividades. Las otras %3 juntas: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s)</source>
        <translation>
            <numerusform>%Ln participación</numerusform>
            <numerusform>%Ln participaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Every activity…</source>
        <translation>Todas las actividades…</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>activity %1 – %2</source>
        <translation>actividad %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2
participations: %3 · unique participants: %4</source>
        <translation>%1 %2
participaciones: %3 · participantes únicos: %4</translation>
    </message>
    <message>
        <source>Participants by gender</source>
        <translation>Participantes por género</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>gender: %1</source>
        <translation>género: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln person(s)</source>
        <translation>
            <numerusform>%1: %Ln persona</numerusform>
            <numerusform>%1: %Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Participations by institution type</source>
        <translation>Participaciones por tipo de institución</translation>
    </message>
    <message>
        <source>institution type: %1</source>
        <translation>tipo de institución: %1</translation>
    </message>
    <message>
        <source>improved their knowledge</source>
        <translation>mejoraron su conocimiento</translation>
    </message>
    <message>
        <source>improved their knowledge (post-test above pre-test)</source>
        <translation>mejoraron su conocimiento (prueba final por encima de la inicial)</translation>
    </message>
    <message>
        <source>improved their knowledge, of %1 tested</source>
        <translation>mejoraron su conocimiento, de %1 evaluados</translation>
    </message>
    <message>
        <source>Improved: %1
Tested: %2
Click to list the persons behind this number.</source>
        <translation>Mejoraron: %1
Evaluados: %2
Haga clic para ver la lista de las personas detrás de esta cifra.</translation>
    </message>
</context>
<context>
    <name>sd::PseudonymKey</name>
    <message>
        <source>reading the key of the pseudonyms</source>
        <translation>al leer la clave de los seudónimos</translation>
    </message>
    <message>
        <source>%1 has no key for pseudonyms, so nothing was exported; run &apos;seminardesk-cli check&apos; on it, and restore it from a backup if it reports damage.</source>
        <translation>%1 no tiene clave para los seudónimos, así que no se exportó nada; ejecute &apos;seminardesk-cli check&apos; con él, y restáurelo desde una copia de seguridad si informa de daños.</translation>
    </message>
</context>
<context>
    <name>sd::RecordDialog</name>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>sd::RecordTraits</name>
    <message>
        <source>Add project %1</source>
        <translation>Agregar el proyecto %1</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Editar el proyecto %1</translation>
    </message>
    <message>
        <source>Delete project %1</source>
        <translation>Eliminar el proyecto %1</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>Agregar el objetivo %1</translation>
    </message>
    <message>
        <source>Edit objective %1</source>
        <translation>Editar el objetivo %1</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translation>Eliminar el objetivo %1</translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation>Agregar el componente %1</translation>
    </message>
    <message>
        <source>Edit component %1</source>
        <translation>Editar el componente %1</translation>
    </message>
    <message>
        <source>Delete component %1</source>
        <translation>Eliminar el componente %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Agregar la actividad %1</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Editar la actividad %1</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>Eliminar la actividad %1</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Add expert</source>
        <translation>Agregar persona experta</translation>
    </message>
    <message>
        <source>Edit expert</source>
        <translation>Editar persona experta</translation>
    </message>
    <message>
        <source>Delete expert</source>
        <translation>Eliminar persona experta</translation>
    </message>
    <message>
        <source>Add institution %1</source>
        <translation>Agregar la institución %1</translation>
    </message>
    <message>
        <source>Edit institution %1</source>
        <translation>Editar la institución %1</translation>
    </message>
    <message>
        <source>Delete institution %1</source>
        <translation>Eliminar la institución %1</translation>
    </message>
</context>
<context>
    <name>sd::RegisterExport</name>
    <message>
        <source>The list was not exported</source>
        <translation>No se exportó la lista</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>No project to make pseudonyms for</source>
        <translation>No hay proyecto para generar seudónimos</translation>
    </message>
    <message>
        <source>Pseudonyms are made under a project&apos;s code, and %1 holds no project yet; add a project (Edit ▸ New record ▸ New project) first.</source>
        <translation>Los seudónimos se generan con el código de un proyecto, y %1 aún no contiene ningún proyecto; agregue primero un proyecto (Editar ▸ Nuevo registro ▸ Nuevo proyecto).</translation>
    </message>
    <message>
        <source>-pseudonymised</source>
        <translation>-con-seudonimos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities column</source>
        <translation>Columna Actividades</translation>
    </message>
    <message>
        <source>The activities of %1 each person took part in (present or late at one session or more).</source>
        <translation>Las actividades de %1 en las que participó cada persona (presente o con retardo en una sesión o más).</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Con seudónimos</translation>
    </message>
    <message>
        <source>Yes: each person is a stable pseudonym for project %1; no ids, names, positions, emails or phones.</source>
        <translation>Sí: cada persona es un seudónimo estable para el proyecto %1; sin id, nombres, cargos, correos electrónicos ni teléfonos.</translation>
    </message>
    <message>
        <source>Evaluation sheet</source>
        <translation>Hoja de evaluación</translation>
    </message>
    <message>
        <source>One row per person and evaluated activity they took part in: scores, percent of the maximum, satisfaction items and follow-up, under the same pseudonyms. Comments are left out: they may name their writer or others.</source>
        <translation>Una fila por persona y actividad evaluada en la que participó: puntajes, porcentaje del máximo, reactivos de satisfacción y seguimiento, con los mismos seudónimos. Los comentarios se omiten: pueden nombrar a quien los escribió o a otras personas.</translation>
    </message>
</context>
<context>
    <name>sd::RegisterModel</name>
    <message>
        <source>no sessions</source>
        <translation>sin sesiones</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>sd::RegisterPage</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Filter by name, acronym or country…</source>
        <translation>Filtrar por nombre, siglas o país…</translation>
    </message>
    <message>
        <source>Filter by name, institution, region…</source>
        <translation>Filtrar por nombre, institución, región…</translation>
    </message>
    <message>
        <source>Export the list shown…</source>
        <translation>Exportar la lista mostrada…</translation>
    </message>
    <message>
        <source>Export pseudonymised…</source>
        <translation>Exportar con seudónimos…</translation>
    </message>
    <message>
        <source>A stable pseudonym per person instead of id, names, position, email and phone; gender, institution, region and activities kept</source>
        <translation>Un seudónimo estable por persona en lugar de id, nombres, cargo, correo electrónico y teléfono; se conservan género, institución, región y actividades</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Participantes inscritos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln persona experta</numerusform>
            <numerusform>%Ln personas expertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln institución</numerusform>
            <numerusform>%Ln instituciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enrolled</source>
        <translation>%1 inscritos</translation>
    </message>
    <message>
        <source>%1 or more of %2 match “%3” (counting…)</source>
        <translation>%1 o más de %2 coinciden con «%3» (contando…)</translation>
    </message>
    <message>
        <source>nothing matches “%1”</source>
        <translation>nada coincide con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 match “%2”</source>
        <translation>
            <numerusform>%Ln de %1 coincide con «%2»</numerusform>
            <numerusform>%Ln de %1 coinciden con «%2»</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rows shown, in the order shown, as CSV, XLSX or JSON</source>
        <translation>Guardar las filas mostradas, en el orden mostrado, como CSV, XLSX o JSON</translation>
    </message>
    <message>
        <source>Nothing to export: the list shows no row</source>
        <translation>Nada que exportar: la lista no muestra ninguna fila</translation>
    </message>
</context>
<context>
    <name>sd::RegisterQuery</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistidas</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>counting the rows of a register</source>
        <translation>contar las filas de un registro</translation>
    </message>
    <message>
        <source>reading the rows of a register</source>
        <translation>leer las filas de un registro</translation>
    </message>
    <message>
        <source>finding a row of a register</source>
        <translation>buscar una fila de un registro</translation>
    </message>
</context>
<context>
    <name>sd::ResultsFormatter</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Únicos</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Participant-days</source>
        <translation>Días-participante</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Expert countries</source>
        <translation>Países de las personas expertas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Results by %1</source>
        <translation>Resultados por %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>% of participations</source>
        <translation>% de participaciones</translation>
    </message>
    <message>
        <source>% female</source>
        <translation>% mujeres</translation>
    </message>
    <message>
        <source>sessions held %1</source>
        <translation>sesiones realizadas %1</translation>
    </message>
</context>
<context>
    <name>sd::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;All breakdowns…</source>
        <translation>&amp;Todos los desgloses…</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Desglose:</translation>
    </message>
    <message>
        <source>Save this table as CSV, XLSX or JSON (Ctrl+E)</source>
        <translation>Guardar esta tabla como CSV, XLSX o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save every breakdown of the project as one XLSX workbook, one sheet each</source>
        <translation>Guardar todos los desgloses del proyecto en un solo libro XLSX, una hoja por desglose</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Double-click a number (or press Enter on it) to list the persons behind it.</source>
        <translation>Haga doble clic en una cifra (o presione Intro sobre ella) para ver la lista de las personas que representa.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Un trimestre</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Count only the sessions held in this period</source>
        <translation>Contar solo las sesiones realizadas en este periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a start date on or before the end date.</source>
        <translation>El periodo empieza después de terminar: elija una fecha de inicio igual o anterior a la fecha final.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Attendance: participations, participants and days. Evaluation: knowledge tests, satisfaction and follow-up.</source>
        <translation>Asistencia: participaciones, participantes y días. Evaluación: pruebas de conocimiento, satisfacción y seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>Double-click a count (or press Enter on it) to list the persons behind it; point at a heading for its definition.</source>
        <translation>Haga doble clic en un conteo (o pulse Intro sobre él) para ver la lista de las personas detrás de él; señale un encabezado para ver su definición.</translation>
    </message>
</context>
<context>
    <name>sd::ResultsQuery</name>
    <message>
        <source>(no institution)</source>
        <translation>(sin institución)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>preparing the notes of a results table</source>
        <translation>preparar las notas de una tabla de resultados</translation>
    </message>
    <message>
        <source>writing the notes of a results table</source>
        <translation>escribir las notas de una tabla de resultados</translation>
    </message>
    <message>
        <source>A participant took part in an activity when marked present or late at one of its sessions or more. Participations add up the participants who took part in each activity; unique participants count each person once.</source>
        <translation>Un participante participó en una actividad cuando está marcado como presente o con retardo en al menos una de sus sesiones. Las participaciones suman los participantes que participaron en cada actividad; los participantes únicos cuentan a cada persona una sola vez.</translation>
    </message>
    <message>
        <source>Participant-days count the sessions marked present or late; a half-day session counts 0.5.</source>
        <translation>Los días-participante cuentan las sesiones marcadas como presente o con retardo; una sesión de medio día cuenta 0.5.</translation>
    </message>
    <message>
        <source>Female, male, other and not stated count persons, so they add up to the unique participants.</source>
        <translation>Mujer, hombre, otro y no indicado cuentan personas, así que suman los participantes únicos.</translation>
    </message>
    <message>
        <source>Each person is in exactly one row, so the rows&apos; participations, unique participants and participant-days add up to the totals.</source>
        <translation>Cada persona está exactamente en una fila, así que las participaciones, los participantes únicos y los días-participante de las filas suman los totales.</translation>
    </message>
    <message>
        <source>The experts of a row are those of the activities its participants took part in; an expert counts in every row whose participants they worked with, so the rows&apos; experts and expert countries can add up to more than the total.</source>
        <translation>Las personas expertas de una fila son las de las actividades en las que participaron sus participantes; una persona experta cuenta en cada fila con cuyos participantes trabajó, así que las personas expertas y los países de las personas expertas de las filas pueden sumar más que el total.</translation>
    </message>
    <message>
        <source>A person who took part in several activities counts in each of their rows, so the rows&apos; unique participants can add up to more than the total.</source>
        <translation>Una persona que participó en varias actividades cuenta en cada una de sus filas, así que los participantes únicos de las filas pueden sumar más que el total.</translation>
    </message>
    <message>
        <source>An expert who worked in several activities counts in each of their rows, so the rows&apos; experts and expert countries can add up to more than the total.</source>
        <translation>Una persona experta que trabajó en varias actividades cuenta en cada una de sus filas, así que las personas expertas y los países de las personas expertas de las filas pueden sumar más que el total.</translation>
    </message>
    <message>
        <source>An activity in two components counts in both, so the rows can add up to more than the total; a person who took part in activities of several components counts in each.</source>
        <translation>Una actividad en dos componentes cuenta en ambos, así que las filas pueden sumar más que el total; una persona que participó en actividades de varios componentes cuenta en cada uno.</translation>
    </message>
    <message>
        <source>Activities in more than one component: %1.</source>
        <translation>Actividades en más de un componente: %1.</translation>
    </message>
    <message>
        <source>Activities in no component are in no row, so the rows can also add up to less than the total: %1.</source>
        <translation>Las actividades que no están en ningún componente no aparecen en ninguna fila, así que las filas también pueden sumar menos que el total: %1.</translation>
    </message>
    <message>
        <source>A participant counts under the institution recorded for them now, for every activity.</source>
        <translation>Un participante cuenta en la institución que tiene registrada actualmente, para todas las actividades.</translation>
    </message>
    <message>
        <source>A participant counts under the region recorded for them now, for every activity.</source>
        <translation>Un participante cuenta en la región que tiene registrada actualmente, para todas las actividades.</translation>
    </message>
    <message>
        <source>A participation counts under each country that had an expert in that activity, so the rows can add up to more than the total.</source>
        <translation>Una participación cuenta en cada país que tuvo una persona experta en esa actividad, así que las filas pueden sumar más que el total.</translation>
    </message>
    <message>
        <source>The experts of a row are the experts from that country.</source>
        <translation>Las personas expertas de una fila son las personas expertas de ese país.</translation>
    </message>
    <message>
        <source>Activities with experts from more than one country: %1.</source>
        <translation>Actividades con personas expertas de más de un país: %1.</translation>
    </message>
    <message>
        <source>Activities without experts are in no row, so the rows can also add up to less than the total: %1.</source>
        <translation>Las actividades sin personas expertas no aparecen en ninguna fila, así que las filas también pueden sumar menos que el total: %1.</translation>
    </message>
    <message>
        <source>The totals&apos; experts and expert countries count those of all the project&apos;s activities, each once.</source>
        <translation>Las personas expertas y los países de las personas expertas de los totales cuentan los de todas las actividades del proyecto, cada uno una vez.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>leer el proyecto</translation>
    </message>
    <message>
        <source>There is no project with id %1 in the file. List the projects with &apos;seminardesk-cli info FILE&apos;.</source>
        <translation>No existe ningún proyecto con id %1 en el archivo. Liste los proyectos con &apos;seminardesk-cli info FILE&apos;.</translation>
    </message>
    <message>
        <source>counting the results by %1</source>
        <translation>contar los resultados por %1</translation>
    </message>
    <message>
        <source>reading a filter</source>
        <translation>leer un filtro</translation>
    </message>
    <message>
        <source>There is no activity %1 in this project. Use an activity code from &apos;seminardesk-cli results FILE --by activity&apos;.</source>
        <translation>No existe la actividad %1 en este proyecto. Use un código de actividad de &apos;seminardesk-cli results FILE --by activity&apos;.</translation>
    </message>
    <message>
        <source>The component filter &quot;%1&quot; is not a number. Give a component number, such as 1.</source>
        <translation>El filtro de componente &quot;%1&quot; no es un número. Indique un número de componente, como 1.</translation>
    </message>
    <message>
        <source>There is no component %1 in this project. Use a component number from &apos;seminardesk-cli results FILE --by component&apos;.</source>
        <translation>No existe el componente %1 en este proyecto. Use un número de componente de &apos;seminardesk-cli results FILE --by component&apos;.</translation>
    </message>
    <message>
        <source>There is no institution &quot;%1&quot; in the file. Use an institution key from &apos;seminardesk-cli results FILE --by institution&apos;.</source>
        <translation>No existe la institución &quot;%1&quot; en el archivo. Use una clave de institución de &apos;seminardesk-cli results FILE --by institution&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an institution type. Use one of federal, state, municipal, judiciary, civil_society, international_organisation, eu_member_state_administration, academic, other.</source>
        <translation>&quot;%1&quot; no es un tipo de institución. Use uno de federal, state, municipal, judiciary, civil_society, international_organisation, eu_member_state_administration, academic, other.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender. Use one of female, male, other, not_stated.</source>
        <translation>&quot;%1&quot; no es un género. Use uno de female, male, other, not_stated.</translation>
    </message>
    <message>
        <source>listing the participants behind a number</source>
        <translation>listar los participantes detrás de una cifra</translation>
    </message>
    <message>
        <source>A row counts the sessions held in that calendar year.</source>
        <translation>Una fila cuenta las sesiones realizadas en ese año calendario.</translation>
    </message>
    <message>
        <source>A row counts the sessions held in that calendar quarter.</source>
        <translation>Una fila cuenta las sesiones realizadas en ese trimestre calendario.</translation>
    </message>
    <message>
        <source>A person counts in every row in which they attended a session, so the rows&apos; unique participants can add up to more than the total; participant-days add up to the total.</source>
        <translation>Una persona cuenta en cada fila en la que asistió a una sesión, así que los participantes únicos de las filas pueden sumar más que el total; los días-participante suman el total.</translation>
    </message>
    <message>
        <source>Every activity&apos;s sessions fall in one row, so the rows&apos; participations add up to the total.</source>
        <translation>Las sesiones de cada actividad caen en una sola fila, así que las participaciones de las filas suman el total.</translation>
    </message>
    <message>
        <source>Activities with sessions in more than one row count in each, so the rows&apos; participations can add up to more than the total: %1.</source>
        <translation>Las actividades con sesiones en más de una fila cuentan en cada una, así que las participaciones de las filas pueden sumar más que el total: %1.</translation>
    </message>
    <message>
        <source>The experts of a row are those of the activities with a session in it.</source>
        <translation>Los expertos de una fila son los de las actividades con una sesión en ella.</translation>
    </message>
    <message>
        <source>Only the sessions held %1 count: a participant took part in an activity when marked present or late at one of its sessions in that period.</source>
        <translation>Solo cuentan las sesiones realizadas %1: un participante participó en una actividad si se le marcó presente o con retardo en una de sus sesiones de ese periodo.</translation>
    </message>
    <message>
        <source>Experts and expert countries count those of the activities with a session in the period, each once in the totals.</source>
        <translation>Los expertos y los países de los expertos cuentan los de las actividades con una sesión en el periodo, cada uno una vez en los totales.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2. Give a start date on or before the end date.</source>
        <translation>El periodo empieza el %1, después de su fin el %2. Indique una fecha de inicio igual o anterior a la fecha final.</translation>
    </message>
    <message>
        <source>The year filter &quot;%1&quot; is not a year. Give four digits, such as 2017.</source>
        <translation>El filtro de año &quot;%1&quot; no es un año. Indique cuatro dígitos, como 2017.</translation>
    </message>
    <message>
        <source>The quarter filter &quot;%1&quot; is not a quarter. Give a year and a quarter number, such as 2017-Q4.</source>
        <translation>El filtro de trimestre &quot;%1&quot; no es un trimestre. Indique un año y un número de trimestre, como 2017-Q4.</translation>
    </message>
</context>
<context>
    <name>sd::ResultsTable</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Expert country</source>
        <translation>País de la persona experta</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter as a row of a results table: %1 the quarter (1-4), %2 the year.</extracomment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>sd::ResultsTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to list the persons behind this number</source>
        <translation>Haga doble clic para ver la lista de las personas detrás de esta cifra</translation>
    </message>
    <message>
        <source>Over the activities of the row: the persons who took part in each, added up</source>
        <translation>Sobre las actividades de la fila: las personas que participaron en cada una, sumadas</translation>
    </message>
    <message>
        <source>Persons who took part in one activity of the row or more, each once</source>
        <translation>Personas que participaron en una actividad de la fila o más, cada una una vez</translation>
    </message>
    <message>
        <source>Sessions attended (present or late); a half day counts 0.5</source>
        <translation>Sesiones asistidas (presente o con retardo); medio día cuenta 0.5</translation>
    </message>
    <message>
        <source>Distinct experts of the row&apos;s activities</source>
        <translation>Personas expertas distintas de las actividades de la fila</translation>
    </message>
    <message>
        <source>Distinct countries of those experts</source>
        <translation>Países distintos de esas personas expertas</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Unique participants</source>
        <translation>Participantes únicos</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Participant-days</source>
        <translation>Días-participante</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Expert countries</source>
        <translation>Países de expertos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The row&apos;s participations as a share of the total participations</source>
        <translation>Las participaciones de la fila como porcentaje del total de participaciones</translation>
    </message>
    <message>
        <source>Female participants as a share of the row&apos;s unique participants</source>
        <translation>Las participantes mujeres como porcentaje de los participantes únicos de la fila</translation>
    </message>
    <message>
        <source>% of participations</source>
        <translation>% de participaciones</translation>
    </message>
    <message>
        <source>% female</source>
        <translation>% mujeres</translation>
    </message>
    <message>
        <source>%1 · %2 · sessions held %3</source>
        <translation>%1 · %2 · sesiones realizadas %3</translation>
    </message>
    <message>
        <source>Fewer than %1 persons: this number could single a person out; check it before publishing the table</source>
        <translation>Menos de %1 personas: esta cifra podría identificar a una persona; revísela antes de publicar la tabla</translation>
    </message>
</context>
<context>
    <name>sd::Retention</name>
    <message>
        <source>reading the persons the retention rules reach</source>
        <translation>al leer las personas a las que alcanzan las reglas de conservación</translation>
    </message>
</context>
<context>
    <name>sd::RunningInstance</name>
    <message>
        <source>Seminar Desk cannot listen on %1, so a file opened later will start a second window of its own instead of joining this one. Check that the folder is writable by you.</source>
        <translation>Seminar Desk no puede escuchar en %1, así que un archivo que se abra después iniciará una segunda ventana propia en lugar de unirse a esta. Revise que usted pueda escribir en esa carpeta.</translation>
    </message>
</context>
<context>
    <name>sd::SaveAttendanceCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
    <message>
        <source>Clear 1 mark on %1</source>
        <translation>Borrar 1 marca el %1</translation>
    </message>
    <message>
        <source>Clear %1 marks on %2</source>
        <translation>Borrar %1 marcas el %2</translation>
    </message>
    <message>
        <source>Mark 1 participant %1 on %2</source>
        <translation>Marcar %1 a 1 participante el %2</translation>
    </message>
    <message>
        <source>Mark %1 participants %2 on %3</source>
        <translation>Marcar %2 a %1 participantes el %3</translation>
    </message>
    <message>
        <source>Record %1 attendance marks on %2</source>
        <translation>Registrar %1 marcas de asistencia el %2</translation>
    </message>
    <message>
        <source>Record %1 attendance marks on %2 sessions</source>
        <translation>Registrar %1 marcas de asistencia en %2 sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Add %n walk-in(s) to %1</source>
        <translation>
            <numerusform>Agregar %n registro en sitio a %1</numerusform>
            <numerusform>Agregar %n registros en sitio a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n attendance mark(s)</source>
        <translation>
            <numerusform>%1 con %n marca de asistencia</numerusform>
            <numerusform>%1 con %n marcas de asistencia</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>asistencia %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given names, family names</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a session no longer in the activity</source>
        <translation>una sesión que ya no está en la actividad</translation>
    </message>
    <message>
        <source>a participant no longer enrolled</source>
        <translation>un participante que ya no está inscrito</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n of your marks in activity %1 since this sheet was opened (%2), so none of your marks were saved.</source>
        <translation>
            <numerusform>Otra persona cambió %n de sus marcas en la actividad %1 desde que se abrió esta hoja (%2), así que no se guardó ninguna de sus marcas.</numerusform>
            <numerusform>Otra persona cambió %n de sus marcas en la actividad %1 desde que se abrió esta hoja (%2), así que no se guardó ninguna de sus marcas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n of the marks of activity %1 since (%2); nothing was written.</source>
        <translation>
            <numerusform>Otra persona cambió desde entonces %n de las marcas de la actividad %1 (%2); no se escribió nada.</numerusform>
            <numerusform>Otra persona cambió desde entonces %n de las marcas de la actividad %1 (%2); no se escribió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SaveEvaluationCommand</name>
    <message numerus="yes">
        <source>Record the evaluation of %n person(s) in %1</source>
        <translation>
            <numerusform>Registrar la evaluación de %n persona en %1</numerusform>
            <numerusform>Registrar la evaluación de %n personas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no longer enrolled)</source>
        <translation>%1 (ya no inscrita)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed the evaluation answers of %n person(s) in activity %1 since this sheet was opened (%2), so none of your answers were saved.</source>
        <translation>
            <numerusform>Otra persona cambió las respuestas de evaluación de %n persona en la actividad %1 desde que se abrió esta hoja (%2), así que no se guardó ninguna de sus respuestas.</numerusform>
            <numerusform>Otra persona cambió las respuestas de evaluación de %n personas en la actividad %1 desde que se abrió esta hoja (%2), así que no se guardó ninguna de sus respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed the evaluation answers of %n person(s) in activity %1 since (%2); nothing was written.</source>
        <translation>
            <numerusform>Otra persona cambió después las respuestas de evaluación de %n persona en la actividad %1 (%2); no se escribió nada.</numerusform>
            <numerusform>Otra persona cambió después las respuestas de evaluación de %n personas en la actividad %1 (%2); no se escribió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SearchResultsModel</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Personas expertas</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Show every match in the participants register…</source>
        <translation>Mostrar todas las coincidencias en el registro de participantes…</translation>
    </message>
    <message>
        <source>Show every match in the experts register…</source>
        <translation>Mostrar todas las coincidencias en el registro de personas expertas…</translation>
    </message>
    <message>
        <source>Show every match in the institutions register…</source>
        <translation>Mostrar todas las coincidencias en el registro de instituciones…</translation>
    </message>
    <message>
        <source>the first %1; more match</source>
        <translation>los primeros %1; hay más coincidencias</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Codes, titles, names, acronyms and emails are searched, accents and case aside.</source>
        <translation>Se buscan códigos, títulos, nombres, siglas y correos, sin importar acentos ni mayúsculas.</translation>
    </message>
</context>
<context>
    <name>sd::ServerAccess</name>
    <message>
        <source>reading who owns the programme</source>
        <translation>leer quién es el propietario del programa</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>leer las columnas de %1</translation>
    </message>
    <message>
        <source>reading the tables of the programme</source>
        <translation>leer las tablas del programa</translation>
    </message>
    <message>
        <source>setting up the roles of the programme</source>
        <translation>preparar los roles del programa</translation>
    </message>
    <message>
        <source>reading the roles of %1</source>
        <translation>leer los roles de %1</translation>
    </message>
    <message>
        <source>taking the role from %1</source>
        <translation>quitar el rol a %1</translation>
    </message>
    <message>
        <source>taking the projects from %1</source>
        <translation>quitar los proyectos a %1</translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>oficial de programa</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>%1 is a file: roles are given on a server, where the server enforces them. On a file, whoever can open the file can change it.</source>
        <translation>%1 es un archivo: los roles se asignan en un servidor, que los hace cumplir. En un archivo, quien puede abrirlo puede cambiarlo.</translation>
    </message>
    <message>
        <source>looking for the login %1</source>
        <translation>buscar el usuario %1</translation>
    </message>
    <message>
        <source>There is no login %1 on the server of %2. Create it first (for example createuser --pwprompt %1, as a user who may create roles), then give the role again.</source>
        <translation>No existe el usuario %1 en el servidor de %2. Créelo primero (por ejemplo, createuser --pwprompt %1, como un usuario que pueda crear roles) y vuelva a asignar el rol.</translation>
    </message>
    <message>
        <source>reading the roles of the programme</source>
        <translation>leer los roles del programa</translation>
    </message>
    <message>
        <source>The roles of %1 are not set up yet: the first role is given by the database&apos;s owner, who may create roles. Nothing was changed.</source>
        <translation>Los roles de %1 aún no están preparados: el primer rol lo asigna el propietario de la base de datos, que puede crear roles. No se cambió nada.</translation>
    </message>
    <message>
        <source>looking for the project %1</source>
        <translation>buscar el proyecto %1</translation>
    </message>
    <message>
        <source>%1 holds no project with the code %2; nothing was changed. `seminardesk-cli info` lists the projects.</source>
        <translation>%1 no tiene ningún proyecto con el código %2; no se cambió nada. `seminardesk-cli info` lista los proyectos.</translation>
    </message>
    <message>
        <source>giving %1 the role %2</source>
        <translation>asignar a %1 el rol %2</translation>
    </message>
    <message>
        <source>%1 is a file: roles are given on a server.</source>
        <translation>%1 es un archivo: los roles se asignan en un servidor.</translation>
    </message>
    <message>
        <source>%1 has no role on %2; nothing was changed. `seminardesk-cli server users` lists who has one.</source>
        <translation>%1 no tiene ningún rol en %2; no se cambió nada. `seminardesk-cli server users` lista quién tiene uno.</translation>
    </message>
    <message>
        <source>reading who has a role</source>
        <translation>leer quién tiene un rol</translation>
    </message>
    <message>
        <source>reading the projects of %1</source>
        <translation>leer los proyectos de %1</translation>
    </message>
    <message>
        <source>reading your role</source>
        <translation>leer su rol</translation>
    </message>
</context>
<context>
    <name>sd::ServerConnection</name>
    <message>
        <source>this computer (socket %1)</source>
        <translation>esta computadora (socket %1)</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <source>Could not connect to the server on %1 at first, and it answered when tried again; try again. If this happens again, the details are in the log for your IT officer.</source>
        <translation>No se pudo conectar al servidor en %1 al principio, y respondió al intentarlo de nuevo; vuelva a intentarlo. Si vuelve a ocurrir, los detalles están en el registro para su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 did not accept the password of %2; check the user name and the password (or its ~/.pgpass entry) and try again.</source>
        <translation>El servidor en %1 no aceptó la contraseña de %2; revise el nombre de usuario y la contraseña (o su entrada en ~/.pgpass) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server on %2; check its name, or ask your IT officer to create it.</source>
        <translation>No existe la base de datos %1 en el servidor en %2; revise su nombre o pida a su encargado de sistemas que la cree.</translation>
    </message>
    <message>
        <source>There is no user %1 that may log in to the server on %2; check the user name or ask your IT officer.</source>
        <translation>No existe un usuario %1 que pueda iniciar sesión en el servidor en %2; revise el nombre de usuario o consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 does not let %2 connect to %3 from this computer: no rule of its pg_hba.conf allows it; ask your IT officer.</source>
        <translation>El servidor en %1 no permite que %2 se conecte a %3 desde esta computadora: ninguna regla de su pg_hba.conf lo permite; consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 does not let %2 connect to %3 from this computer: no rule of its pg_hba.conf allows it. It may accept encrypted connections only (add sslmode=require to the address); else ask your IT officer.</source>
        <translation>El servidor en %1 no permite que %2 se conecte a %3 desde esta computadora: ninguna regla de su pg_hba.conf lo permite. Puede que solo acepte conexiones cifradas (agregue sslmode=require a la dirección); si no, consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>%1 may not connect to the database %2 on %3; ask your IT officer for access.</source>
        <translation>%1 no tiene permiso para conectarse a la base de datos %2 en %3; pida acceso a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 accepts no more connections now; try again in a moment, or ask your IT officer.</source>
        <translation>El servidor en %1 no acepta más conexiones por ahora; vuelva a intentarlo en un momento o consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 is starting up or shutting down; try again in a moment.</source>
        <translation>El servidor en %1 se está iniciando o apagando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server on %1 refused the connection (PostgreSQL code %2); the details are in the log for your IT officer.</source>
        <translation>El servidor en %1 rechazó la conexión (código de PostgreSQL %2); los detalles están en el registro para su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 asks for the password of %2, and none was given; enter it, or put it in ~/.pgpass or a PGSERVICE entry.</source>
        <translation>El servidor en %1 pide la contraseña de %2 y no se indicó ninguna; escríbala o guárdela en ~/.pgpass o en una entrada de PGSERVICE.</translation>
    </message>
    <message>
        <source>Could not reach the server on this computer: nothing listens at %1; start PostgreSQL or check the address.</source>
        <translation>No se pudo llegar al servidor en esta computadora: nada escucha en %1; inicie PostgreSQL o revise la dirección.</translation>
    </message>
    <message>
        <source>Could not reach %1: connection refused; check the address or ask your IT officer.</source>
        <translation>No se pudo llegar a %1: conexión rechazada; revise la dirección o consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>You may not use the socket %1 of the server on this computer (permission denied); ask your IT officer.</source>
        <translation>No tiene permiso para usar el socket %1 del servidor en esta computadora (permiso denegado); consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>Could not reach %1: there is no computer of that name; check the address for typing errors.</source>
        <translation>No se pudo llegar a %1: no existe ninguna computadora con ese nombre; revise que la dirección no tenga errores de escritura.</translation>
    </message>
    <message>
        <source>Could not look up %1: no name server answered; check your network connection and try again.</source>
        <translation>No se pudo buscar %1: ningún servidor de nombres respondió; revise su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach %1: the network has no way there; check your network connection or ask your IT officer.</source>
        <translation>No se pudo llegar a %1: la red no tiene camino hasta allá; revise su conexión de red o consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>The server on %1 does not offer an encrypted (TLS) connection, which the address asks for (sslmode=%2); ask your IT officer to turn TLS on.</source>
        <translation>El servidor en %1 no ofrece una conexión cifrada (TLS), que la dirección pide (sslmode=%2); pida a su encargado de sistemas que active TLS.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to %1: the server&apos;s certificate was not accepted (sslmode=%2); ask your IT officer for the certificate of the authority that signed it.</source>
        <translation>No se pudo establecer una conexión cifrada con %1: no se aceptó el certificado del servidor (sslmode=%2); pida a su encargado de sistemas el certificado de la autoridad que lo firmó.</translation>
    </message>
    <message>
        <source>Could not reach %1: no answer within %2 seconds; check the address and your network, or ask your IT officer.</source>
        <translation>No se pudo llegar a %1: no hubo respuesta en %2 segundos; revise la dirección y su red, o consulte a su encargado de sistemas.</translation>
    </message>
    <message>
        <source>Could not connect to the server on %1; the details are in the log for your IT officer. Check the address and try again.</source>
        <translation>No se pudo conectar al servidor en %1; los detalles están en el registro para su encargado de sistemas. Revise la dirección y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is a file, not a server address (postgresql://…).</source>
        <translation>%1 es un archivo, no una dirección de servidor (postgresql://…).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed on this computer, so %1 cannot be opened; install the Debian package libqt6sql6-psql.</source>
        <translation>El controlador de PostgreSQL de Qt (QPSQL) no está instalado en esta computadora, así que no se puede abrir %1; instale el paquete de Debian libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>sd::ServerNotifier</name>
    <message>
        <source>The window cannot listen for other people&apos;s changes to %1: it has no connection. It will look for them every two seconds instead.</source>
        <translation>La ventana no puede escuchar los cambios de otras personas en %1: no tiene conexión. En su lugar los buscará cada dos segundos.</translation>
    </message>
    <message>
        <source>The window cannot listen for other people&apos;s changes to %1; it will look for them every two seconds instead.</source>
        <translation>La ventana no puede escuchar los cambios de otras personas en %1; en su lugar los buscará cada dos segundos.</translation>
    </message>
</context>
<context>
    <name>sd::ServerPasswords</name>
    <message>
        <source>The password was not remembered: this computer&apos;s keychain cannot be reached (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running and unlocked). You will be asked for the password when you connect again.</source>
        <translation>La contraseña no se guardó: no se puede acceder al llavero de esta computadora (en Linux debe estar en marcha y desbloqueado un servicio de secretos como GNOME Keyring o KWallet). Se le pedirá la contraseña la próxima vez que se conecte.</translation>
    </message>
    <message>
        <source>The remembered password could not be removed from this computer&apos;s keychain. Remove the entry &quot;%1&quot; with the keychain&apos;s own program.</source>
        <translation>No se pudo quitar la contraseña guardada del llavero de esta computadora. Quite la entrada &quot;%1&quot; con el programa del propio llavero.</translation>
    </message>
</context>
<context>
    <name>sd::ServerSchema</name>
    <message>
        <source>The connection to the server of %1 was lost (%2); nothing was written. Try again when the server is back.</source>
        <translation>Se perdió la conexión con el servidor de %1 (%2); no se escribió nada. Vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>%1 may not create tables in %2, so nothing was written; run it as the database&apos;s owner (CREATE DATABASE … OWNER …), or ask your IT officer.</source>
        <translation>%1 no tiene permiso para crear tablas en %2, así que no se escribió nada; ejecútelo como propietario de la base de datos (CREATE DATABASE … OWNER …) o consulte a su responsable de informática.</translation>
    </message>
    <message>
        <source>The server of %1 refused %2 (PostgreSQL code %3); nothing was written. The details are in the log for your IT officer.</source>
        <translation>El servidor de %1 rechazó %2 (código de PostgreSQL %3); no se escribió nada. Los detalles están en el registro para su responsable de informática.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>waiting for another program that changes the schema</source>
        <translation>la espera a otro programa que modifica el esquema</translation>
    </message>
    <message>
        <source>choosing the schema public</source>
        <translation>la elección del esquema public</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this Seminar Desk; reinstall it.</source>
        <translation>Falta el paso %1 del esquema en este Seminar Desk; vuelva a instalarlo.</translation>
    </message>
    <message>
        <source>step %1 of the schema</source>
        <translation>el paso %1 del esquema</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lectura de la versión del esquema</translation>
    </message>
    <message>
        <source>%1 does not hold a Seminar Desk programme; an IT officer sets one up in an empty database with &apos;seminardesk-cli server init&apos;.</source>
        <translation>%1 no contiene un programa de Seminar Desk; el responsable de informática lo prepara en una base de datos vacía con &apos;seminardesk-cli server init&apos;.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Seminar Desk (schema %2; this version reads up to %3). Use a newer version of Seminar Desk; the database was left untouched.</source>
        <translation>%1 fue preparado por una versión más reciente de Seminar Desk (esquema %2; esta versión lee hasta el %3). Use una versión más reciente de Seminar Desk; la base de datos quedó intacta.</translation>
    </message>
    <message>
        <source>looking whether the database is empty</source>
        <translation>la comprobación de si la base de datos está vacía</translation>
    </message>
    <message>
        <source>reading the database&apos;s encoding</source>
        <translation>la lectura de la codificación de la base de datos</translation>
    </message>
    <message>
        <source>%1 stores text as %2, and Seminar Desk needs UTF8; create the database again with ENCODING &apos;UTF8&apos; (nothing was written).</source>
        <translation>%1 guarda el texto como %2, y Seminar Desk necesita UTF8; vuelva a crear la base de datos con ENCODING &apos;UTF8&apos; (no se escribió nada).</translation>
    </message>
    <message>
        <source>The server of %1 has no ICU collations, which Seminar Desk needs to sort and search names; use a PostgreSQL built with ICU, as Debian&apos;s is (nothing was written).</source>
        <translation>El servidor de %1 no tiene intercalaciones ICU, que Seminar Desk necesita para ordenar y buscar nombres; use un PostgreSQL compilado con ICU, como el de Debian (no se escribió nada).</translation>
    </message>
    <message>
        <source>There is no schema version %1 (this Seminar Desk knows 1 to %2).</source>
        <translation>No existe la versión %1 del esquema (este Seminar Desk conoce de la 1 a la %2).</translation>
    </message>
    <message>
        <source>beginning a transaction</source>
        <translation>el inicio de una transacción</translation>
    </message>
    <message>
        <source>%1 already holds a Seminar Desk programme (schema version %2); nothing was changed. Set up a new programme in a new, empty database.</source>
        <translation>%1 ya contiene un programa de Seminar Desk (versión del esquema %2); no se cambió nada. Prepare un programa nuevo en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds tables or other objects already, and Seminar Desk sets up a programme in an empty database only; nothing was changed. Create a new database for the programme (docs/server.md says how).</source>
        <translation>%1 no está vacía: ya contiene tablas u otros objetos, y Seminar Desk solo prepara un programa en una base de datos vacía; no se cambió nada. Cree una base de datos nueva para el programa (docs/server.md explica cómo).</translation>
    </message>
    <message>
        <source>writing the schema version</source>
        <translation>la escritura de la versión del esquema</translation>
    </message>
    <message>
        <source>committing the new schema</source>
        <translation>la confirmación del esquema nuevo</translation>
    </message>
    <message>
        <source>committing the upgraded schema</source>
        <translation>la confirmación del esquema actualizado</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds tables or other objects that are not a Seminar Desk programme; nothing was copied. Copy into a new, empty database.</source>
        <translation>%1 no está vacía: contiene tablas u otros objetos que no son un programa de Seminar Desk; no se copió nada. Copie en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>%1 holds a Seminar Desk schema of version %2, and this version copies into version %3 only; nothing was copied. Copy into a new, empty database.</source>
        <translation>%1 contiene un esquema de Seminar Desk de la versión %2, y esta versión solo copia en la versión %3; no se copió nada. Copie en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>looking whether the programme is empty</source>
        <translation>la comprobación de si el programa está vacío</translation>
    </message>
    <message>
        <source>%1 already holds a programme with data; a copy goes into a new or empty database only, and nothing was changed. Create a new database for the copy (docs/server.md says how).</source>
        <translation>%1 ya contiene un programa con datos; una copia solo se escribe en una base de datos nueva o vacía, y no se cambió nada. Cree una base de datos nueva para la copia (docs/server.md explica cómo).</translation>
    </message>
    <message>
        <source>making the key of its pseudonyms</source>
        <translation>al crear la clave de sus seudónimos</translation>
    </message>
</context>
<context>
    <name>sd::SmallCells</name>
    <message>
        <source>(none recorded)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Small cells (k = %1): %2 of the rows count 1 to %3 persons in a cell, which could single a person out: %4. Review them before publishing, or blank them (seminardesk-cli results --suppress-small).</source>
        <translation>Celdas pequeñas (k = %1): %2 de las filas cuentan de 1 a %3 personas en una celda, lo que podría identificar a una persona: %4. Revíselas antes de publicar, o déjelas en blanco (seminardesk-cli results --suppress-small).</translation>
    </message>
    <message>
        <source>Small cells (k = %1) blanked: %2 of the rows counted 1 to %3 persons in a cell, which could single a person out: %4. Their gender cells are blank (x in text, empty in CSV and XLSX, null in JSON), and where the row&apos;s unique participants are under %1 its other person counts too; where that left one row blank, the next smallest row is blanked as well. The totals are complete.</source>
        <translation>Celdas pequeñas (k = %1) en blanco: %2 de las filas contaban de 1 a %3 personas en una celda, lo que podría identificar a una persona: %4. Sus celdas de género están en blanco (x en texto, vacías en CSV y XLSX, null en JSON) y, donde los participantes únicos de la fila son menos de %1, también sus demás recuentos de personas; donde eso dejaba una sola fila en blanco, también se deja en blanco la siguiente fila más pequeña. Los totales están completos.</translation>
    </message>
    <message>
        <source>Small groups (k = %1) blanked: %2 persons were in %3 groups of fewer than %1 who share gender, institution and region, which could single them out; their gender, institution and region are blank.</source>
        <translation>Grupos pequeños (k = %1) en blanco: %2 personas estaban en %3 grupos de menos de %1 que comparten género, institución y región, lo que podría identificarlas; su género, institución y región están en blanco.</translation>
    </message>
    <message>
        <source>Small groups (k = %1): %2 persons are in %3 groups of fewer than %1 who share gender, institution and region, which could single them out. Review the list before passing it on, or blank those cells (--suppress-small).</source>
        <translation>Grupos pequeños (k = %1): %2 personas están en %3 grupos de menos de %1 que comparten género, institución y región, lo que podría identificarlas. Revise la lista antes de entregarla, o deje esas celdas en blanco (--suppress-small).</translation>
    </message>
</context>
<context>
    <name>sd::TabularFile</name>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected one, which cannot be read; open it in the spreadsheet program, save it as .xlsx without a password or as CSV and try again.</source>
        <translation>%1 es un libro de Excel 97-2003 (.xls) o uno protegido con contraseña, que no se puede leer; ábralo en la hoja de cálculo, guárdelo como .xlsx sin contraseña o como CSV e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>sd::UiLanguage</name>
    <message>
        <source>The language &quot;%1&quot; (--language or SEMINARDESK_LANGUAGE) is not available; use one of %2.</source>
        <translation>El idioma &quot;%1&quot; (--language o SEMINARDESK_LANGUAGE) no está disponible; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use one of %2.</source>
        <translation>El idioma &quot;%1&quot; no está disponible; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The translation %1 is missing from this build; rebuild Seminar Desk with Qt&apos;s LinguistTools.</source>
        <translation>Falta la traducción %1 en esta compilación; vuelva a compilar Seminar Desk con LinguistTools de Qt.</translation>
    </message>
</context>
<context>
    <name>sd::UnenrolCommand</name>
    <message>
        <source>Remove 1 participant from %1</source>
        <translation>Quitar a 1 participante de %1</translation>
    </message>
    <message>
        <source>Remove %1 participants from %2</source>
        <translation>Quitar a %1 participantes de %2</translation>
    </message>
</context>
<context>
    <name>sd::Validation</name>
    <message>
        <source>%1: %2 characters, more than the %3 allowed; shorten the text.</source>
        <translation>%1: %2 caracteres, más de los %3 permitidos; acorte el texto.</translation>
    </message>
    <message>
        <source>The given names are required.</source>
        <translation>El nombre o los nombres son obligatorios.</translation>
    </message>
    <message>
        <source>The family names are required.</source>
        <translation>Los apellidos son obligatorios.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>The start date is missing or not a date.</source>
        <translation>Falta la fecha de inicio o no es una fecha.</translation>
    </message>
    <message>
        <source>The end date is missing or not a date.</source>
        <translation>Falta la fecha de fin o no es una fecha.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>The project code is required.</source>
        <translation>El código del proyecto es obligatorio.</translation>
    </message>
    <message>
        <source>The project title is required.</source>
        <translation>El título del proyecto es obligatorio.</translation>
    </message>
    <message>
        <source>The project code is longer than 32 characters.</source>
        <translation>El código del proyecto tiene más de 32 caracteres.</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <source>The beneficiary country&apos;s characters</source>
        <translation>País beneficiario</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The results narrative&apos;s characters</source>
        <translation>Narrativa de resultados</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>The objective belongs to no project.</source>
        <translation>El objetivo no pertenece a ningún proyecto.</translation>
    </message>
    <message>
        <source>The objective number must be 1 or more.</source>
        <translation>El número del objetivo debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>The objective&apos;s statement is required.</source>
        <translation>El enunciado del objetivo es obligatorio.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>The component belongs to no project.</source>
        <translation>El componente no pertenece a ningún proyecto.</translation>
    </message>
    <message>
        <source>The component number must be 1 or more.</source>
        <translation>El número del componente debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>The component title is required.</source>
        <translation>El título del componente es obligatorio.</translation>
    </message>
    <message>
        <source>Component title</source>
        <translation>Título del componente</translation>
    </message>
    <message>
        <source>The activity belongs to no project.</source>
        <translation>La actividad no pertenece a ningún proyecto.</translation>
    </message>
    <message>
        <source>The activity code is required.</source>
        <translation>El código de la actividad es obligatorio.</translation>
    </message>
    <message>
        <source>The activity title is required.</source>
        <translation>El título de la actividad es obligatorio.</translation>
    </message>
    <message>
        <source>The activity code is longer than 32 characters.</source>
        <translation>El código de la actividad tiene más de 32 caracteres.</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Título de la actividad</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>Ciudad de la sede</translation>
    </message>
    <message>
        <source>Venue country</source>
        <translation>País de la sede</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Choose at least one component.</source>
        <translation>Elija al menos un componente.</translation>
    </message>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>El nombre de la institución es obligatorio.</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>An institution cannot be its own parent.</source>
        <translation>Una institución no puede ser su propia institución superior.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>The email address is not well formed (expected name@domain.org).</source>
        <translation>La dirección de correo electrónico no tiene un formato válido (se espera nombre@dominio.org).</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, parentheses, dashes and dots, and an extension (for example +52 (55) 1234-5678 ext. 12).</source>
        <translation>El número de teléfono solo puede tener dígitos, espacios, +, paréntesis, guiones y puntos, y una extensión (por ejemplo +52 (55) 1234-5678 ext. 12).</translation>
    </message>
    <message>
        <source>The expert&apos;s country is required.</source>
        <translation>El país del experto es obligatorio.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>The activity starts before its project&apos;s time frame (%1).</source>
        <translation>La actividad empieza antes del periodo de su proyecto (%1).</translation>
    </message>
    <message>
        <source>The activity ends after its project&apos;s time frame (%1).</source>
        <translation>La actividad termina después del periodo de su proyecto (%1).</translation>
    </message>
    <message>
        <source>A session has no date.</source>
        <translation>Una sesión no tiene fecha.</translation>
    </message>
    <message>
        <source>The session on %1 lies outside the activity&apos;s dates.</source>
        <translation>La sesión del %1 está fuera de las fechas de la actividad.</translation>
    </message>
    <message>
        <source>There are two %1 sessions on %2.</source>
        <translation>Hay dos sesiones de %1 el %2.</translation>
    </message>
    <message>
        <source>On %1 there is a full-day session and a half-day session.</source>
        <translation>El %1 hay una sesión de día completo y una de medio día.</translation>
    </message>
    <message>
        <source>The test&apos;s maximum score must be between 0 (no test) and 10,000.</source>
        <translation>El puntaje máximo de la prueba debe estar entre 0 (sin prueba) y 10,000.</translation>
    </message>
    <message>
        <source>The mastery threshold is a percentage of the maximum score, from 0 to 100.</source>
        <translation>El umbral de dominio es un porcentaje del puntaje máximo, de 0 a 100.</translation>
    </message>
    <message>
        <source>Project title in Spanish</source>
        <translation>Título del proyecto en español</translation>
    </message>
    <message>
        <source>Summary in Spanish</source>
        <translation>Resumen en español</translation>
    </message>
    <message>
        <source>The Spanish results narrative&apos;s characters</source>
        <translation>Narrativa de resultados en español</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>Enunciado en español</translation>
    </message>
    <message>
        <source>Component title in Spanish</source>
        <translation>Título del componente en español</translation>
    </message>
    <message>
        <source>Activity title in Spanish</source>
        <translation>Título de la actividad en español</translation>
    </message>
    <message>
        <source>Venue city in Spanish</source>
        <translation>Ciudad de la sede en español</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
    <message>
        <source>Outputs in Spanish</source>
        <translation>Productos en español</translation>
    </message>
    <message>
        <source>Institution name in Spanish</source>
        <translation>Nombre de la institución en español</translation>
    </message>
    <message>
        <source>A retention rule keeps data 0 to %1 years after the project ends.</source>
        <translation>Una regla de conservación guarda los datos de 0 a %1 años después del fin del proyecto.</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Propósito del consentimiento</translation>
    </message>
    <message>
        <source>The consent&apos;s source is one of sign_in_sheet, registration_form or import.</source>
        <translation>El origen del consentimiento es sign_in_sheet, registration_form o import.</translation>
    </message>
    <message>
        <source>Acronym in Spanish</source>
        <translation>Siglas en español</translation>
    </message>
</context>
<context>
    <name>sd::WalkInDialog</name>
    <message>
        <source>Walk-in participant for %1</source>
        <translation>Participante en sitio para %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mark at %1:</source>
        <translation>Marcar el %1:</translation>
    </message>
    <message>
        <source>Pre&amp;sent</source>
        <translation>Pre&amp;sente</translation>
    </message>
    <message>
        <source>&amp;Late</source>
        <translation>Retar&amp;do</translation>
    </message>
    <message>
        <source>&amp;Mark that person instead</source>
        <translation>&amp;Marcar a esa persona</translation>
    </message>
    <message>
        <source>Enrol &amp;that person instead</source>
        <translation>Inscribir a esa &amp;persona</translation>
    </message>
</context>
<context>
    <name>sd::WelcomePage</name>
    <message>
        <source>&amp;Open a programme file…</source>
        <translation>&amp;Abrir un archivo de programa…</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Abrir el programa de &amp;demostración</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nuevo &amp;proyecto…</translation>
    </message>
    <message>
        <source>Seminar Desk</source>
        <translation>Seminar Desk</translation>
    </message>
    <message>
        <source>Programmes, activities, participants and attendance of capacity-building programmes. Open a programme file, start a new one, or look around the demo programme.</source>
        <translation>Programas, actividades, participantes y asistencia de programas de fortalecimiento de capacidades. Abra un archivo de programa, empiece uno nuevo o explore el programa de demostración.</translation>
    </message>
    <message>
        <source>This programme file has no project yet</source>
        <translation>Este archivo de programa aún no tiene ningún proyecto</translation>
    </message>
    <message>
        <source>Start with the project: its code, title, country and time frame. Components, activities and participants follow.</source>
        <translation>Empiece por el proyecto: su código, título, país y periodo. Después vienen los componentes, las actividades y los participantes.</translation>
    </message>
    <message>
        <source>Add a project to it, or open another programme file.</source>
        <translation>Agréguele un proyecto o abra otro archivo de programa.</translation>
    </message>
</context>
<context>
    <name>sd::WriteFailure</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>usted no puede escribir en esa carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>the file cannot be created there</source>
        <translation>el archivo no se puede crear ahí</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó un error</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>another program kept the file locked</source>
        <translation>otro programa mantuvo bloqueado el archivo</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>no hay memoria suficiente</translation>
    </message>
    <message>
        <source>the disk may be full or removed</source>
        <translation>el disco puede estar lleno o haberse retirado</translation>
    </message>
    <message>
        <source>SQLite refused it (code %1)</source>
        <translation>SQLite lo rechazó (código %1)</translation>
    </message>
</context>
<context>
    <name>sd::XlsxReader</name>
    <message>
        <source>%1 is not an XLSX workbook (it is not a zip archive, or a damaged one); open it in the spreadsheet program, save it as .xlsx or CSV and try again.</source>
        <translation>%1 no es un libro XLSX (no es un archivo zip, o es uno dañado); ábralo en la hoja de cálculo, guárdelo como .xlsx o CSV e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1 holds no worksheet (it is a zip archive but not an Excel workbook); open it in the spreadsheet program, save it as .xlsx or CSV and try again.</source>
        <translation>%1 no contiene ninguna hoja (es un archivo zip pero no un libro de Excel); ábralo en la hoja de cálculo, guárdelo como .xlsx o CSV e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1: the part %2 of the workbook cannot be read (%3); open the workbook in the spreadsheet program, save it again as .xlsx or CSV and try again.</source>
        <translation>%1: no se puede leer la parte %2 del libro (%3); abra el libro en la hoja de cálculo, guárdelo de nuevo como .xlsx o CSV e intente de nuevo.</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 en la línea %2</translation>
    </message>
    <message>
        <source>%1 is too large to import: %2. Split the list into smaller workbooks (or save it as CSV) and try again.</source>
        <translation>%1 es demasiado grande para importarlo: %2. Divida la lista en libros más pequeños (o guárdela como CSV) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>error de zip %1</translation>
    </message>
    <message>
        <source>its part %1 expands to more than %2 MiB</source>
        <translation>su parte %1 se expande a más de %2 MiB</translation>
    </message>
    <message>
        <source>its part %1 expands to more than %2 times its compressed size, which only a zip bomb does</source>
        <translation>su parte %1 se expande a más de %2 veces su tamaño comprimido, algo que solo hace una bomba zip</translation>
    </message>
    <message>
        <source>its part %1 holds more than %2 KiB of text without markup, more than any cell can hold</source>
        <translation>su parte %1 contiene más de %2 KiB de texto sin marcado, más de lo que cabe en cualquier celda</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>los elementos están anidados a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>it holds more than %1 shared strings</source>
        <translation>contiene más de %1 cadenas compartidas</translation>
    </message>
    <message>
        <source>its shared strings add up to more than %1 characters</source>
        <translation>sus cadenas compartidas suman más de %1 caracteres</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which does not exist</source>
        <translation>la celda %1 hace referencia a la cadena compartida %2, que no existe</translation>
    </message>
    <message numerus="yes">
        <source>%1, row %2: cell %3 holds a value but the header has only %n column(s); give the column a header or clear the cell and try again.</source>
        <translation>
            <numerusform>%1, fila %2: la celda %3 contiene un valor pero el encabezado solo tiene %n columna; dele un encabezado a la columna o borre la celda e intente de nuevo.</numerusform>
            <numerusform>%1, fila %2: la celda %3 contiene un valor pero el encabezado solo tiene %n columnas; dele un encabezado a la columna o borre la celda e intente de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>at row %1 its list passes %2 rows</source>
        <translation>en la fila %1, su lista supera las %2 filas</translation>
    </message>
    <message>
        <source>at row %1 its list passes %2 cells (rows times the %3 columns of the header)</source>
        <translation>en la fila %1, su lista supera las %2 celdas (filas por las %3 columnas del encabezado)</translation>
    </message>
    <message>
        <source>at row %1 its cells pass %2 characters in all</source>
        <translation>en la fila %1, sus celdas superan los %2 caracteres en total</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; in row %2 is not a valid cell</source>
        <translation>la referencia de celda &quot;%1&quot; en la fila %2 no es una celda válida</translation>
    </message>
    <message>
        <source>%1: the first worksheet holds no rows; put the list on the first worksheet and try again.</source>
        <translation>%1: la primera hoja no contiene filas; ponga la lista en la primera hoja e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>sd::ZipWriter</name>
    <message>
        <source>Could not pack %1 into the zip archive; the data is held in memory only, so try again, and report it if it keeps failing.</source>
        <translation>No se pudo empaquetar %1 en el archivo zip; los datos solo están en memoria, así que inténtelo de nuevo e infórmelo si sigue fallando.</translation>
    </message>
    <message>
        <source>the archive</source>
        <translation>el archivo</translation>
    </message>
</context>
<context>
    <name>sd::main</name>
    <message>
        <source>The language of the window: en or es (default: SEMINARDESK_LANGUAGE, else the system&apos;s language).</source>
        <translation>El idioma de la ventana: en o es (predeterminado: SEMINARDESK_LANGUAGE o, si no, el idioma del sistema).</translation>
    </message>
    <message>
        <source>Seminar Desk: programmes, activities, participants and attendance of capacity-building programmes.</source>
        <translation>Seminar Desk: programas, actividades, participantes y asistencia de programas de fortalecimiento de capacidades.</translation>
    </message>
    <message>
        <source>The programme file, or a server address (postgresql://…), to open (default: the last one, or the demo programme on a first run).</source>
        <translation>El archivo del programa, o la dirección de un servidor (postgresql://…), que se abrirá (de forma predeterminada: el último, o el programa de demostración la primera vez).</translation>
    </message>
</context>
</TS>
