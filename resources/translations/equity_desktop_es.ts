<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/about_dialog.py" line="21"/>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/about_dialog.py" line="31"/>
        <source>&lt;p&gt;An offline tool for a school&apos;s equity self-review. It never connects to the network; your reviews stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una herramienta sin conexión para la autoevaluación de equidad de una escuela. Nunca se conecta a la red; sus autoevaluaciones se quedan en esta computadora.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionItemForm</name>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="101"/>
        <source>If … then …</source>
        <translation>Si … entonces …</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="118"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="121"/>
        <source>No component</source>
        <translation>Sin componente</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="180"/>
        <source>No objective</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="192"/>
        <source>Choose an action item, or add one.</source>
        <translation>Elija una acción o agregue una.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="227"/>
        <source>Answers: {0}</source>
        <translation>Atiende: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/action_item_form.py" line="228"/>
        <source>This item answers no gap found in the review.</source>
        <translation>Esta acción no atiende ninguna brecha encontrada en la autoevaluación.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="121"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="123"/>
        <source>Objectives and action items that answer the gaps this review found. Accept a suggestion to start an item from a gap, or add your own; each field is saved when you leave it.</source>
        <translation>Objetivos y acciones que atienden las brechas que encontró esta autoevaluación. Acepte una sugerencia para crear una acción a partir de una brecha, o agregue la suya; cada campo se guarda al salir de él.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="59"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="133"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="59"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="135"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="58"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="137"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="58"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="139"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="415"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="58"/>
        <source>Plan order</source>
        <translation>Orden del plan</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="58"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="64"/>
        <source>No linked gap</source>
        <translation>Sin brecha vinculada</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="64"/>
        <source>Benchmark</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="65"/>
        <source>Map condition</source>
        <translation>Condición del mapa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="65"/>
        <source>Isolated group</source>
        <translation>Grupo aislado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="66"/>
        <source>Disproportionate outcome</source>
        <translation>Resultado desproporcionado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="142"/>
        <source>Due by YYYY-MM-DD</source>
        <translation>Vence el AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="143"/>
        <source>Due on or before</source>
        <translation>Vence en esta fecha o antes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="149"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="154"/>
        <source>Sort: {0}</source>
        <translation>Orden: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="164"/>
        <source>&amp;Add Item</source>
        <translation>A&amp;gregar acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="165"/>
        <source>&amp;Delete Item</source>
        <translation>E&amp;liminar acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="166"/>
        <source>New &amp;Objective…</source>
        <translation>Nuevo &amp;objetivo…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="175"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="187"/>
        <source>&amp;Items</source>
        <translation>Acc&amp;iones</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="193"/>
        <source>Gaps in this review that no action item answers yet: benchmarks not met, conditions of each component&apos;s current stage rated Not started or Emerging, isolated groups and disproportionate outcomes. Accept one to add it as an item you can edit, or dismiss it.</source>
        <translation>Brechas de esta autoevaluación que ninguna acción atiende todavía: hitos no cumplidos, condiciones de la etapa actual de cada componente calificadas Sin iniciar o Emergente, grupos aislados y resultados desproporcionados. Acepte una para agregarla como una acción que puede editar, o descártela.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="197"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="197"/>
        <source>Suggested action and the gap</source>
        <translation>Acción sugerida y brecha</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="200"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="207"/>
        <source>A&amp;ccept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="208"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="209"/>
        <source>Show dismissed</source>
        <translation>Mostrar descartadas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="215"/>
        <source>&amp;Suggestions</source>
        <translation>&amp;Sugerencias</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="226"/>
        <source>7-year timeline</source>
        <translation>Cronograma de 7 años</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="229"/>
        <source>&amp;Timeline</source>
        <translation>C&amp;ronograma</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="245"/>
        <source>Filter by {0}</source>
        <translation>Filtrar por {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="250"/>
        <source>Any {0}</source>
        <translation>Cualquier {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="286"/>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="317"/>
        <source>Showing {0} of {1}.</source>
        <translation>Se muestran {0} de {1}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="319"/>
        <source>item</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="319"/>
        <source>items</source>
        <translation>acciones</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="379"/>
        <source> (dismissed)</source>
        <translation> (descartada)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="384"/>
        <source>&amp;Suggestions ({0})</source>
        <translation>&amp;Sugerencias ({0})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="413"/>
        <source>The seven school years of the plan, {0} to {1}: ■ marks each year an item runs, from its start date to its due date.</source>
        <translation>Los siete años escolares del plan, de {0} a {1}: ■ marca cada año en que se desarrolla una acción, desde su fecha de inicio hasta su vencimiento.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="53"/>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="415"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="415"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="427"/>
        <source>New action item</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="440"/>
        <source>New Objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/action_plan_page.py" line="440"/>
        <source>Objective:</source>
        <translation>Objetivo:</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../equity_desktop/gui/background_task.py" line="31"/>
        <source>The file could not be read because of an error in the program; please report it with the file&apos;s name. Nothing was imported.</source>
        <translation>No se pudo leer el archivo por un error del programa; infórmelo junto con el nombre del archivo. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/background_task.py" line="79"/>
        <source>The details are in the log file {0}.</source>
        <translation>Los detalles están en el archivo de registro {0}.</translation>
    </message>
</context>
<context>
    <name>BallotBanner</name>
    <message>
        <location filename="../../equity_desktop/gui/ballot_banner.py" line="22"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/ballot_banner.py" line="23"/>
        <source>Your name, as the ballot is collected under it</source>
        <translation>Su nombre, tal como se recogerá la boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/ballot_banner.py" line="24"/>
        <source>Put My Name on It</source>
        <translation>Poner mi nombre</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/ballot_banner.py" line="35"/>
        <source>&lt;b&gt;Ballot of {0}&lt;/b&gt; for {1}. Rate each item on your own; your ratings stay in this file until the facilitator collects it.</source>
        <translation>&lt;b&gt;Boleta de {0}&lt;/b&gt; para {1}. Califique cada elemento por su cuenta; sus calificaciones se quedan en este archivo hasta que el facilitador lo recoja.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/ballot_banner.py" line="39"/>
        <source>&lt;b&gt;A blank ballot&lt;/b&gt; for {0}. Type your name, then rate each item on your own.</source>
        <translation>&lt;b&gt;Una boleta en blanco&lt;/b&gt; para {0}. Escriba su nombre y luego califique cada elemento por su cuenta.</translation>
    </message>
</context>
<context>
    <name>BenchmarksPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/benchmarks_page.py" line="18"/>
        <source>Stage {0} · {1} — Benchmarks</source>
        <translation>Etapa {0} · {1} — Hitos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/benchmarks_page.py" line="25"/>
        <source>Benchmarks</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/benchmarks_page.py" line="27"/>
        <source>Benchmark {0}</source>
        <translation>Hito {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/readiness.py" line="12"/>
        <source>Ready to move on: all {0} benchmarks are met.</source>
        <translation>Lista para avanzar: se cumplen los {0} hitos.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/readiness.py" line="14"/>
        <source>Not yet ready to move on: {0} of {1} benchmarks met; still to meet: {2}.</source>
        <translation>Aún no está lista para avanzar: {0} de {1} hitos cumplidos; faltan por cumplir: {2}.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../equity_desktop/gui/chart_view.py" line="144"/>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="47"/>
        <source>Choose the header row first.</source>
        <translation>Elija primero la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="53"/>
        <source>Columns and what they hold</source>
        <translation>Columnas y su contenido</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="76"/>
        <source>The &amp;rows are:</source>
        <translation>Las &amp;filas son:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="78"/>
        <source>&amp;Load a Mapping…</source>
        <translation>&amp;Cargar una asignación…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="80"/>
        <source>Sa&amp;ve the Mapping…</source>
        <translation>&amp;Guardar la asignación…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="108"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="108"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="108"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="109"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="109"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="131"/>
        <source>What column {0} holds</source>
        <translation>Contenido de la columna {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="151"/>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="152"/>
        <source>read as {0} (your choice)</source>
        <translation>leída como {0} (su elección)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="160"/>
        <source>Not recognised (left out unless you choose what they hold): {0}.</source>
        <translation>No reconocidas (se omiten a menos que elija su contenido): {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="170"/>
        <source>Correct it in the list above.</source>
        <translation>Corríjalo en la lista de arriba.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="190"/>
        <source>Load a Mapping</source>
        <translation>Cargar una asignación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="191"/>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="207"/>
        <source>Mappings (*.json)</source>
        <translation>Asignaciones (*.json)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="206"/>
        <source>Save the Mapping</source>
        <translation>Guardar la asignación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/column_mapping.py" line="213"/>
        <source>{0} could not be written ({1}); choose another folder.</source>
        <translation>No se pudo escribir {0} ({1}); elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="37"/>
        <source>What Each Column Holds — {0}</source>
        <translation>Contenido de cada columna — {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="48"/>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="51"/>
        <source>Choose the header row above: the row that names the columns.</source>
        <translation>Elija arriba la fila de encabezado: la fila que da nombre a las columnas.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="66"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="67"/>
        <source>Read the file again with this header row and these columns</source>
        <translation>Volver a leer el archivo con esta fila de encabezado y estas columnas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="82"/>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;encabezado:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="86"/>
        <source>(highlighted in the sheet&apos;s first rows below)</source>
        <translation>(resaltada en las primeras filas de la hoja, abajo)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/columns_dialog.py" line="91"/>
        <source>How the program reads {0}, sheet “{1}”. Correct the header row or what a column holds, then Apply: the file is read again.</source>
        <translation>Cómo lee el programa {0}, hoja «{1}». Corrija la fila de encabezado o el contenido de una columna y luego elija Aplicar: el archivo se vuelve a leer.</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <location filename="../../equity_desktop/gui/consensus_panel.py" line="28"/>
        <source>Ballots:</source>
        <translation>Boletas:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/consensus_panel.py" line="32"/>
        <source>Members&apos; notes:</source>
        <translation>Notas de los miembros:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/consensus_panel.py" line="34"/>
        <source>Why the team agreed on its rating</source>
        <translation>Por qué el equipo acordó su calificación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/consensus_panel.py" line="35"/>
        <source>The team&apos;s reason for the agreed rating</source>
        <translation>La razón del equipo para la calificación acordada</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/consensus_panel.py" line="38"/>
        <source>Team&apos;s &amp;reason:</source>
        <translation>&amp;Razón del equipo:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/consensus_panel.py" line="51"/>
        <source>No member wrote a note.</source>
        <translation>Ningún miembro escribió una nota.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="50"/>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="56"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="50"/>
        <source>School
n</source>
        <translation>Escuela
n</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="50"/>
        <source>School
%</source>
        <translation>Escuela
%</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="50"/>
        <source>District
n</source>
        <translation>Distrito
n</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="50"/>
        <source>District
%</source>
        <translation>Distrito
%</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="51"/>
        <source>Difference
(points)</source>
        <translation>Diferencia
(puntos)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="51"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="56"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="56"/>
        <source>Enrolled</source>
        <translation>Matriculados</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="56"/>
        <source>With the
outcome</source>
        <translation>Con el
resultado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="56"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="56"/>
        <source>Risk %</source>
        <translation>Riesgo %</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="57"/>
        <source>Others&apos;
risk %</source>
        <translation>Riesgo de
los demás %</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="57"/>
        <source>Risk
ratio</source>
        <translation>Razón de
riesgo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="57"/>
        <source>Why no ratio</source>
        <translation>Por qué no hay razón</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="117"/>
        <source>Data &amp; MGI</source>
        <translation>Datos y MGI</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="126"/>
        <source>No enrollment is imported yet. Choose Import Enrollment… and pick the spreadsheet the district sent: the program finds the header and the columns, asks which school this review is, and shows each group&apos;s share of the school against the district&apos;s.</source>
        <translation>Todavía no se ha importado la matrícula. Elija Importar matrícula… y seleccione la hoja de cálculo que envió el distrito: el programa encuentra el encabezado y las columnas, pregunta de qué escuela es esta autoevaluación y muestra el porcentaje de cada grupo en la escuela frente al del distrito.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="133"/>
        <source>&amp;Isolation</source>
        <translation>A&amp;islamiento</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="134"/>
        <source>&amp;Trends</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="135"/>
        <source>&amp;Disproportionality</source>
        <translation>&amp;Desproporcionalidad</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="146"/>
        <source>&amp;Import Enrollment…</source>
        <translation>I&amp;mportar matrícula…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="150"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="153"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="156"/>
        <source>Students by:</source>
        <translation>Estudiantes por:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="159"/>
        <source>Group of students</source>
        <translation>Grupo de estudiantes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="193"/>
        <source>Read with care</source>
        <translation>Leer con cuidado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="195"/>
        <source>Each group&apos;s share of the school and the district</source>
        <translation>Porcentaje de cada grupo en la escuela y en el distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="211"/>
        <source>Printed and exported copies withhold counts of</source>
        <translation>Las copias impresas y exportadas ocultan los recuentos de</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="214"/>
        <source>Smallest count printed</source>
        <translation>Recuento mínimo impreso</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="230"/>
        <source>fewer than {0} students (this review&apos;s setting)</source>
        <translation>menos de {0} estudiantes (ajuste de esta autoevaluación)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="244"/>
        <source>Risk and risk ratio of each group</source>
        <translation>Riesgo y razón de riesgo de cada grupo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="283"/>
        <source>Enrollment: none imported.</source>
        <translation>Matrícula: no se ha importado ninguna.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="288"/>
        <source> (sheet “{0}”)</source>
        <translation> (hoja «{0}»)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="289"/>
        <source>{0}: {1}, from {2}, imported {3}. Compared with the {4}.</source>
        <translation>{0}: {1}, de {2}, importada el {3}. Referencia: {4}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="319"/>
        <source>† Fewer than {0} students: the share moves a lot with one student, and printed copies show “&lt;{0}”.</source>
        <translation>† Menos de {0} estudiantes: el porcentaje cambia mucho con un solo estudiante, y las copias impresas muestran «&lt;{0}».</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="324"/>
        <source>no group is isolated</source>
        <translation>ningún grupo está aislado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="327"/>
        <source>{0} {1}: {2}.</source>
        <translation>{0} {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="334"/>
        <source>Trends need two or more school years; {0} is the only one imported. Import another year&apos;s file (or another sheet of the same workbook) to see each group move.</source>
        <translation>Las tendencias necesitan dos o más años escolares; {0} es el único importado. Importe el archivo de otro año (u otra hoja del mismo libro) para ver la evolución de cada grupo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="343"/>
        <source>{0}, {1}: each group&apos;s share of the school (a heavy line with dots, a line style per group) against the district&apos;s (a thin grey dashed line); at the right, each group&apos;s name with its latest school and district shares.</source>
        <translation>{0}, {1}: la proporción de cada grupo en la escuela (una línea gruesa con puntos, un estilo de línea por grupo) frente a la del distrito (una línea gris fina discontinua); a la derecha, el nombre de cada grupo con sus últimas proporciones en la escuela y en el distrito.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="352"/>
        <source>Progress goal (2 points a year toward the district share): no {0} group was under-represented beyond the band, so there is nothing to track.</source>
        <translation>Meta de progreso (2 puntos al año hacia el porcentaje del distrito): ningún grupo ({0}) estaba subrepresentado más allá de la banda, así que no hay nada que seguir.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="357"/>
        <source>Progress goal — an under-represented group&apos;s share moves 2 points a year toward the district share (the goal as used by Miami-Dade County Public Schools): {0} of {1} steps met.</source>
        <translation>Meta de progreso — el porcentaje de un grupo subrepresentado avanza 2 puntos al año hacia el porcentaje del distrito (la meta que usan las Escuelas Públicas del Condado de Miami-Dade): {0} de {1} pasos cumplidos.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="367"/>
        <source>No outcome was imported for {0}. Disproportionality needs, for each group, how many students have an outcome (special-education identification, suspension, gifted, AP). Import Enrollment… again and add the outcome files, such as the CRDC&apos;s “Gifted and Talented” file, on the school-and-year step; or import a file with such a column, for example the district&apos;s student-level file.</source>
        <translation>No se importó ningún resultado para {0}. La desproporcionalidad necesita saber, para cada grupo, cuántos estudiantes tienen un resultado (identificación para educación especial, suspensión, programa para dotados, AP). Vuelva a elegir Importar matrícula… y agregue los archivos de resultados, como el archivo «Gifted and Talented» de la CRDC, en el paso de la escuela y el año; o importe un archivo con una columna así, por ejemplo el archivo del distrito por estudiante.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/data_page.py" line="375"/>
        <source>Risk = students of the group with the outcome ÷ students of the group; the ratio compares it with all other students. No ratio is shown under {0} students with the outcome or {1} enrolled (34 CFR 300.647 defaults); the last column says why. Ratios of 2 or more are in bold.</source>
        <translation>Riesgo = estudiantes del grupo con el resultado ÷ estudiantes del grupo; la razón lo compara con el de todos los demás estudiantes. No se muestra la razón con menos de {0} estudiantes con el resultado o de {1} matriculados (valores predeterminados de 34 CFR 300.647); la última columna explica por qué. Las razones de 2 o más están en negrita.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../equity_desktop/gui/date_field.py" line="38"/>
        <source>Choose a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/date_field.py" line="39"/>
        <source>Choose a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>EnrollmentWords</name>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="35"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="40"/>
        <source>its own district</source>
        <translation>su propio distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="41"/>
        <source>the state (its row or sheet in the file)</source>
        <translation>el estado (su fila u hoja en el archivo)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="42"/>
        <source>the whole file (every school in it)</source>
        <translation>todo el archivo (todas sus escuelas)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="47"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="47"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="47"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="52"/>
        <source>one row per school, a column per group</source>
        <translation>una fila por escuela, una columna por grupo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="53"/>
        <source>one row per school and group (a group column and a count column)</source>
        <translation>una fila por escuela y grupo (una columna de grupo y una de recuento)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="54"/>
        <source>one row per student (counted here; the rows are not kept)</source>
        <translation>una fila por estudiante (se cuentan aquí; las filas no se guardan)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="58"/>
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="58"/>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="58"/>
        <source>School code</source>
        <translation>Código de la escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="59"/>
        <source>District name</source>
        <translation>Nombre del distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="59"/>
        <source>District code</source>
        <translation>Código del distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="60"/>
        <source>Level (school, district, state)</source>
        <translation>Nivel (escuela, distrito, estado)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="60"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="61"/>
        <source>Total enrollment</source>
        <translation>Matrícula total</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="61"/>
        <source>Count (of the row&apos;s group)</source>
        <translation>Recuento (del grupo de la fila)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="61"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="62"/>
        <source>Total indicator (CCD)</source>
        <translation>Indicador de total (CCD)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="63"/>
        <source>Status of the count (CCD DMS_FLAG)</source>
        <translation>Estado del recuento (CCD DMS_FLAG)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="80"/>
        <source>Any group (a group per row)</source>
        <translation>Cualquier grupo (un grupo por fila)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="81"/>
        <source>{0} (a group per row)</source>
        <translation>{0} (un grupo por fila)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="83"/>
        <source>Outcome: {0}</source>
        <translation>Resultado: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="86"/>
        <source>Outcome {0}: {1}</source>
        <translation>Resultado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="88"/>
        <source>Not specified: {0} unknown</source>
        <translation>Sin especificar: {0} desconocido</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="90"/>
        <source>Count: {0}</source>
        <translation>Recuento: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="90"/>
        <source>Percent: {0}</source>
        <translation>Porcentaje: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/enrollment_words.py" line="90"/>
        <source>Yes/no flag: {0}</source>
        <translation>Indicador sí/no: {0}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="56"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="58"/>
        <source>Print the action plan for the principal to read and sign, take an Excel copy home and bring it back edited, or print a blank checklist for a team working on paper.</source>
        <translation>Imprima el plan de acción para que el director lo lea y lo firme, llévese una copia en Excel y tráigala de vuelta editada, o imprima una lista de verificación en blanco para un equipo que trabaja en papel.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="65"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="66"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 in)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="67"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="69"/>
        <source>Include every rating and evidence note</source>
        <translation>Incluir todas las calificaciones y notas de evidencia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="71"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="77"/>
        <source>&amp;Preview</source>
        <translation>Vis&amp;ta previa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="78"/>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="79"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="80"/>
        <source>Save E&amp;xcel Copy…</source>
        <translation>Guardar copia en E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="81"/>
        <source>&amp;Import Edited Excel…</source>
        <translation>&amp;Importar Excel editado…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="86"/>
        <source>Blank checklist for paper:</source>
        <translation>Lista de verificación para papel:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="90"/>
        <source>Stages on the checklist</source>
        <translation>Etapas de la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="91"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="93"/>
        <source>Stage {0}: {1}</source>
        <translation>Etapa {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="95"/>
        <source>Blank &amp;Checklist…</source>
        <translation>&amp;Lista en blanco…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="100"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="118"/>
        <source>Preview of the printed plan</source>
        <translation>Vista previa del plan impreso</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="119"/>
        <source>Press Preview to see the pages as they will print.</source>
        <translation>Presione Vista previa para ver las páginas tal como se imprimirán.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="121"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="146"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="172"/>
        <source>The preview could not be drawn because of an error in the program; please report it. Your review is not affected.</source>
        <translation>No se pudo dibujar la vista previa por un error del programa; infórmelo. Su autoevaluación no se ve afectada.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="177"/>
        <source>Preview: {0}.</source>
        <translation>Vista previa: {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="177"/>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="235"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="177"/>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="235"/>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="186"/>
        <source>Save the Action Plan as PDF</source>
        <translation>Guardar el plan de acción como PDF</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="187"/>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="243"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="196"/>
        <source>Saved the action plan to {0}.</source>
        <translation>Se guardó el plan de acción en {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="197"/>
        <source>The PDF could not be written because of an error in the program; please report it. No file was written.</source>
        <translation>No se pudo escribir el PDF por un error del programa; infórmelo. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="206"/>
        <source>The plan could not be printed because of an error in the program; please report it. Your review is not affected.</source>
        <translation>No se pudo imprimir el plan por un error del programa; infórmelo. Su autoevaluación no se ve afectada.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="221"/>
        <source>Nothing was printed.</source>
        <translation>No se imprimió nada.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="230"/>
        <source>The printer {0} could not be opened; nothing was printed. Check that it is switched on and connected, or choose another.</source>
        <translation>No se pudo abrir la impresora {0}; no se imprimió nada. Compruebe que esté encendida y conectada, o elija otra.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="234"/>
        <source>Sent {0} of the action plan to {1}.</source>
        <translation>Enviado a {1}: {0} del plan de acción.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="241"/>
        <source>checklist</source>
        <translation>lista de verificación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="242"/>
        <source>Save a Blank Checklist</source>
        <translation>Guardar una lista de verificación en blanco</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="251"/>
        <source>Saved the blank checklist to {0}.</source>
        <translation>Se guardó la lista de verificación en blanco en {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="252"/>
        <source>The checklist could not be written because of an error in the program; please report it. No file was written.</source>
        <translation>No se pudo escribir la lista de verificación por un error del programa; infórmelo. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="258"/>
        <source>Save an Excel Copy</source>
        <translation>Guardar una copia en Excel</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="259"/>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="280"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="269"/>
        <source>Saved the plan and every rating to {0}. Edit it in Excel, then bring it back with Import Edited Excel.</source>
        <translation>Se guardaron el plan y todas las calificaciones en {0}. Edítelo en Excel y luego tráigalo de vuelta con Importar Excel editado.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="271"/>
        <source>The workbook could not be written because of an error in the program; please report it. No file was written.</source>
        <translation>No se pudo escribir el libro por un error del programa; infórmelo. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="276"/>
        <source>This review is open read-only; save a copy (File → Save a Copy As…) to bring changes back into it.</source>
        <translation>Esta autoevaluación está abierta en modo de solo lectura; guarde una copia (Archivo → Guardar una copia como…) para traer cambios a ella.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="279"/>
        <source>Bring Back an Edited Excel Copy</source>
        <translation>Traer de vuelta una copia de Excel editada</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="289"/>
        <source>The workbook could not be read because of an error in the program; please report it. Nothing was changed.</source>
        <translation>No se pudo leer el libro por un error del programa; infórmelo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="295"/>
        <source>{0} holds no changes to this review.</source>
        <translation>{0} no contiene cambios para esta autoevaluación.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="307"/>
        <source>Apply the Changes from Excel?</source>
        <translation>¿Aplicar los cambios de Excel?</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="308"/>
        <source>{0} changes {1} in this review. Apply them? You can undo this with Edit → Undo.</source>
        <translation>{0} cambia {1} en esta autoevaluación. ¿Aplicar los cambios? Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="310"/>
        <source>thing</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="310"/>
        <source>things</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="314"/>
        <source>Apply Changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="322"/>
        <source>Applied {0} from {1}.</source>
        <translation>Aplicado desde {1}: {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="323"/>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="323"/>
        <source>changes</source>
        <translation>cambios</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/export_page.py" line="325"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/guide_page.py" line="24"/>
        <source>The framework</source>
        <translation>El marco</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../equity_desktop/gui/help_window.py" line="45"/>
        <location filename="../../equity_desktop/gui/help_window.py" line="50"/>
        <source>Equity Desktop Guide</source>
        <translation>Guía de Equity Desktop</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="63"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="76"/>
        <source>Choose the header row on step 2 (Back).</source>
        <translation>Elija la fila de encabezado en el paso 2 (Atrás).</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="193"/>
        <source>Choose the Enrollment File</source>
        <translation>Elegir el archivo de matrícula</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="220"/>
        <source> (hidden)</source>
        <translation> (oculta)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="235"/>
        <source>Choose the header row above.</source>
        <translation>Elija arriba la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="236"/>
        <source>Correct it on the next step, 3. Check what each column holds.</source>
        <translation>Corríjalo en el paso siguiente, 3. Revisar el contenido de cada columna.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="265"/>
        <source>{0} is not in this file; choose the school</source>
        <translation>{0} no está en este archivo; elija la escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="271"/>
        <source>every year in the file ({0})</source>
        <translation>todos los años del archivo ({0})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="275"/>
        <source>the file does not say; type it, e.g. 2024-25</source>
        <translation>el archivo no lo indica; escríbalo, p. ej., 2024-25</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="296"/>
        <source>The school is compared with the {0}.</source>
        <translation>Referencia con la que se compara la escuela: {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="308"/>
        <source>Choose the school in the list first.</source>
        <translation>Elija primero la escuela en la lista.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="319"/>
        <source>Import Another School?</source>
        <translation>¿Importar otra escuela?</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="320"/>
        <source>{0}. Import it into this review anyway?</source>
        <translation>{0}. ¿Importarla de todos modos en esta autoevaluación?</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="326"/>
        <source>That school has no rows for this year in the file; choose another year.</source>
        <translation>Esa escuela no tiene filas para este año en el archivo; elija otro año.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="334"/>
        <source>Choose an Outcome File</source>
        <translation>Elegir un archivo de resultados</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="382"/>
        <source>Warning — not used as an outcome file: {0}</source>
        <translation>Advertencia — no se usa como archivo de resultados: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="388"/>
        <source> — replaces the {0} enrollment imported before</source>
        <translation> — reemplaza la matrícula de {0} importada antes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="390"/>
        <source>{0}, {1}: {2}, compared with the {3}{4}{5}.</source>
        <translation>{0}, {1}: {2}; referencia: {3}{4}{5}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="391"/>
        <source>— students</source>
        <translation>— estudiantes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="392"/>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="392"/>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="396"/>
        <source>{0} below must be corrected in the file before it can be imported.</source>
        <translation>Antes de importar, hay que corregir en el archivo lo siguiente: {0} (abajo).</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="397"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="397"/>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="398"/>
        <source>{0} read as not available, never as 0.</source>
        <translation>{0}: leídas como no disponibles, nunca como 0.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="399"/>
        <source>suppressed cell</source>
        <translation>celda suprimida</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="399"/>
        <source>suppressed cells</source>
        <translation>celdas suprimidas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="405"/>
        <source>; outcomes: {0}</source>
        <translation>; resultados: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="407"/>
        <source>; no outcome file has a row for this school</source>
        <translation>; ningún archivo de resultados tiene una fila para esta escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/import_wizard.py" line="422"/>
        <source>Choose a file first (Browse…).</source>
        <translation>Elija primero un archivo (Examinar…).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="9"/>
        <source>Import Enrollment</source>
        <translation>Importar matrícula</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="19"/>
        <source>1. Choose the file</source>
        <translation>1. Elegir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="22"/>
        <source>The enrollment spreadsheet from the district or the state: Excel (.xlsx, .xls), OpenDocument (.ods) or text (.csv, .txt). It is read on this computer; nothing is sent anywhere.</source>
        <translation>La hoja de cálculo de matrícula del distrito o del estado: Excel (.xlsx, .xls), OpenDocument (.ods) o texto (.csv, .txt). Se lee en esta computadora; no se envía nada a ningún lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="30"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="33"/>
        <source>Enrollment file</source>
        <translation>Archivo de matrícula</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="49"/>
        <source>fileProblem</source>
        <translation>fileProblem</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="70"/>
        <source>2. Choose the sheet and the header row</source>
        <translation>2. Elegir la hoja y la fila de encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="73"/>
        <source>The first rows of the sheet as the spreadsheet shows them. The header row (highlighted) names the columns; change it if the program chose the wrong one.</source>
        <translation>Las primeras filas de la hoja tal como las muestra la hoja de cálculo. La fila de encabezado (resaltada) da nombre a las columnas; cámbiela si el programa eligió la equivocada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="81"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="98"/>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;encabezado:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="130"/>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="148"/>
        <source>3. Check what each column holds</source>
        <translation>3. Revisar el contenido de cada columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="151"/>
        <source>The program&apos;s reading of each column, and why, is filled in; change any that is wrong. Columns marked &quot;not used&quot; are left out.</source>
        <translation>Ya aparece cómo leyó el programa cada columna y por qué; cambie lo que esté mal. Las columnas marcadas &quot;no se usa&quot; se omiten.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="161"/>
        <source>4. Which school and which year</source>
        <translation>4. Qué escuela y qué año</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="164"/>
        <source>Choose this review&apos;s school among the schools in the file, and the school year the numbers are for. Add outcome files if you have them.</source>
        <translation>Elija la escuela de esta autoevaluación entre las escuelas del archivo, y el año escolar al que corresponden las cifras. Agregue archivos de resultados si los tiene.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="170"/>
        <source>S&amp;chool:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="187"/>
        <source>School &amp;year:</source>
        <translation>Año escola&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="204"/>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;con:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="214"/>
        <source>Compare the school with</source>
        <translation>Comparar la escuela con</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="228"/>
        <source>Outcome files (optional)</source>
        <translation>Archivos de resultados (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="234"/>
        <source>An outcome file counts students with an outcome — gifted, AP, suspension — by group, for the same schools, such as the CRDC&apos;s “Gifted and Talented” file. Each one adds its disproportionality to the Data &amp; MGI page.</source>
        <translation>Un archivo de resultados cuenta, por grupo y para las mismas escuelas, los estudiantes con un resultado — programa para dotados, AP, suspensión —, como el archivo «Gifted and Talented» de la CRDC. Cada uno agrega su desproporcionalidad a la página Datos y MGI.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="246"/>
        <source>Outcome files</source>
        <translation>Archivos de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="261"/>
        <source>&amp;Add…</source>
        <translation>A&amp;gregar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="264"/>
        <source>Add an outcome file</source>
        <translation>Agregar un archivo de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="271"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="274"/>
        <source>Remove the outcome file</source>
        <translation>Quitar el archivo de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="296"/>
        <source>5. Check the report, then import</source>
        <translation>5. Revisar el informe e importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="299"/>
        <source>Errors must be corrected in the file before it can be imported; warnings and notes are for your information.</source>
        <translation>Los errores deben corregirse en el archivo antes de poder importarlo; las advertencias y notas son informativas.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="315"/>
        <source>What the reading found</source>
        <translation>Lo que encontró la lectura</translation>
    </message>
</context>
<context>
    <name>KeyActionsPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/key_actions_page.py" line="16"/>
        <source>Stage {0} · {1} — Key actions</source>
        <translation>Etapa {0} · {1} — Acciones clave</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/key_actions_page.py" line="23"/>
        <source>Key action {0}</source>
        <translation>Acción clave {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="101"/>
        <source>&amp;New Review…</source>
        <translation>&amp;Nueva autoevaluación…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="102"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="103"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="104"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="106"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="109"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="114"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="115"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="116"/>
        <source>&amp;Find in the Framework…</source>
        <translation>&amp;Buscar en el marco…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="117"/>
        <source>&amp;Workshop View</source>
        <translation>Vista de &amp;taller</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="118"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="121"/>
        <source>&amp;Placement Strip in Full</source>
        <translation>&amp;Franja de ubicación completa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="127"/>
        <source>&amp;About Equity Desktop</source>
        <translation>&amp;Acerca de Equity Desktop</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="128"/>
        <source>Framework in &amp;English (the Original)</source>
        <translation>Marco en &amp;inglés (el original)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="133"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="136"/>
        <source>Equity Desktop &amp;Guide</source>
        <translation>&amp;Guía de Equity Desktop</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="139"/>
        <source>&amp;Import Enrollment…</source>
        <translation>I&amp;mportar matrícula…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="141"/>
        <source>S&amp;creen a District File…</source>
        <translation>Anali&amp;zar un archivo del distrito…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="143"/>
        <source>&amp;Print Action Plan…</source>
        <translation>Im&amp;primir plan de acción…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="146"/>
        <source>Save Action Plan as &amp;PDF…</source>
        <translation>Guardar plan de acción como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="148"/>
        <source>Save Plan as &amp;Excel…</source>
        <translation>Guardar plan como Exce&amp;l…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="150"/>
        <source>Import Edited E&amp;xcel Plan…</source>
        <translation>Importar plan desde E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="162"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="184"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="215"/>
        <source>Framework: the English original (Ctrl+Shift+E: the translation)</source>
        <translation>Marco: el original en inglés (Ctrl+Mayús+E: la traducción)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="217"/>
        <source>Framework: unofficial translation (Ctrl+Shift+E: the English original)</source>
        <translation>Marco: traducción no oficial (Ctrl+Mayús+E: el original en inglés)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="253"/>
        <source>Open a review</source>
        <translation>Abrir una autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="254"/>
        <source>Equity reviews and ballots (*{0} *{1})</source>
        <translation>Autoevaluaciones de equidad y boletas (*{0} *{1})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="273"/>
        <source>Cannot create the review</source>
        <translation>No se puede crear la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="286"/>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="303"/>
        <source>Cannot open the review</source>
        <translation>No se puede abrir la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="324"/>
        <source>The change was not saved</source>
        <translation>No se guardó el cambio</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="330"/>
        <source>Read-only: use File → Save a Copy As… to make changes</source>
        <translation>Solo lectura: use Archivo → Guardar una copia como… para hacer cambios</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="332"/>
        <source>Every change is saved as you make it</source>
        <translation>Cada cambio se guarda en cuanto lo hace</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="378"/>
        <source>Save a copy of the review</source>
        <translation>Guardar una copia de la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="379"/>
        <source>Equity reviews (*{0})</source>
        <translation>Autoevaluaciones de equidad (*{0})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="388"/>
        <source>The copy was not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="392"/>
        <source>A copy was saved as {0}</source>
        <translation>Se guardó una copia como {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="405"/>
        <source>(none yet)</source>
        <translation>(ninguna todavía)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="426"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="428"/>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="429"/>
        <source>Ballot ({0}) — {1}{2} — {3}</source>
        <translation>Boleta ({0}) — {1}{2} — {3}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/main_window.py" line="435"/>
        <source>All changes saved · {0}</source>
        <translation>Todos los cambios guardados · {0}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/map_page.py" line="36"/>
        <source>Stage {0} · {1} — Map</source>
        <translation>Etapa {0} · {1} — Mapa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/map_page.py" line="41"/>
        <source>Show component</source>
        <translation>Mostrar componente</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/map_page.py" line="42"/>
        <source>All components</source>
        <translation>Todos los componentes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/map_page.py" line="43"/>
        <source>Unrated only</source>
        <translation>Solo sin calificar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/map_page.py" line="50"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/map_page.py" line="145"/>
        <source>{0} of {1} conditions rated</source>
        <translation>{0} de {1} condiciones calificadas</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="251"/>
        <source>Merge {0}</source>
        <translation>Combinar {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="252"/>
        <source>From {0}: {1} taken (changed only there), {2} to decide (changed on both sides), {3} kept from this copy (changed only here).</source>
        <translation>De {0}: se toman {1} (cambiados solo allí), {2} por decidir (cambiados en ambos lados), se conservan {3} de esta copia (cambiados solo aquí).</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="254"/>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="256"/>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="254"/>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="256"/>
        <source>changes</source>
        <translation>cambios</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="255"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="255"/>
        <source>conflicts</source>
        <translation>conflictos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="257"/>
        <source>Changes taken from the other copy</source>
        <translation>Cambios tomados de la otra copia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="261"/>
        <source>This copy</source>
        <translation>Esta copia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="262"/>
        <source>The other copy</source>
        <translation>La otra copia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="268"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="24"/>
        <source>Pages of the review</source>
        <translation>Páginas de la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="36"/>
        <source>About the framework</source>
        <translation>Acerca del marco</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="38"/>
        <source>School profile</source>
        <translation>Perfil de la escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="39"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="42"/>
        <source>Key actions</source>
        <translation>Acciones clave</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="42"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="42"/>
        <source>Benchmarks</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="46"/>
        <source>Stage {0} · {1}</source>
        <translation>Etapa {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="51"/>
        <source>Data &amp; MGI</source>
        <translation>Datos y MGI</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="52"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/navigator.py" line="53"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="33"/>
        <source>New review</source>
        <translation>Nueva autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="37"/>
        <source>Which school is this review for?</source>
        <translation>¿Para qué escuela es esta autoevaluación?</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="45"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="45"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="46"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="53"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="57"/>
        <source>Saved as</source>
        <translation>Se guarda como</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="61"/>
        <source>Create review</source>
        <translation>Crear autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="87"/>
        <source>Save the new review as</source>
        <translation>Guardar la nueva autoevaluación como</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/new_review_dialog.py" line="88"/>
        <source>Equity reviews (*{0})</source>
        <translation>Autoevaluaciones de equidad (*{0})</translation>
    </message>
</context>
<context>
    <name>NoteEdit</name>
    <message>
        <location filename="../../equity_desktop/gui/note_edit.py" line="20"/>
        <source>Evidence: what shows this? Saved when you leave the box.</source>
        <translation>Evidencia: ¿qué lo demuestra? Se guarda al salir del cuadro.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/note_edit.py" line="21"/>
        <source>Evidence note</source>
        <translation>Nota de evidencia</translation>
    </message>
</context>
<context>
    <name>OutcomeFiles</name>
    <message>
        <location filename="../../equity_desktop/gui/outcome_files.py" line="40"/>
        <source>Not used — {0}</source>
        <translation>No se usa — {0}</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../equity_desktop/gui/page_preview.py" line="146"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/page_preview.py" line="186"/>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
</context>
<context>
    <name>PaperBallotDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="113"/>
        <source>Enter a Paper Ballot</source>
        <translation>Ingresar una boleta en papel</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="117"/>
        <source>The name written on the ballot</source>
        <translation>El nombre escrito en la boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="118"/>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="120"/>
        <source>Type the item code printed on the checklist (such as 1.DE.4, 2.KA.1.3 or 3.B.2), Tab, the rating (1 Not started … 4 In place, 0 Not applicable; benchmarks 1 Not met, 2 Partly met, 3 Met), Enter for the next line.</source>
        <translation>Escriba el código del elemento impreso en la lista de verificación (como 1.DE.4, 2.KA.1.3 o 3.B.2), Tab, la calificación (1 Sin iniciar … 4 Implementado, 0 No aplica; hitos: 1 No cumplido, 2 Cumplido en parte, 3 Cumplido) y Entrar para la línea siguiente.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="126"/>
        <source>Item code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="126"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="128"/>
        <source>Ratings from the paper ballot</source>
        <translation>Calificaciones de la boleta en papel</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="137"/>
        <source>Add Ballot</source>
        <translation>Agregar boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="165"/>
        <source>Line {0}: {1}</source>
        <translation>Línea {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="167"/>
        <source>Type at least one line: an item code and its rating.</source>
        <translation>Escriba al menos una línea: un código de elemento y su calificación.</translation>
    </message>
</context>
<context>
    <name>PlacementStrip</name>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="72"/>
        <source>Where each component stands</source>
        <translation>Dónde está cada componente</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="82"/>
        <source>&lt;b&gt;Where each component stands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dónde está cada componente&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="119"/>
        <source>Why is {0} here? Click to see.</source>
        <translation>¿Por qué está {0} aquí? Haga clic para verlo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="161"/>
        <source>▾ Show</source>
        <translation>▾ Mostrar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="162"/>
        <source>Show the whole table</source>
        <translation>Mostrar toda la tabla</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="162"/>
        <source>Fold the table into one line</source>
        <translation>Plegar la tabla en una línea</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="178"/>
        <source>&lt;b&gt;Where each component stands:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Dónde está cada componente:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="184"/>
        <source>sustained</source>
        <translation>sostenido</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="184"/>
        <source>stage {0}</source>
        <translation>etapa {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="189"/>
        <source>✓ Sustained</source>
        <translation>✓ Sostenido</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="189"/>
        <source>✓ In place</source>
        <translation>✓ Implementado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="191"/>
        <source>● Here — {0} to go</source>
        <translation>● Aquí — faltan {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="210"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: every map condition in all four stages is In place — Optimization, sustained.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: todas las condiciones del mapa de las cuatro etapas están en «Implementado» — Optimización, sostenida.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/placement_strip.py" line="222"/>
        <source>&lt;b&gt;{0} is in {1}&lt;/b&gt; because {2} of its conditions on the {1} map are not yet In place (earlier stages are all In place or not applicable). Click one to rate it:</source>
        <translation>&lt;b&gt;{0} está en {1}&lt;/b&gt; porque {2} de sus condiciones del mapa de {1} aún no están en «Implementado» (las etapas anteriores están todas en «Implementado» o no aplican). Haga clic en una para calificarla:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/preferences_dialog.py" line="25"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/preferences_dialog.py" line="30"/>
        <source>As the system ({0})</source>
        <translation>Como el sistema ({0})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/preferences_dialog.py" line="34"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/preferences_dialog.py" line="37"/>
        <source>Takes effect the next time the program starts.</source>
        <translation>Se aplica la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/preferences_dialog.py" line="41"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/preferences_dialog.py" line="44"/>
        <source>Recorded with your edits: the review&apos;s history and a merge&apos;s choices say who changed what. Empty: the computer&apos;s login name ({0}).</source>
        <translation>Se registra con sus cambios: el historial de la autoevaluación y las decisiones de una combinación indican quién cambió qué. Vacío: el nombre de inicio de sesión de la computadora ({0}).</translation>
    </message>
</context>
<context>
    <name>PrepareBallotsDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="49"/>
        <source>Prepare Ballots</source>
        <translation>Preparar boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="51"/>
        <source>Each member rates privately on a ballot file of their own; bring the files back with Collect Ballots. A blank ballot can be copied for anyone else.</source>
        <translation>Cada miembro califica en privado en su propio archivo de boleta; traiga los archivos de vuelta con Recoger boletas. Una boleta en blanco se puede copiar para cualquier otra persona.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="56"/>
        <source>Team members who get a ballot</source>
        <translation>Miembros del equipo que reciben una boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="62"/>
        <source>Ballots for:</source>
        <translation>Boletas para:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="63"/>
        <source>Also one blank ballot, to copy</source>
        <translation>También una boleta en blanco, para copiar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="69"/>
        <source>&amp;Items:</source>
        <translation>&amp;Elementos:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="72"/>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="86"/>
        <source>Folder for the ballots</source>
        <translation>Carpeta para las boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="73"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="77"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="80"/>
        <source>Write Ballots</source>
        <translation>Escribir boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="97"/>
        <source>Every item (key actions, map and benchmarks)</source>
        <translation>Todos los elementos (acciones clave, mapa e hitos)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="98"/>
        <source>The map conditions of every stage</source>
        <translation>Las condiciones del mapa de todas las etapas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="99"/>
        <source>The benchmarks of every stage</source>
        <translation>Los hitos de todas las etapas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="99"/>
        <source>Stage 1 only</source>
        <translation>Solo la etapa 1</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="100"/>
        <source>Stage 2 only</source>
        <translation>Solo la etapa 2</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="100"/>
        <source>Stage 3 only</source>
        <translation>Solo la etapa 3</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="100"/>
        <source>Stage 4 only</source>
        <translation>Solo la etapa 4</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="27"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="27"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="27"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="28"/>
        <source>Magnet theme</source>
        <translation>Tema magnet</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="28"/>
        <source>Grades served</source>
        <translation>Grados que atiende</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="30"/>
        <source>School profile</source>
        <translation>Perfil de la escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="31"/>
        <source>The school this review is about. Each field is saved when you leave it.</source>
        <translation>La escuela de esta autoevaluación. Cada campo se guarda al salir de él.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="48"/>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="54"/>
        <source>Program type</source>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/profile_page.py" line="49"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../../equity_desktop/gui/rating_card.py" line="69"/>
        <source>{0} — press {1}</source>
        <translation>{0} — presione {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/rating_card.py" line="101"/>
        <source>Rating: {0}</source>
        <translation>Calificación: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/rating_card.py" line="104"/>
        <source>Last changed by {0} at {1}</source>
        <translation>Último cambio: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>RatingKeys</name>
    <message>
        <location filename="../../equity_desktop/gui/rating_keys.py" line="31"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>ReadProgress</name>
    <message>
        <location filename="../../equity_desktop/gui/background_task.py" line="94"/>
        <source>Cancel Reading</source>
        <translation>Cancelar lectura</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/background_task.py" line="107"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="78"/>
        <source>Rate {0} as {1}</source>
        <translation>Calificar {0} como {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="86"/>
        <source>Evidence for {0}</source>
        <translation>Evidencia de {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="93"/>
        <source>Edit school profile</source>
        <translation>Editar el perfil de la escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="98"/>
        <source>Add {0} to the team</source>
        <translation>Agregar a {0} al equipo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="105"/>
        <source>Edit team member {0}</source>
        <translation>Editar miembro del equipo {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="111"/>
        <source>Remove {0} from the team</source>
        <translation>Quitar a {0} del equipo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="129"/>
        <source>Isolation rule: {0}</source>
        <translation>Regla de aislamiento: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="139"/>
        <source>Printed copies withhold counts under {0}</source>
        <translation>Las copias impresas ocultan los recuentos menores de {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="146"/>
        <source>Import enrollment {0}</source>
        <translation>Importar matrícula {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="151"/>
        <source>Remove enrollment {0}</source>
        <translation>Quitar matrícula {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="169"/>
        <source>Edit action item {0}</source>
        <translation>Editar acción {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="169"/>
        <source>Add action item {0}</source>
        <translation>Agregar acción {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="182"/>
        <source>Delete action item {0}</source>
        <translation>Eliminar acción {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="189"/>
        <source>Objective {0}</source>
        <translation>Objetivo {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="196"/>
        <source>Delete objective {0}</source>
        <translation>Eliminar objetivo {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="201"/>
        <source>Dismiss suggestion</source>
        <translation>Descartar sugerencia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="201"/>
        <source>Restore suggestion</source>
        <translation>Restaurar sugerencia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="211"/>
        <source>Import the plan from Excel</source>
        <translation>Importar el plan desde Excel</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="310"/>
        <source>Reason for {0}</source>
        <translation>Razón de {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="315"/>
        <source>Collect {0}</source>
        <translation>Recoger {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="315"/>
        <source>ballot</source>
        <translation>boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="315"/>
        <source>ballots</source>
        <translation>boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/review_session.py" line="324"/>
        <source>Merge {0}</source>
        <translation>Combinar {0}</translation>
    </message>
</context>
<context>
    <name>RuleControls</name>
    <message>
        <location filename="../../equity_desktop/gui/rule_controls.py" line="21"/>
        <source>Isolation threshold</source>
        <translation>Umbral de aislamiento</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/rule_controls.py" line="30"/>
        <source>Isolation rule</source>
        <translation>Regla de aislamiento</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/rule_controls.py" line="31"/>
        <source>points from the district share</source>
        <translation>puntos de diferencia con el distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/rule_controls.py" line="32"/>
        <source>% of the district share</source>
        <translation>% del porcentaje del distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/rule_controls.py" line="33"/>
        <source>Isolated beyond:</source>
        <translation>Aislado más allá de:</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <location filename="../../equity_desktop/gui/saved_file_bar.py" line="42"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/saved_file_bar.py" line="45"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/saved_file_bar.py" line="51"/>
        <location filename="../../equity_desktop/gui/saved_file_bar.py" line="52"/>
        <source>Close this bar</source>
        <translation>Cerrar esta barra</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/saved_file_bar.py" line="58"/>
        <source>The file just saved</source>
        <translation>El archivo recién guardado</translation>
    </message>
</context>
<context>
    <name>ScreeningModel</name>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="145"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="145"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="145"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="145"/>
        <source>Groups outside
the band</source>
        <translation>Grupos fuera
de la banda</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="146"/>
        <source>Which, by how many points</source>
        <translation>Cuáles, por cuántos puntos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="146"/>
        <source>Minority %</source>
        <translation>% de minorías</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="146"/>
        <source>Federal
MSAP</source>
        <translation>MSAP
federal</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="147"/>
        <source>Diversity
(Simpson)</source>
        <translation>Diversidad
(Simpson)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="147"/>
        <source>Dissimi-
larity</source>
        <translation>Disimi-
litud</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="147"/>
        <source>Compared with</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_model.py" line="174"/>
        <source>Compared with the {0}</source>
        <translation>Referencia: {0}</translation>
    </message>
</context>
<context>
    <name>ScreeningNotes</name>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="36"/>
        <source>The selected school: what it is compared with, and warnings about its numbers</source>
        <translation>La escuela seleccionada: con qué se compara y advertencias sobre sus cifras</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="38"/>
        <source>What the reading of the file noted</source>
        <translation>Lo que se observó al leer el archivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="46"/>
        <source>Select a school in the list to see what it is compared with and any warning about its numbers.</source>
        <translation>Seleccione una escuela en la lista para ver con qué se compara y cualquier advertencia sobre sus cifras.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="51"/>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="77"/>
        <source>Compared with the {0}.</source>
        <translation>Referencia: {0}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="54"/>
        <source>No warning about this school&apos;s numbers.</source>
        <translation>No hay advertencias sobre las cifras de esta escuela.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="60"/>
        <source>Nothing has been read from the file yet; the sentence below says why.</source>
        <translation>Todavía no se ha leído nada del archivo; la frase de abajo explica por qué.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="63"/>
        <source>{0}, sheet “{1}”: what the reading noted</source>
        <translation>{0}, hoja «{1}»: lo que se observó al leerla</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="69"/>
        <source>Nothing to note.</source>
        <translation>Nada que señalar.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="79"/>
        <source>Each school is compared with its own reference ({0} in all; select a school to see which).</source>
        <translation>Cada escuela se compara con su propia referencia ({0} en total; seleccione una escuela para ver cuál).</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="81"/>
        <source>{0} listed, {1} shown; {2} with a group outside the band ({3}).</source>
        <translation>{0} en la lista, {1} a la vista; {2} con un grupo fuera de la banda ({3}).</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="82"/>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="82"/>
        <source>schools</source>
        <translation>escuelas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="87"/>
        <source> {0} {1} with a warning about their numbers (select one to read it).</source>
        <translation> {0} {1} con una advertencia sobre sus cifras (seleccione una para leerla).</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_notes.py" line="90"/>
        <source> {0} suppressed cells were read as not available.</source>
        <translation> {0} celdas suprimidas se leyeron como no disponibles.</translation>
    </message>
</context>
<context>
    <name>ScreeningWindow</name>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="76"/>
        <source>District Screening — Equity Desktop</source>
        <translation>Análisis del distrito — Equity Desktop</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="112"/>
        <source>Select a school in the list first.</source>
        <translation>Seleccione primero una escuela en la lista.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="121"/>
        <source>&amp;Open a District File…</source>
        <translation>&amp;Abrir un archivo del distrito…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="123"/>
        <source>No file open. Open the district&apos;s enrollment file (one row per school, or one row per student) to list every school.</source>
        <translation>No hay ningún archivo abierto. Abra el archivo de matrícula del distrito (una fila por escuela o una fila por estudiante) para ver todas las escuelas.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="127"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="131"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="133"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="135"/>
        <source>The header row and what each column holds, as the program read them; correct them and read the file again</source>
        <translation>La fila de encabezado y el contenido de cada columna, tal como los leyó el programa; corríjalos y vuelva a leer el archivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="149"/>
        <source>Compare each school with</source>
        <translation>Comparar cada escuela con</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="152"/>
        <source>Compare &amp;with:</source>
        <translation>Comparar c&amp;on:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="165"/>
        <source>Only schools outside the &amp;band</source>
        <translation>Solo escuelas fuera de la &amp;banda</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="169"/>
        <location filename="../../equity_desktop/gui/screening_window.py" line="170"/>
        <source>Find a school by name or code</source>
        <translation>Buscar una escuela por nombre o código</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="189"/>
        <source>&amp;Export the List…</source>
        <translation>&amp;Exportar la lista…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="191"/>
        <source>&amp;Start a Review for This School…</source>
        <translation>&amp;Iniciar autoevaluación de esta escuela…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="246"/>
        <source>Open a District File</source>
        <translation>Abrir un archivo del distrito</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="286"/>
        <source> (hidden)</source>
        <translation> (oculta)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="361"/>
        <source>Choose the header row under “Columns…”.</source>
        <translation>Elija la fila de encabezado en «Columnas…».</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="362"/>
        <source>Correct it under “Columns…”.</source>
        <translation>Corríjalo en «Columnas…».</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="420"/>
        <source>Export the List</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="421"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="437"/>
        <source>The list could not be written because of an error in the program; please report it. Nothing was written.</source>
        <translation>No se pudo escribir la lista por un error del programa; infórmelo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="442"/>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="442"/>
        <source>schools</source>
        <translation>escuelas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="443"/>
        <source>Exported {0} to {1}</source>
        <translation>Se exportaron {0} a {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="448"/>
        <source>The list was not exported</source>
        <translation>No se exportó la lista</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/screening_window.py" line="498"/>
        <source>Cannot create the review</source>
        <translation>No se puede crear la autoevaluación</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../equity_desktop/gui/search_box.py" line="29"/>
        <source>Search the framework</source>
        <translation>Buscar en el marco</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/search_box.py" line="30"/>
        <source>Search the framework (Ctrl+F)</source>
        <translation>Buscar en el marco (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../equity_desktop/gui/sheet_preview.py" line="39"/>
        <source>{0} header</source>
        <translation>{0} (encabezado)</translation>
    </message>
</context>
<context>
    <name>StageOverviewPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/readiness.py" line="12"/>
        <source>Ready to move on: all {0} benchmarks are met.</source>
        <translation>Lista para avanzar: se cumplen los {0} hitos.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/readiness.py" line="14"/>
        <source>Not yet ready to move on: {0} of {1} benchmarks met; still to meet: {2}.</source>
        <translation>Aún no está lista para avanzar: {0} de {1} hitos cumplidos; faltan por cumplir: {2}.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="23"/>
        <source>Stage {0} overview</source>
        <translation>Resumen de la etapa {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="45"/>
        <source>Map conditions rated</source>
        <translation>Condiciones del mapa calificadas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="46"/>
        <source>Key actions rated</source>
        <translation>Acciones clave calificadas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="47"/>
        <source>Benchmarks met</source>
        <translation>Hitos cumplidos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="71"/>
        <source>past this stage: all its conditions here are In place</source>
        <translation>ya pasó esta etapa: todas sus condiciones aquí están en «Implementado»</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="74"/>
        <source>working in this stage: {0} not yet In place</source>
        <translation>en esta etapa: aún sin «Implementado»: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="75"/>
        <source>condition</source>
        <translation>condición</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="75"/>
        <source>conditions</source>
        <translation>condiciones</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/stage_overview_page.py" line="77"/>
        <source>not here yet (still in {0})</source>
        <translation>aún no llega aquí (sigue en {0})</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="32"/>
        <source>A school team&apos;s equity self-review against the Magnet School Development Framework (U.S. Department of Education, 2018). Everything stays on this computer; every change is saved as you make it.</source>
        <translation>La autoevaluación de equidad de un equipo escolar según el Marco para el desarrollo de escuelas magnet (Departamento de Educación de EE. UU., 2018). Todo se queda en esta computadora; cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="40"/>
        <source>New review…</source>
        <translation>Nueva autoevaluación…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="41"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="42"/>
        <source>Open the demo review</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="49"/>
        <source>&lt;h3&gt;Recent reviews&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Autoevaluaciones recientes&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="52"/>
        <source>Recent reviews</source>
        <translation>Autoevaluaciones recientes</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="64"/>
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="66"/>
        <source>{0} — {1}
{2} of {3} map conditions rated · {4}</source>
        <translation>{0} — {1}
{2} de {3} condiciones del mapa calificadas · {4}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/start_page.py" line="73"/>
        <source>No recent reviews yet. Start a new one, or open the demo to look around.</source>
        <translation>Todavía no hay autoevaluaciones recientes. Empiece una nueva o abra la demostración para echar un vistazo.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="35"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="37"/>
        <source>Who carries out the review. A diverse team that represents every stakeholder group is the first benchmark of the Planning stage. Double-click a name or role, or move to it with the arrow keys and press F2, to change it.</source>
        <translation>Quiénes realizan la autoevaluación. Un equipo diverso que represente a todos los grupos de partes interesadas es el primer hito de la etapa de Planificación. Haga doble clic en un nombre o un rol, o llegue a él con las flechas y pulse F2, para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="46"/>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="47"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="47"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="47"/>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="59"/>
        <source>&amp;Add Member</source>
        <translation>&amp;Agregar miembro</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="60"/>
        <source>&amp;Remove Selected</source>
        <translation>&amp;Quitar seleccionados</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="86"/>
        <source>Stakeholder group of {0}</source>
        <translation>Grupo de partes interesadas de {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="87"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="99"/>
        <source>&lt;b&gt;Represented ({0} of {1}):&lt;/b&gt; {2}</source>
        <translation>&lt;b&gt;Representados ({0} de {1}):&lt;/b&gt; {2}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="100"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="103"/>
        <source>&lt;b&gt;No group chosen yet:&lt;/b&gt; {0} — choose whom each speaks for.</source>
        <translation>&lt;b&gt;Sin grupo elegido todavía:&lt;/b&gt; {0} — elija a quién representa cada uno.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="106"/>
        <source>&lt;b&gt;Missing:&lt;/b&gt; {0} — invite someone who speaks for them.</source>
        <translation>&lt;b&gt;Faltan:&lt;/b&gt; {0} — invite a alguien que los represente.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="109"/>
        <source>Every stakeholder group is represented.</source>
        <translation>Todos los grupos de partes interesadas están representados.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/pages/team_page.py" line="128"/>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
</context>
<context>
    <name>WorkbookReturnDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="277"/>
        <source>Apply the Changes from Excel?</source>
        <translation>¿Aplicar los cambios de Excel?</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="278"/>
        <source>{0}: {1} changed only in the workbook, {2} changed both here and in the workbook since it was written. You can undo this with Edit → Undo.</source>
        <translation>{0}: {1} cambiados solo en el libro, {2} cambiados aquí y en el libro desde que se escribió. Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="280"/>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="280"/>
        <source>changes</source>
        <translation>cambios</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="281"/>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="281"/>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="282"/>
        <source>Changes taken from the workbook</source>
        <translation>Cambios tomados del libro</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="286"/>
        <source>Here: {0}</source>
        <translation>Aquí: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="287"/>
        <source>In the workbook: {0}</source>
        <translation>En el libro: {0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="288"/>
        <source>Apply Changes</source>
        <translation>Aplicar cambios</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="29"/>
        <source>&amp;Prepare Ballots…</source>
        <translation>&amp;Preparar boletas…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="30"/>
        <source>&amp;Collect Ballots…</source>
        <translation>&amp;Recoger boletas…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="31"/>
        <source>Enter a &amp;Paper Ballot…</source>
        <translation>&amp;Ingresar una boleta en papel…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="32"/>
        <source>&amp;Merge Another Copy…</source>
        <translation>&amp;Combinar otra copia…</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="34"/>
        <source>Wor&amp;kshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="73"/>
        <source>The ballots were not written</source>
        <translation>No se escribieron las boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="75"/>
        <source>Wrote {0} to {1}</source>
        <translation>Se escribieron {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="76"/>
        <source>ballot</source>
        <translation>boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="76"/>
        <source>ballots</source>
        <translation>boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="83"/>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="97"/>
        <source>Collect ballots</source>
        <translation>Recoger boletas</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="84"/>
        <source>Ballots (*{0})</source>
        <translation>Boletas (*{0})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="90"/>
        <source>No ballot was collected</source>
        <translation>No se recogió ninguna boleta</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="92"/>
        <source>There was no ballot among the files chosen.</source>
        <translation>No había ninguna boleta entre los archivos elegidos.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="94"/>
        <source>To be taken:</source>
        <translation>Se tomarán:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="95"/>
        <source>Not taken:</source>
        <translation>No se toman:</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="99"/>
        <source>Collect</source>
        <translation>Recoger</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="132"/>
        <source>Merge another copy of the review</source>
        <translation>Combinar otra copia de la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="133"/>
        <source>Equity reviews (*{0})</source>
        <translation>Autoevaluaciones de equidad (*{0})</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="141"/>
        <source>Cannot merge this file</source>
        <translation>No se puede combinar este archivo</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="144"/>
        <source>Nothing to merge</source>
        <translation>Nada que combinar</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_actions.py" line="145"/>
        <source>{0} holds nothing this review does not have already.</source>
        <translation>{0} no contiene nada que esta autoevaluación no tenga ya.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="53"/>
        <source>Workshop view</source>
        <translation>Vista de taller</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="71"/>
        <source>Keys 1–4 rate · 0 not applicable · arrows move · Esc leaves</source>
        <translation>Teclas 1–4: calificar · 0: no aplica · flechas: moverse · Esc: salir</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="73"/>
        <source> · N names · D order</source>
        <translation> · N: nombres · D: orden</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="120"/>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="120"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="129"/>
        <source>Leave workshop view (Esc)</source>
        <translation>Salir de la vista de taller (Esc)</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="173"/>
        <source>Ballots: {0} — {1}</source>
        <translation>Boletas: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="200"/>
        <source>Stage {0} · {1} — {2} {3}</source>
        <translation>Etapa {0} · {1} — {2} {3}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="202"/>
        <source>Condition {0} of {1}</source>
        <translation>Condición {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/workshop_view.py" line="211"/>
        <source>Rating: {0}</source>
        <translation>Calificación: {0}</translation>
    </message>
</context>
<context>
    <name>_ConflictsDialog</name>
    <message>
        <location filename="../../equity_desktop/gui/workshop_dialogs.py" line="205"/>
        <source>Changed on both sides — choose which to keep (the other value stays in the history):</source>
        <translation>Cambiado en ambos lados — elija cuál conservar (el otro valor queda en el historial):</translation>
    </message>
</context>
<context>
    <name>error_dialogs</name>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="46"/>
        <source>Open read-only?</source>
        <translation>¿Abrir en solo lectura?</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="49"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="59"/>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="128"/>
        <source>Equity Desktop</source>
        <translation>Equity Desktop</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="66"/>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="68"/>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="78"/>
        <source>Something went wrong inside Equity Desktop (a fault in the program, not anything you did), and your work up to your last change is saved</source>
        <translation>Algo falló dentro de Equity Desktop (un fallo del programa, no algo que usted hizo), y su trabajo hasta el último cambio está guardado</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="81"/>
        <source>; please copy the details below for your support contact.</source>
        <translation>; copie los detalles de abajo para su contacto de soporte técnico.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="83"/>
        <source>; the details below could not be written to the log file {0}, so please keep them with Copy Details.</source>
        <translation>; los detalles de abajo no se pudieron escribir en el archivo de registro {0}, así que consérvelos con Copiar detalles.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="85"/>
        <source>; the details are in the log file:

{0}</source>
        <translation>; los detalles están en el archivo de registro:

{0}</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="100"/>
        <source>This happened {0} times; the details of each are below.</source>
        <translation>Esto ocurrió {0} veces; abajo están los detalles de cada una.</translation>
    </message>
    <message>
        <location filename="../../equity_desktop/gui/error_dialogs.py" line="112"/>
        <source>Log: {0}</source>
        <translation>Registro: {0}</translation>
    </message>
</context>
</TS>
