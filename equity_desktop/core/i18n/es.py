"""Spanish (`core.i18n`): every message of the English catalogue, translated; the terms follow
docs/translating.md ("Spanish: choices made" for the framework's terms, "Spanish: the window's words" for the
program's: calificación, boleta, autoevaluación, and the rating labels Sin iniciar … Implementado), so that a
printout says what the window says.

Numbers are written with a decimal comma and a point between thousands ("1.234,5"), a space before the percent
sign ("27,0 %"), and dates in words ("30 de noviembre de 2026"): the usage of Spain and of most of Latin America,
and what the program's Spanish readers are asked to expect. (CLDR's es-US and es-MX write "1,234.5"; a regional
catalogue could say so with its own GROUP and POINT.)
"""

from __future__ import annotations

PDF_LANG = "es-US"  # Spanish as U.S. school districts write it
GROUP, POINT = ".", ","
PERCENT = "{} %"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")
DATE = "{day} de {month} de {year}"


def plural_category(count: float) -> str:
    """CLDR's Spanish rule, less "many" (a million and its multiples: "1 millón de", which no count here reaches)."""
    return "one" if count == 1 else "other"


MESSAGES: dict[str, str | dict[str, str]] = {
    # ---- every PDF (pdf_kit) ------------------------------------------------------------------------------------
    "pdf.page_of": "Página {number} de {total}",
    "pdf.citation": ("Magnet School Development Framework [Marco para el desarrollo de escuelas magnet], Departamento "
                     "de Educación de los EE. UU., Centro de Asistencia Técnica del MSAP, 2018 (dominio público)."),
    "pdf.bad_paper": "{paper} no es un tamaño de papel; use letter o a4.",
    "progress.laying_out": "Componiendo las páginas…",
    "progress.reading_review": "Leyendo la autoevaluación…",
    "translation.marker": "Marco: traducción no oficial",
    "translation.original_in_record": ("El original en inglés de cada elemento traducido se imprime debajo de él en el "
                                       "registro completo («Calificaciones y evidencia»)."),
    "translation.original_with_full": ("Imprima el plan con el registro completo para ver el original en inglés debajo "
                                       "de cada elemento traducido."),
    "translation.original_below": "El original en inglés se imprime debajo de cada elemento.",

    # ---- the plan: cover and summary -----------------------------------------------------------------------------
    "plan.title": "Plan de acción",
    "plan.pdf_title": "Plan de acción — {school}",
    "plan.pdf_subject": "Autoevaluación de equidad y plan de acción, {district}",
    "plan.footer": "{school} — plan de acción",
    "plan.not_set": "sin fecha",
    "cover.school_year": "Año escolar",
    "cover.magnet_theme": "Tema magnet",
    "cover.program": "Programa",
    "cover.grades": "Grados",
    "cover.printed": "Fecha de impresión",
    "cover.team": "El equipo",
    "cover.name": "Nombre",
    "cover.role": "Función",
    "cover.speaks_for": "Representa a",
    "cover.no_team": "La autoevaluación no incluye miembros del equipo.",
    "cover.against": "Autoevaluación según {citation}",
    "summary.title": "Resumen",
    "summary.components": "Dónde se encuentra cada componente central",
    "summary.component": "Componente",
    "summary.stage": "Etapa",
    "summary.why": "Por qué está ahí",
    "summary.sustained": "Optimización — sostenida",
    "summary.sustained_why": "Todas las condiciones del mapa de las cuatro etapas están calificadas como Implementado.",
    "summary.held_back": {
        "one": "{n} de {total} condiciones del mapa de {stage} aún no está calificada como Implementado.",
        "other": "{n} de {total} condiciones del mapa de {stage} aún no están calificadas como Implementado.",
    },
    "summary.isolation": "Aislamiento de grupos minoritarios",
    "summary.no_enrollment": ("No se ha importado la matrícula en esta autoevaluación, por lo que no se mide el "
                              "aislamiento."),
    "summary.isolated_groups": {"one": "En {year}, {n} grupo está aislado ({rule}).",
                                "other": "En {year}, {n} grupos están aislados ({rule})."},
    "summary.top": "Las {count} prioridades principales",
    "summary.action": "Acción",
    "summary.lead": "Responsable",
    "summary.due": "Vence",
    "summary.status": "Estado",
    "summary.no_open_items": "El plan aún no tiene acciones abiertas.",
    "summary.items_in_all": {"one": "{n} acción en total: {statuses}.",
                             "other": "{n} acciones en total: {statuses}."},

    # ---- the plan table and the timeline ---------------------------------------------------------------------------
    "plan.col.number": "#",
    "plan.col.action": "Acción",
    "plan.col.why": "Por qué (brecha, causa raíz, teoría de la acción)",
    "plan.col.steps": "Pasos y recursos",
    "plan.col.lead": "Responsable y equipo",
    "plan.col.dates": "Inicio – vencimiento",
    "plan.col.evidence": "Evidencia de impacto",
    "plan.col.status": "Estado",
    "plan.no_items": ("Aún no hay acciones. Acepte sugerencias en la página Plan de acción o agregue acciones."),
    "plan.objective": "Objetivo {number}: {title}",
    "plan.no_objective": "Acciones sin objetivo",
    "item.gap": "Brecha:",
    "item.root_cause": "Causa raíz:",
    "item.theory": "Teoría de la acción:",
    "item.resources": "Recursos:",
    "item.funding": "Financiamiento:",
    "item.with": "Con: {people}",
    "item.by": "Para el",
    "timeline.title": "El cronograma de 7 años",
    "timeline.explained": ("Cada acción a lo largo de los siete años escolares del plan, de {first} a {last}; una "
                           "celda sombreada con {mark} es un año en que la acción se lleva a cabo (de su fecha de "
                           "inicio a su fecha de vencimiento)."),
    "timeline.no_items": "Aún no hay acciones.",
    "timeline.action": "Acción",
    "timeline.lead": "Responsable",
    "timeline.note": "Nota",
    "timeline.no_dates": "aún sin fechas",
    "timeline.before": "comenzó antes del plan",
    "timeline.after": "continúa después del plan",
    "timeline.outside": "fuera de los años del plan",

    # ---- enrollment and isolation -----------------------------------------------------------------------------------
    "enrollment.title": "Matrícula y aislamiento de grupos minoritarios",
    "enrollment.none": ("No se ha importado la matrícula en esta autoevaluación. Importe la matrícula de la escuela "
                        "en la página Datos y MGI para medir el aislamiento."),
    "enrollment.source": ("Año escolar {year}. Fuente: {file}, hoja «{sheet}», importada el {day}{by}. "
                          "Comparada con: {reference}."),
    "enrollment.imported_by": " por {name}",
    "enrollment.read_with_care": "Lea con cuidado: {warning}",
    "enrollment.dimension_year": "{dimension}, {year}",
    "enrollment.suppression": ("Los recuentos menores de {size} se imprimen como «<{size}» para proteger la privacidad "
                               "de los estudiantes, al igual que toda cifra que permitiría deducir uno: su porcentaje, "
                               "su diferencia, su etiqueta en el gráfico y, cuando los demás recuentos y el total lo "
                               "revelarían, el siguiente recuento más pequeño («reservado»)."),
    "enrollment.charts": "Gráficos",
    "enrollment.progress_goal": "Meta de progreso: 2 puntos al año hacia el porcentaje del distrito",
    "enrollment.disproportionality": "Desproporcionalidad",
    "mgi.col.group": "Grupo",
    "mgi.col.school_n": "Escuela n",
    "mgi.col.school_share": "Escuela %",
    "mgi.col.district_n": "Distrito n",
    "mgi.col.district_share": "Distrito %",
    "mgi.col.difference": "± puntos",
    "mgi.col.status": "Situación",
    "mgi.isolated_prefix": "AISLADO: ",
    "risk.col.outcome": "Resultado",
    "risk.col.group": "Grupo",
    "risk.col.enrolled": "Matriculados",
    "risk.col.with_outcome": "Con el resultado",
    "risk.col.expected": "Esperado",
    "risk.col.ratio": "Razón de riesgo",
    "risk.col.why": "Por qué no hay razón",
    "rule.points": "más de {threshold} puntos porcentuales distinto del porcentaje del distrito",
    "rule.relative": "más de un {threshold} % del porcentaje del distrito distinto de él",
    "rule.sentence": ("Un grupo está aislado cuando su porcentaje en la escuela es {rule} — la regla relativa al "
                      "distrito (tal como la aplica Miami-Dade County Public Schools; perfil de miembro de Bridges "
                      "Collaborative)."),
    "federal.isolated": "aislada por grupos minoritarios",
    "federal.not_isolated": "no aislada por grupos minoritarios",
    "federal.withheld": ("Situación federal del MSAP (34 CFR 280.4): la escuela está {state} (más del 50 % de "
                         "estudiantes de minorías es aislamiento); el porcentaje exacto no se imprime porque {why}."),
    "federal.unknown": ("Situación federal del MSAP: desconocida (el archivo no da todos los grupos de raza u "
                        "origen étnico)."),
    "federal.known": ("Situación federal del MSAP (34 CFR 280.4): los estudiantes de minorías son el {share} de la "
                      "escuela, por lo que está {state} (más del 50 % es aislamiento)."),
    "diversity.withheld": "Diversidad: no se imprime, porque {why}.",
    "diversity.unknown": ("Diversidad: desconocida (faltan los recuentos de raza u origen étnico o están "
                          "reservados)."),
    "diversity.simpson": ("Diversidad (Simpson, 0 = un solo grupo): {simpson}, {normalized} del máximo posible"),
    "diversity.dissimilarity": "; disimilitud respecto del distrito: {dissimilarity} (0 = la misma composición)",
    "status.no_data": "sin datos",
    "status.over": "sobrerrepresentado por {points} puntos",
    "status.under": "subrepresentado por {points} puntos",
    "status.within": "dentro de la banda ({points} puntos)",
    "status.small": "; menos de {size} estudiantes, lea con cuidado",
    "privacy.small": "reservado: menos de {size} estudiantes",
    "privacy.complement": "reservado para que no se pueda deducir un recuento menor de {size}",
    "privacy.race_hidden": ("un grupo de raza u origen étnico tiene menos de {size} estudiantes, por lo que no se "
                            "imprimen las cifras que revelarían su recuento"),
    "privacy.withheld": "reservado",
    "progress.sentence": ("{group}, de {first} a {last}: del {from_share} al {to_share} (distrito {district}), {how}; "
                          "meta {needed} puntos — {verdict}."),
    "progress.moved": "se movió {points} puntos",
    "progress.reached_band": "llegó a la banda",
    "progress.met": "cumplida",
    "progress.not_met": "no cumplida",
    "dimension.race_ethnicity": "Raza u origen étnico",
    "dimension.gender": "Género",
    "dimension.english_learner": "Estudiantes de inglés",
    "dimension.disability": "Estudiantes con discapacidades",
    "dimension.economic": "Situación económica",
    # The seven federal race/ethnicity categories and the other groups (core.enrollment.groups), as the U.S.
    # Department of Education's Spanish forms name them.
    "group.Hispanic/Latino": "Hispano/latino",
    "group.American Indian or Alaska Native": "Indígena americano o nativo de Alaska",
    "group.Asian": "Asiático",
    "group.Black or African American": "Negro o afroamericano",
    "group.Native Hawaiian or Other Pacific Islander": "Nativo de Hawái u otras islas del Pacífico",
    "group.White": "Blanco",
    "group.Two or more races": "Dos o más razas",
    "group.Female": "Femenino",
    "group.Male": "Masculino",
    "group.Nonbinary": "No binario",
    "group.English learners": "Estudiantes de inglés",
    "group.Students with disabilities": "Estudiantes con discapacidades",
    "group.Economically disadvantaged": "En desventaja económica",
    # The outcomes the CRDC's variable names count (core.enrollment.federal_names); another outcome keeps its name.
    "outcome.Gifted": "Programa para superdotados",
    "outcome.AP enrollment": "Inscripción en cursos AP",
    "outcome.Out-of-school suspension": "Suspensión fuera de la escuela",
    "outcome.In-school suspension": "Suspensión dentro de la escuela",
    "outcome.Special education identification": "Identificación para educación especial",

    # ---- charts ---------------------------------------------------------------------------------------------------
    "chart.isolated": "aislado",
    "chart.withheld": "reservado (un recuento pequeño)",
    "chart.not_available": "no disponible",
    "chart.school": "Escuela",
    "chart.district": "Distrito",
    "chart.band_points": "Banda: a {threshold} puntos o menos",
    "chart.band_relative": "Banda: a un {threshold} % del porcentaje del distrito o menos",
    "chart.against_district": " (distrito {share})",
    "chart.legend_school": "Escuela: línea gruesa con puntos, un estilo por grupo",
    "chart.legend_district": "Distrito: línea gris fina discontinua por grupo",
    "chart.trend_title": "Raza u origen étnico, año por año",  # no longer than the English, or it runs into the legend

    # ---- sign-off -------------------------------------------------------------------------------------------------
    "signoff.title": "Aprobación",
    "signoff.agreement": ("Hemos leído este plan de acción y acordamos llevarlo a cabo y revisarlo juntos al menos una "
                          "vez por semestre."),
    "signoff.role": "Función",
    "signoff.name": "Nombre",
    "signoff.signature": "Firma",
    "signoff.date": "Fecha",
    "signoff.principal": "Director o directora",
    "signoff.team_lead": "Líder del equipo directivo",
    "signoff.district": "Representante del distrito",
    "signoff.family": "Representante de las familias",
    "signoff.partner": "Representante de los socios",

    # ---- the full record and the checklist ------------------------------------------------------------------------
    "record.title": "Calificaciones y evidencia",
    "record.explained": ("Cada elemento del marco tal como lo calificó el equipo, con su nota de evidencia. Los "
                         "elementos nunca calificados dicen «Sin calificar»."),
    "record.col.number": "#",
    "record.col.text": "Texto (citado del marco)",
    "record.col.text_translated": "Texto (traducción no oficial; debajo, el original en inglés)",
    "record.col.text_unofficial": "Texto (traducción no oficial del marco)",
    "record.col.rating": "Calificación",
    "record.col.evidence": "Evidencia",
    "record.stage": "Etapa {number}: {name}",
    "record.part": "Etapa {number}: {part}",
    "record.ballots": "Boletas: {votes} ({agreement}).",
    "record.reason": "Razón del equipo: {reason}",
    "record.original": "Original en inglés:",
    "part.key_actions": "acciones clave",
    "part.map": "mapa — {component}",
    "part.benchmarks": "hitos",
    "ballots.none": "Sin calificaciones",
    "ballots.nobody": "nadie lo calificó",
    "ballots.all_agree": "todos coinciden",
    "ballots.apart": {"one": "el {share} eligió lo mismo; {n} nivel de diferencia",
                      "other": "el {share} eligió lo mismo; {n} niveles de diferencia"},
    "checklist.title": "Lista de verificación para la autoevaluación",
    "checklist.title_stage": "Lista de verificación para la autoevaluación, etapa {stage}",
    "checklist.intro": ("Marco para el desarrollo de escuelas magnet — para equipos que trabajan en papel. Marque una "
                        "casilla por elemento y escriba la evidencia en las líneas; después, introduzca las "
                        "calificaciones en Equity Desktop."),
    "checklist.school_date": "<b>Escuela:</b> ______________________________ &nbsp; <b>Fecha:</b> ______________",
    "checklist.name_line": ("<b>Nombre</b> (la boleta propia de un miembro, o quien anotó las calificaciones del "
                            "equipo): ____________________"),
    "checklist.col.code": "Código",
    "checklist.no_stage": "No existe la etapa {stage}; el marco tiene las etapas 1 a {last}.",

    # ---- the Excel copy -------------------------------------------------------------------------------------------
    "xlsx.sheet.about": "Acerca de",
    "xlsx.sheet.plan": "Plan de acción",
    "xlsx.sheet.ratings": "Calificaciones",
    "xlsx.col.id": "ID",
    "xlsx.col.objective": "Objetivo",
    "xlsx.col.component": "Componente",
    "xlsx.col.stage": "Etapa",
    "xlsx.col.status": "Estado",
    "xlsx.col.part": "Parte",
    "xlsx.col.number": "#",
    "xlsx.col.text": "Texto (citado del marco)",
    "xlsx.col.text_unofficial": "Texto (traducción no oficial del marco)",
    "xlsx.col.rating": "Calificación",
    "xlsx.col.evidence": "Evidencia",
    "xlsx.date_format": " (AAAA-MM-DD)",
    "xlsx.about.title": "Plan de acción y calificaciones — {school}",
    "xlsx.about.school_year": "Año escolar {year}",
    "xlsx.about.edit": ("Edite las hojas «Plan de acción» y «Calificaciones», guarde el archivo y tráigalo de vuelta "
                        "con Archivo → Importar plan desde Excel… en Equity Desktop. Verá cada cambio antes de que se "
                        "aplique."),
    "xlsx.about.ids": ("Deje las columnas ID como están. Agregue una acción nueva en una fila vacía sin ID. Las fechas "
                       "se escriben como AAAA-MM-DD."),
    "xlsx.about.delete": ("Borrar una fila aquí no borra la acción; bórrela en el programa, donde se puede deshacer."),
    "xlsx.choose_status": "Elija un estado de la lista.",
    "xlsx.choose_component": "Elija uno de los cinco componentes.",
    "xlsx.choose_stage": "La etapa es un número del 1 al 4.",
    "xlsx.choose_rating": "Elija una calificación de la lista.",
    "xlsx.choose_benchmark": "Elija No cumplido, Cumplido en parte, Cumplido o Sin calificar.",
    "xlsx.not_in_list": "No está en la lista",
    # A plan item's fields (core.review.plan_records.FIELD_LABELS): the Excel copy's headers.
    "field.title": "Acción",
    "field.objective_id": "Objetivo",
    "field.component_id": "Componente",
    "field.stage_number": "Etapa",
    "field.gap_kind": "Tipo de brecha",
    "field.gap_ref": "Brecha",
    "field.status": "Estado",
    "field.gap_text": "Brecha que atiende",
    "field.root_cause": "Causa raíz",
    "field.theory_of_action": "Teoría de la acción (Si … entonces …)",
    "field.steps": "Pasos",
    "field.lead": "Responsable",
    "field.responsible": "Personas responsables",
    "field.resources": "Recursos",
    "field.funding_source": "Fuente de financiamiento",
    "field.start": "Inicio",
    "field.due": "Vencimiento",
    "field.metric": "Indicador",
    "field.baseline": "Línea de base",
    "field.target": "Meta",
    "field.target_date": "Fecha de la meta",
    "field.progress_notes": "Notas de progreso",

    # ---- labels of the review's values (core.review.scales, plan_records): "ClassName.value" ----------------------
    "Rating.unrated": "Sin calificar",
    "Rating.not_started": "Sin iniciar",
    "Rating.emerging": "Emergente",
    "Rating.progressing": "En progreso",
    "Rating.in_place": "Implementado",
    "Rating.not_applicable": "No aplica",
    "BenchmarkStatus.unrated": "Sin calificar",
    "BenchmarkStatus.not_met": "No cumplido",
    "BenchmarkStatus.partly_met": "Cumplido en parte",
    "BenchmarkStatus.met": "Cumplido",
    "ActionStatus.not_started": "Sin iniciar",
    "ActionStatus.in_progress": "En curso",
    "ActionStatus.on_hold": "En pausa",
    "ActionStatus.done": "Terminada",
    "StakeholderGroup.student": "Estudiantes",
    "StakeholderGroup.teacher": "Docentes",
    "StakeholderGroup.family": "Familias",
    "StakeholderGroup.administrator": "Administración",
    "StakeholderGroup.district": "Distrito",
    "StakeholderGroup.partner": "Socios",
    "StakeholderGroup.community": "Comunidad",
    "ProgramType.district_wide": "En todo el distrito",
    "ProgramType.program_within_school": "Programa dentro de una escuela",
    "ProgramType.school_wide": "En toda la escuela",

    # ---- the command line -------------------------------------------------------------------------------------------
    "cli.wrote_plan": "Se escribió el plan de acción en {path}",
    "cli.wrote_xlsx": "Se escribieron el plan y las calificaciones en {path}",
    "cli.wrote_checklist": "Se escribió la lista de verificación en blanco en {path}",
    "cli.say_where": "Indique dónde escribir el plan: -o plan.pdf, --xlsx plan.xlsx, o ambos.",
    "cli.not_pdf": "{name} no termina en .pdf; nombre el archivo como plan.pdf.",
    "cli.not_xlsx": "{name} no termina en .xlsx; nombre el archivo como plan.xlsx.",

    # ---- el título de un elemento (core.framework.display.item_caption), en el idioma del marco mostrado ------
    "caption.stage": "Etapa {number} · {name}",
    "caption.key_action": "Acción clave {number}",
    "caption.benchmark": "Hito {number}",

    # ---- un cambio de la autoevaluación en palabras (core.review.change_words) -------------------------------
    "change.rating": "{item}: calificación",
    "change.note": "{item}: nota de evidencia",
    "change.rationale": "{item}: la razón del equipo",
    "change.profile": "Perfil de la escuela: {field}",
    "change.team": "Miembro del equipo {name}",
    "change.objective": "Objetivo «{title}»",
    "change.item": "Acción «{title}»",
    "change.suggestion": "Sugerencia {name}",
    "change.snapshot": "Matrícula {name}",
    "change.setting": "Ajuste: {name}",
    "change.ballot": "Boleta de {member}",
    "change.removed": "eliminado",
    "change.empty": "vacío",
    "change.dismissed": "descartada",
    "change.offered_again": "ofrecida de nuevo",
    "change.not_chosen": "sin elegir",
    "change.no_group": "sin grupo elegido",
    "change.imported": "importada de {file} el {date}",
    "change.ratings": {"one": "{n} calificación", "other": "{n} calificaciones"},
    "profile.school": "Escuela",
    "profile.district": "Distrito",
    "profile.school_year": "Año escolar",
    "profile.magnet_theme": "Tema magnet",
    "profile.program_type": "Tipo de programa",
    "profile.grades_served": "Grados",
    "setting.mgi_rule": "Regla de aislamiento",
    "setting.mgi_threshold": "Umbral de aislamiento",
    "setting.suppression_size": "Recuento más pequeño impreso",

    # ---- lo que trae un libro de Excel editado (core.output.workbook_merge, plan_changes) -----------------------
    "return.rating": "Calificación de {item}: {what}",
    "return.rating_changed": "{old} → {new}",
    "return.note_changed": "nota de evidencia cambiada",
    "return.rating_words": "{rating} — «{note}»",
    "return.rating_no_note": "{rating} (sin nota de evidencia)",
    "return.new_objective": "Objetivo nuevo: {title}",
    "return.new_item": "Acción nueva: {title}",
    "return.deleted": ("«{title}» se eliminó en el programa después de escribir el libro; sus cambios en el libro "
                       "no se aplicaron (deshaga primero la eliminación para conservarlos)."),
    "return.item_changed": "Acción «{title}»: cambió {fields}",
    "return.item_conflict": "Acción «{title}» ({fields})",
    "return.chosen": "{what}: {workbook} (la del libro, elegida en lugar de {program})",

    # ---- recoger boletas (core.review.ballots) -------------------------------------------------------------
    "ballot.not_a_ballot": ("{name} no es una boleta de Equity Desktop (es una hoja de cálculo o un archivo de otro "
                            "programa); recoja los archivos {suffix} que devolvieron los miembros."),
    "ballot.is_a_review": ("{name} es una autoevaluación, no una boleta; para traer otra copia de la "
                           "autoevaluación, use Combinar otra copia."),
    "ballot.other_review": "{name} es una boleta de otra autoevaluación, no de esta; no se recogió.",
    "ballot.no_member": ("{name} no tiene el nombre del miembro; ábrala, escriba el nombre arriba y vuelva a "
                         "recogerla."),
    "ballot.nothing_newer": "{name} ({member}) ya se había recogido; no trae nada más nuevo.",
    "ballot.blank": ("{name} ({member}) todavía no tiene calificaciones; no se recogió nada. Vuelva a recogerla "
                     "cuando el miembro haya calificado."),
    "ballot.empty": ("{name} está vacío (0 bytes): la boleta se perdió al copiarla; pida al miembro que vuelva a "
                     "enviar el archivo {suffix}."),

    # ---- the privacy presets (core.settings.SUPPRESSION_PRESETS) ---------------------------------------------
    "setting.suppress_under_default": "menos de {count} estudiantes (la regla más común; la predeterminada)",
    "setting.suppress_under": "menos de {count} estudiantes",
    "setting.suppress_at_most": "{count} estudiantes o menos",
    "ballot.taken_new": "{member}: {ratings} (nueva), de {name}",
    "ballot.taken_later": "{member}: {ratings} (una versión posterior), de {name}",

    # ---- notas del lector de matrícula (core.enrollment.table.Note) -------------------------------------------
    "note.where_sheet": "hoja «{sheet}»",
    "note.where_row": "fila {row}",
    "note.where_column": "columna {column}",
    "note.hidden": " (oculta)",
    "note.more_errors": {"one": "{n} celda más como estas; corrija las de arriba y vuelva a leer el informe.",
                         "other": "{n} celdas más como estas; corrija las de arriba y vuelva a leer el informe."},
    "note.no_school_name": "esta fila tiene números pero no el nombre ni el código de una escuela; se dejó fuera.",
    "note.total_in_name": ("«{name}» tiene «Total» en el nombre, pero sus números no son la suma de las filas de "
                           "arriba: se leyó como una escuela."),
    "note.subtotal": "«{name}» parece un subtotal; se dejó fuera.",
    "note.repeats": ("«{name}» ({code}) repite la fila {first_row} («{first}»); se sumaron las dos filas. Si son "
                     "escuelas distintas, deles códigos distintos."),
    "note.repeats_no_code": ("«{name}» (sin código) repite la fila {first_row} («{first}»); se sumaron las dos "
                             "filas. Si son escuelas distintas, deles códigos distintos."),
    "note.fractions": ("las columnas de porcentaje tienen fracciones (0,125 por 12,5 %); se leyeron como "
                       "porcentajes."),
    "note.nonbinary_reserve": {
        "one": ("{n} celda de no binario (_X) tiene un código reservado, como cuando un estado no recoge el dato de "
                "no binario; los grupos son los estudiantes de sexo masculino y femenino."),
        "other": ("{n} celdas de no binario (_X) tienen un código reservado, como cuando un estado no recoge el dato "
                  "de no binario; los grupos son los estudiantes de sexo masculino y femenino."),
    },
    "note.footnote": "{text} es una nota bajo la tabla, no una escuela; se dejó fuera.",
    "note.zero_rows_filled": {
        "one": ("{n} combinación de escuela y grupo no tiene fila en el archivo y se leyó como 0 (los editores "
                "omiten las filas cuyo recuento es 0)."),
        "other": ("{n} combinaciones de escuela y grupo no tienen fila en el archivo y se leyeron como 0 (los "
                  "editores omiten las filas cuyo recuento es 0)."),
    },
    "note.unknown_value": {
        "one": ("el valor «{text}» ({n} fila) no nombra ningún grupo que el programa conozca; esas filas se dejaron "
                "fuera. Si nombra un grupo, diga cuál en los «values» de un archivo de correspondencias "
                "(docs/enrollment.md)."),
        "other": ("el valor «{text}» ({n} filas) no nombra ningún grupo que el programa conozca; esas filas se "
                  "dejaron fuera. Si nombra un grupo, diga cuál en los «values» de un archivo de correspondencias "
                  "(docs/enrollment.md)."),
    },
    "note.not_a_number": "«{text}» no es un número; escriba el número, o * si el recuento se suprimió.",
    "note.sum_of_columns": "el recuento de cada fila es la suma de las columnas {columns}.",
    "note.subtotal_rows": {
        "one": "{n} fila de subtotal (según TOTAL_INDICATOR) se dejó fuera para no contar nada dos veces.",
        "other": "{n} filas de subtotal (según TOTAL_INDICATOR) se dejaron fuera para no contar nada dos veces.",
    },
    "note.ccd_derived": ("el archivo no tiene filas de Category Set A; los grupos se leen del subtotal derivado por "
                         "raza u origen étnico y sexo, y el total, del total derivado de la unidad educativa (ambos "
                         "sin educación de adultos)."),
    "note.ccd_no_kind": ("ningún valor de TOTAL_INDICATOR es «Category Set A» ni un subtotal derivado por raza y "
                         "sexo, así que ninguna fila dice cuántos estudiantes hay de cada grupo; elija qué contienen "
                         "las columnas."),
    "note.other_sheets": "el libro tiene también {sheets}; elija otra hoja por su nombre o su número.",
    "note.decided_column": "{decision}; si no es así, elija qué contiene la columna.",
    "note.decided_columns": "columnas {columns}: leídas como {labels} ({reason}); si no es así, elija qué contienen.",
    "note.decided_columns_unused": "columnas {columns}: sin usar ({reason}); si no es así, elija qué contienen.",
    "note.unused_columns": "columnas sin usar: {columns}.",
    "note.unused_columns_more": "columnas sin usar: {columns} y {more} más.",
    "note.header_repeats": ("el encabezado repite {headers}; las columnas repetidas se suman. Si una de ellas es "
                            "otra cosa, elija qué contiene."),
    "note.suppressed_cells": {
        "one": ("{n} celda suprimida (como *, <10, >95 o un código reservado) se leyó como no disponible, nunca "
                "como 0."),
        "other": ("{n} celdas suprimidas (como *, <10, >95 o un código reservado) se leyeron como no disponibles, "
                  "nunca como 0."),
    },
    "note.blank_cells": {
        "one": "{n} celda en blanco de las columnas de recuento se leyó como no disponible.",
        "other": "{n} celdas en blanco de las columnas de recuento se leyeron como no disponibles.",
    },
    "note.left_out": "{name} se dejó fuera.",
    "note.suppressed_everywhere": ("{group} está suprimido en todas las filas, así que no tiene números en este "
                                   "archivo."),
    "note.fractional": ("algunos recuentos son fraccionarios (como alumnos de media jornada contados como 0,5); se "
                        "conservan tal cual."),
    "note.share_over_100": ("{unit}: el porcentaje de {group} es {share} %, más del 100 %; corrija la celda (¿un "
                            "recuento en una columna de porcentaje?)."),
    "note.total_mismatch": ("{unit}: los recuentos por {dimension} suman {found}, el total dice {total}; los "
                            "porcentajes son del total (vea la advertencia junto a los números)."),
    "note.students_no_school": {
        "one": "{n} fila de estudiante no nombra ninguna escuela; se dejó fuera.",
        "other": "{n} filas de estudiantes no nombran ninguna escuela; se dejaron fuera.",
    },
    "note.not_yes_no": {
        "one": "«{text}» ({n} fila) no es un valor sí/no; use Y/N, Yes/No, 1/0, TRUE/FALSE o X/en blanco.",
        "other": "«{text}» ({n} filas) no es un valor sí/no; use Y/N, Yes/No, 1/0, TRUE/FALSE o X/en blanco.",
    },
    "note.outcome_not_yes_no": "«{text}» no es un valor sí/no; esos estudiantes cuentan como sin el resultado.",
    "note.outcomes_read": "{names}: leído de {file} para {matched} de {schools} escuelas.",
    "note.outcomes_unmatched": {
        "one": "{n} escuela de {file} no está en este archivo de matrícula y se dejó fuera: {shown}.",
        "other": "{n} escuelas de {file} no están en este archivo de matrícula y se dejaron fuera: {shown}.",
    },
    "note.outcomes_unmatched_more": {
        "one": "{n} escuela de {file} no está en este archivo de matrícula y se dejó fuera: {shown} y {more} más.",
        "other": ("{n} escuelas de {file} no están en este archivo de matrícula y se dejaron fuera: {shown} y "
                  "{more} más."),
    },
    "note.outcomes_missing": {
        "one": "{n} escuela del archivo de matrícula no tiene fila en {file}: sin desproporcionalidad para ella.",
        "other": "{n} escuelas del archivo de matrícula no tienen fila en {file}: sin desproporcionalidad para ellas.",
    },
    # ---- errors of enrollment files (core.enrollment: EnrollmentFileError and its kin), "error.…" ----------------
    "error.located": "{where}: {message}",
    "error.resave": "Ábralo en Excel o LibreOffice, vuelva a guardarlo como .xlsx o .csv e importe esa copia.",
    "error.out_of_memory": ("la computadora se quedó sin memoria al leer este archivo; cierre otros programas, o "
                            "guarde solo la hoja que necesita en un archivo aparte, y vuelva a intentarlo."),
    "error.worker_out_of_memory": ("La computadora se quedó sin memoria al leer este archivo; cierre otros "
                                   "programas, o guarde solo la hoja que necesita en un archivo aparte, y vuelva a "
                                   "intentarlo."),
    "error.worker_ended": ("La lectura se detuvo de forma inesperada (terminó el proceso que leía el archivo); "
                           "vuelva a intentarlo y, si vuelve a ocurrir, guarde la hoja en un archivo aparte."),
    "error.file_missing": "el archivo no existe; revise el nombre y la carpeta.",
    "error.file_unreadable": ("no se puede leer el archivo ({reason}); compruebe que no esté abierto en otro "
                              "programa y que la unidad siga conectada."),
    "error.file_empty": "el archivo está vacío (0 bytes); pida el archivo de nuevo o vuelva a exportarlo.",
    "error.not_a_spreadsheet": ("esto es {what}, no una hoja de cálculo, aunque su nombre diga otra cosa. Importe la "
                                "propia hoja de cálculo (.xlsx, .xls, .ods o .csv)."),
    "error.a_png": "una imagen PNG",
    "error.a_jpeg": "una imagen JPEG",
    "error.a_pdf": "un documento PDF",
    "error.a_gif": "una imagen GIF",
    "error.xml_file": ("esto es un archivo XML (quizás una hoja de cálculo XML de Excel 2003), que el programa no "
                       "puede leer. {resave}"),
    "error.web_page": ("esto es una página web guardada con el nombre de una hoja de cálculo, a menudo una página de "
                       "error de una descarga. Ábrala en un navegador para ver qué dice y vuelva a descargar la hoja "
                       "de cálculo."),
    "error.not_a_table": "esto no es una hoja de cálculo ni una tabla de texto. {resave}",
    "error.no_sheets": "el libro no tiene hojas. {resave}",
    "error.no_sheet_named": "no hay ninguna hoja {sheet}; las hojas son {sheets}.",
    "error.no_sheet_numbered": {"one": "no hay ninguna hoja {number}; el libro tiene {n} hoja (numerada desde 1).",
                                "other": "no hay ninguna hoja {number}; el libro tiene {n} hojas (numeradas desde 1)."},
    "error.no_reader": ("ningún lector pudo abrir este archivo {kind} ({failures}); ábralo en Excel o LibreOffice, "
                        "vuelva a guardarlo como .xlsx o .csv e importe esa copia."),
    "error.text_too_large": ("el archivo ocupa {size} y el programa lee como máximo {limit} de un archivo de texto; "
                             "deje solo las filas que necesita (las escuelas de un estado o distrito) en un archivo "
                             "más pequeño e importe ese."),
    "error.cell_too_long": ("una celda que empieza en esta línea tiene más de {most} caracteres, lo que suele indicar "
                            "unas comillas (\") que nunca se cierran; abra el archivo en un editor de texto, cierre o "
                            "quite esas comillas y vuelva a importarlo."),
    "error.bad_line": ("esta línea no se puede leer como parte de una tabla ({problem}); abra el archivo en un editor "
                       "de texto, corrija la línea y vuelva a importarlo."),
    "error.size_gb": "{size} GB",
    "error.size_mb": "{size} MB",
    "error.size_kb": "{size} KB",
    "error.size_bytes": {"one": "{n} byte", "other": "{n} bytes"},
    "error.workbook_too_large": ("el libro ocupa {size} y el programa lee como máximo {limit}; guarde solo la hoja "
                                 "que necesita en un libro aparte, o como .csv, e importe ese archivo."),
    "error.the_sheet": "la hoja",
    "error.the_sheet_in": "la hoja de «{part}»",
    "error.too_many_cells": ("{where} llega hasta la celda {corner}, así que leerla supone {rows} filas × {columns} "
                             "columnas = {cells} celdas, más de {limit}; elimine las filas y columnas que siguen a los "
                             "datos (o copie los datos en un libro nuevo), guárdelo e importe esa copia."),
    "error.cells_limit": "las {most} que lee el programa",
    "error.cells_limit_sparse": "las {most} que el programa lee de una hoja de este tamaño, casi vacía",
    "error.beyond_sheet": ("{where} tiene una celda en {cell}, más allá de la última celda que puede tener una hoja "
                           "({last}), así que el archivo está dañado; ábralo en Excel o LibreOffice, vuelva a "
                           "guardarlo como .xlsx o .csv e importe esa copia."),
    "error.zip_damaged": ("ningún lector pudo abrir este archivo {kind} (el archivo comprimido zip está dañado: "
                          "{problem}); ábralo en Excel o LibreOffice, vuelva a guardarlo como .xlsx o .csv e importe "
                          "esa copia."),
    "error.too_many_parts": ("el libro tiene {parts} partes, más de las {most} que tiene una hoja de cálculo, así que "
                             "está dañado o no es una hoja de cálculo; ábralo en Excel o LibreOffice, vuelva a "
                             "guardarlo como .xlsx o .csv e importe esa copia."),
    "error.xlsb": ("esto es un libro binario de Excel (.xlsb), que el programa no puede leer; ábralo en Excel, "
                   "guárdelo como .xlsx e importe esa copia."),
    "error.unpacks_too_large": ("el libro descomprimido ocupa {size} y el programa lee como máximo {limit}; guarde "
                                "solo la hoja que necesita en un libro aparte, o como .csv, e importe ese archivo."),
    "error.unpacks_too_far": ("el libro pasa de {packed} a {size} al descomprimirse, mucho más de lo que se comprime "
                              "una hoja de cálculo (como mucho {most} veces), así que el archivo está dañado o hecho "
                              "para agotar la memoria; pida el archivo de nuevo."),
    "error.part_encrypted": ("la parte «{part}» del libro está cifrada, así que no se puede leer; ábralo en Excel o "
                             "LibreOffice, vuelva a guardarlo como .xlsx o .csv e importe esa copia."),
    "error.part_unpacks_too_far": ("la parte «{part}» pasa de {packed} a {size} al descomprimirse ({ratio} veces), "
                                   "mucho más de lo que se comprime una hoja de cálculo (como mucho {most} veces), así "
                                   "que el archivo está dañado o hecho para agotar la memoria; pida el archivo de "
                                   "nuevo."),
    "error.tables_too_many_cells": ("las tablas de este libro suman {cells} celdas, más de las {most} que lee el "
                                    "programa; guarde solo la hoja que necesita en un libro aparte e importe ese "
                                    "archivo."),
    "error.password": ("el libro está protegido con contraseña, así que no se puede leer; ábralo en Excel, quite la "
                       "contraseña, guárdelo e importe esa copia."),
    "error.no_header": ("no se encontró la fila de encabezado en las primeras filas: ninguna fila nombra una escuela, "
                        "un grupo de estudiantes (como Black, Hispanic, Female) ni un recuento. Compruebe que esta "
                        "hoja contiene la matrícula, o indique qué fila es el encabezado y qué contiene cada columna."),
    "error.mapping_missing": "el archivo de correspondencias no existe; revise su nombre.",
    "error.mapping_not_json": ("el archivo de correspondencias no es un JSON válido ({problem}); vuelva a guardarlo "
                               "desde el programa o corríjalo en un editor de texto."),
    "error.mapping_not_ours": ('este no es un archivo de correspondencias de Equity Desktop (necesita "format": '
                               '"{format}").'),
    "error.mapping_shape": "«shape» debe ser uno de estos valores: {shapes}.",
    "error.mapping_role": ("la columna «{header}» tiene el rol «{role}», que el programa no conoce; vea los roles en "
                           "docs/enrollment.md."),
    "error.mapping_header_row": {
        "one": ("el header_row {header_row} del archivo de correspondencias está fuera de la hoja (tiene {n} "
                "fila)."),
        "other": ("el header_row {header_row} del archivo de correspondencias está fuera de la hoja (tiene {n} "
                  "filas)."),
    },
    "error.mapping_no_column": ("el archivo de correspondencias nombra una columna «{header}» que no está en la fila "
                                "de encabezado (fila {row})."),
    "error.sheet_empty": "la hoja está vacía; elija la hoja que contiene la matrícula.",
    "error.only_totals": ("el encabezado está en la fila {row}, pero debajo solo hay filas de totales ({totals}); "
                          "compruebe que esta hoja contiene los datos de las escuelas."),
    "error.no_school_rows": ("el encabezado está en la fila {row}, pero ninguna fila de debajo nombra una escuela con "
                             "números; compruebe que esta hoja contiene los datos de las escuelas."),
    "error.year_not_in_file": "no hay filas del año escolar {year}; los años del archivo son: {years}.",
    "error.no_years": "ninguno",
    "error.no_group_column": ("ninguna columna del encabezado (fila {row}) nombra un grupo de estudiantes (como "
                              "Black, Hispanic, Female, English learners) ni es una columna de raza u origen étnico; "
                              "elija qué contiene cada columna."),
    "error.no_count_column": ("parece que hay una fila por grupo, pero ninguna columna contiene los recuentos (un "
                              "encabezado como Count o Student count, fila {row}); elija qué columna contiene los "
                              "recuentos."),
    "error.cells_not_read": {
        "one": "{count} celda no se pudo leer; corríjala y vuelva a intentarlo:\n  {notes}",
        "other": "{count} celdas no se pudieron leer; corríjalas y vuelva a intentarlo:\n  {notes}",
    },
    "error.no_year": "el archivo no dice de qué año escolar es; indique el año escolar (por ejemplo, 2024-25).",
    "error.other_school": ("{school} no es la escuela para la que se importaron los años anteriores de esta "
                           "autoevaluación, {theirs}; una tendencia entre dos escuelas sería errónea"),
    "error.school_and_code": "{name} (código {code})",
    "error.other_school_refused": "{sentence}.",
    "error.no_outcome_column": ("ninguna columna de este archivo cuenta estudiantes con un resultado (como "
                                "SCH_GTENR_HI_M para dotados y talentosos, o una columna «AP» o «Suspension»); vuelva "
                                "a elegir el archivo de resultados."),
    "error.list_format": ("{name}: la lista se puede guardar como .csv, .xlsx o .json; termine el nombre con una de "
                          "esas extensiones."),
    # ---- warnings and reasons the enrollment results carry (mgi, analysis, role_labels, snapshot), "result.…" -------
    # el estado de un grupo y por qué no lo tiene (mgi.GroupResult.status, Share.why_missing)
    "result.no_total": "no hay total por el que dividir",
    "result.suppressed": "suprimido en el archivo",
    "result.blank": "en blanco en el archivo",
    "result.not_in_school": "no figura en los datos de la escuela",
    "result.not_in_district": "no figura en los datos del distrito",
    "result.group_status": "{group}: {status}.",
    "result.status_small": "{status}; menos de {size} estudiantes, lea con cuidado",
    # grupos que no suman el total (mgi.Coverage.sentence)
    "result.the_school": "la escuela",
    "result.the_district": "el distrito",
    "result.fewer_than": "menos de {size}",
    "result.coverage_over": ("En {whose}, los grupos de {label} suman {read}, más que su total de {total} "
                             "estudiantes: puede que se haya leído como estudiantes una columna que no los contiene "
                             "(un código, un año, un porcentaje); revise el paso de columnas (o la asignación)."),
    "result.coverage_gap": ("En {whose}, los grupos de {label} leídos del archivo suman {read} de sus {total} "
                            "estudiantes: {gap} estudiantes no están en ningún grupo que el programa leyera (una "
                            "columna que no reconoció, o una categoría desconocida). Los porcentajes son de todos los "
                            "estudiantes, así que no suman 100 %; indique la columna que falta en el paso de columnas "
                            "(o en la asignación) para contarlos."),
    "result.coverage_gap_small": ("En {whose}, los grupos de {label} leídos del archivo suman todos sus {total} "
                                  "estudiantes salvo menos de {size}, que el programa no leyó (una columna que no "
                                  "reconoció, o una categoría desconocida). Los porcentajes son de todos los "
                                  "estudiantes, así que no suman 100 %; indique la columna que falta en el paso de "
                                  "columnas (o en la asignación) para contarlos."),
    "result.coverage_unknown_or_unread": ("En {whose}, {gap} de sus {total} estudiantes no están en ningún grupo de "
                                          "{label}: el archivo no lo da para algunos (\u201cno especificado\u201d), y "
                                          "los demás están en una columna o categoría que el programa no leyó. Los "
                                          "porcentajes son de todos los estudiantes, así que suman menos de 100 %."),
    "result.coverage_unspecified": ("En {whose}, el archivo no da {label} para {unspecified} de sus {total} "
                                    "estudiantes (\u201cno especificado\u201d): cuentan en el total y en ningún grupo, "
                                    "así que los porcentajes suman menos de 100 %."),
    "result.coverage_unspecified_and_unread": (
        "En {whose}, el archivo no da {label} para {unspecified} de sus {total} estudiantes (\u201cno "
        "especificado\u201d): cuentan en el total y en ningún grupo, así que los porcentajes suman menos de 100 %. "
        "Otros {rest} estudiantes no están en ningún grupo que el programa leyera (una columna que no reconoció, o "
        "una categoría desconocida); indique la columna que falta en el paso de columnas (o en la asignación) para "
        "contarlos."),
    # un distrito sumado a partir de sus escuelas (mgi.sum_units)
    "result.share_of_reporting": {
        "one": ("el porcentaje de {group} del distrito es de las {reporting} de {schools} escuelas que lo informan (y "
                "de sus estudiantes); {n} escuela lo deja suprimido o en blanco."),
        "other": ("el porcentaje de {group} del distrito es de las {reporting} de {schools} escuelas que lo informan "
                  "(y de sus estudiantes); {n} escuelas lo dejan suprimido o en blanco."),
    },
    "result.counted_by_groups": {
        "one": ("{n} escuela sin matrícula total cuenta en la suma del distrito con la suma de sus grupos de raza u "
                "origen étnico."),
        "other": ("{n} escuelas sin matrícula total cuentan en la suma del distrito con la suma de sus grupos de raza "
                  "u origen étnico."),
    },
    "result.no_total_left_out": {
        "one": ("{n} escuela de {schools} no da matrícula total (suprimida o en blanco) y queda fuera de los "
                "porcentajes del distrito."),
        "other": ("{n} escuelas de {schools} no dan matrícula total (suprimida o en blanco) y quedan fuera de los "
                  "porcentajes del distrito."),
    },
    "result.closed_left_out": {
        "one": "{n} escuela con 0 estudiantes quedó fuera de la suma del distrito.",
        "other": "{n} escuelas con 0 estudiantes quedaron fuera de la suma del distrito.",
    },
    # con qué se compara una escuela (analysis)
    "result.reference_district": "su propio distrito",
    "result.reference_state": "el estado (su fila u hoja en el archivo)",
    "result.reference_file": "todo el archivo (cada escuela que contiene)",
    "result.at_row": ", fila {row}",
    "result.source_file_sum": {"one": "suma de la {n} escuela de {file}",
                               "other": "suma de las {n} escuelas de {file}"},
    "result.source_district_row": "fila del distrito \u201c{name}\u201d de {district} en {file}{where}",
    "result.source_district_sum": {"one": "suma de la {n} escuela de {district} en {file}",
                                   "other": "suma de las {n} escuelas de {district} en {file}"},
    "result.source_district_in": "distrito \u201c{name}\u201d en {file}, hoja \u201c{sheet}\u201d{where}",
    "result.source_state_row": "fila del estado \u201c{name}\u201d en {file}{where}",
    "result.source_district_total": "fila del distrito \u201c{name}\u201d en {file}{where}",
    "result.source_only_row": "\u201c{name}\u201d en {file}",
    "result.source_sum": {"one": "suma de la {n} escuela de {file}", "other": "suma de las {n} escuelas de {file}"},
    "result.district_total_rows": "el archivo tiene {rows} filas de total del distrito; se usó la primera.",
    "result.state_total_rows": "el archivo tiene {rows} filas de total del estado; se usó la primera.",
    "result.not_measured": "sin medir: {reason}",
    "result.measuring_school": "Midiendo la escuela {number} de {schools}",
    "result.measuring_schools": "Midiendo {schools} escuelas",
    "error.analysis_other_district": ("el distrito de la escuela ({district}) no es el distrito de este archivo "
                                      "({label}); dé el archivo del propio distrito de la escuela, o compárela con el "
                                      "estado."),
    "error.analysis_no_district": ("el archivo contiene {districts} distritos, y la fila de esta escuela no nombra "
                                   "ninguno; complete su distrito, o compárela con el estado o con todas las escuelas "
                                   "del archivo."),
    "error.analysis_district_not_listed": ("el distrito de la escuela ({district}) no está en esta lista de distritos; "
                                           "compárela con el estado, o dé el archivo propio del distrito."),
    "error.analysis_no_state_row": ("el archivo no tiene una fila del estado con la que comparar; compare con el "
                                    "distrito, o dé un archivo del estado como archivo del distrito."),
    "error.analysis_nothing_to_compare": ("no hay nada con que comparar en {year}: ninguna fila del distrito y "
                                          "ninguna escuela en ese año."),
    "error.analysis_several_schools": ("\u201c{wanted}\u201d coincide con varias escuelas ({names}); indique su código "
                                       "o su nombre completo."),
    "error.analysis_no_such_school": ("ninguna escuela se llama ni tiene el código \u201c{wanted}\u201d. Entre las "
                                      "escuelas del archivo están: {examples}."),
    "error.analysis_only_a_total": ("esta hoja contiene solo el total de {name}, sin nada con que compararlo; elija "
                                    "la hoja que enumera las escuelas."),
    # las frases de la autoevaluación (review_data)
    "result.diversity": "Diversidad (Simpson, 0 = un solo grupo): {simpson}, {normalized} del máximo posible.",
    "result.diversity_dissimilarity": ("Diversidad (Simpson, 0 = un solo grupo): {simpson}, {normalized} del máximo "
                                       "posible; disimilitud respecto del distrito: {dissimilarity} (0 = la misma "
                                       "composición)."),
    # por qué no se muestra una razón de riesgo (disproportionality)
    "result.risk_no_data": "sin datos para este grupo",
    "result.risk_no_other": "ningún otro estudiante tiene este resultado",
    "result.risk_few_in_group": "menos de {size} estudiantes en el grupo (tamaño n)",
    "result.risk_few_with_outcome": "menos de {size} estudiantes con el resultado (tamaño mínimo de celda)",
    "result.risk_few_others": "menos de {size} otros estudiantes con los que comparar (tamaño n)",
    "result.risk_few_others_with_outcome": ("menos de {size} otros estudiantes con el resultado (tamaño mínimo de "
                                            "celda)"),
    # las formas, los papeles y las decisiones de las columnas (role_labels)
    "result.shape_wide": "una fila por escuela, una columna por grupo",
    "result.shape_long": "una fila por escuela y grupo (una columna de grupo y una de recuento)",
    "result.shape_student": "una fila por estudiante (se cuentan aquí; las filas no se guardan)",
    "result.role_ignore": "sin usar",
    "result.role_school_name": "Nombre de la escuela",
    "result.role_school_id": "Código de la escuela",
    "result.role_district_name": "Nombre del distrito",
    "result.role_district_id": "Código del distrito",
    "result.role_level": "Nivel (escuela, distrito, estado)",
    "result.role_year": "Año escolar",
    "result.role_total": "Matrícula total",
    "result.role_value": "Recuento (del grupo de la fila)",
    "result.role_grade": "Grado",
    "result.role_total_indicator": "Indicador de total (CCD)",
    "result.role_count_status": "Estado del recuento (CCD DMS_FLAG)",
    "result.role_count": "Recuento: {group}",
    "result.role_share": "Porcentaje: {group}",
    "result.role_flag": "Indicador sí/no: {group}",
    "result.role_any_category": "Cualquier grupo (un grupo por fila)",
    "result.role_category": "{dimension} (un grupo por fila)",
    "result.role_outcome": "Resultado: {outcome}",
    "result.role_outcome_count": "Resultado {outcome}: {group}",
    "result.role_unspecified": "No especificado: {dimension} desconocido",
    "result.read_as": "leída como {label}",
    "result.read_as_because": "leída como {label} ({reason})",
    "result.not_used_because": "sin usar ({reason})",
    "result.reason_no_header": "sin encabezado",
    "result.reason_header": "su encabezado",
    "result.reason_names_code": "su encabezado nombra un código o un nombre, nunca un recuento de estudiantes",
    "result.reason_unknown_percent": "un porcentaje de ningún grupo que el programa conozca",
    "result.reason_unknown_header": "el programa no conoce este encabezado",
    "result.reason_ccd_total": "el total del CCD es MEMBER",
    "result.reason_mapping": "la asignación de columnas",
    "result.reason_long_total": ("su encabezado; en una tabla de una fila por grupo es el recuento de cada fila"),
    "result.reason_percentages": ("en cada fila las columnas de {dimension} suman {whole}: porcentajes, no "
                                  "estudiantes"),
    "result.reason_national_school": "\u201c{header}\u201d, el código nacional, identifica cada escuela en su lugar",
    "result.reason_national_district": ("\u201c{header}\u201d, el código nacional, identifica cada distrito en su "
                                        "lugar"),
    "result.reason_student_flags": "valores sí/no en la fila de cada estudiante",
    "result.reason_student_no_count": "una tabla de una fila por estudiante no tiene columna de recuento",
    "result.reason_unnamed_counts": ("números que varían de una fila a otra, y ninguna columna se llama Recuento: "
                                     "leídos como estudiantes"),
    "result.reason_outcome_wide": ("un resultado se lee de una tabla de una fila por grupo, no de una fila por "
                                   "escuela"),
    "result.reason_zero_padded": ("sus valores son códigos con ceros a la izquierda (como \u201c{code}\u201d), nunca "
                                  "recuentos"),
    "result.reason_same_number": ("tiene el mismo número ({number}) en cada fila: un código del archivo, no "
                                  "estudiantes"),
    "result.reason_per_school": ("tiene un número por escuela, el mismo en cada fila de la escuela: un código, no "
                                 "estudiantes"),
    "result.reason_crdc_group": "un recuento de un grupo de la CRDC; se suman sus sexos",
    "result.reason_crdc_sex": "un recuento de la CRDC de un sexo",
    "result.reason_crdc_outcome": "{what} ({outcome})",
    "result.reason_ccd_race_by_sex": "un recuento del CCD por raza y sexo; se suman las razas de cada sexo",
    "result.reason_ccd_race": "un recuento del CCD por raza",
    "result.reason_ccd_lunch": "TOTFRL ya suma el almuerzo gratuito y a precio reducido",
    "result.reason_ccd_race_sum": "la suma del CCD de las columnas de raza (una comprobación, no un grupo)",
    "result.reason_ccd_name": "un nombre de variable del CCD",
    # ---- the command line's messages ("cli.…") and the review file's errors ("review_error.…") -----------------------
    # El archivo de la autoevaluación (core.review.store, integrity, ballots, merge): ReviewFileError y afines.
    "review_error.exists": "{name} ya existe; elija otro nombre u otra carpeta.",
    "review_error.needs_school": "Una autoevaluación necesita el nombre de la escuela; escríbalo en el campo Escuela.",
    "review_error.read_only_file": ("{name} es de solo lectura (una memoria USB bloqueada o un archivo marcado como de "
                                    "solo lectura); ábralo en modo de solo lectura o guarde una copia donde pueda "
                                    "escribir."),
    "review_error.folder_read_only": ("{name} está en una carpeta en la que no se puede escribir ({reason}); ábralo en "
                                      "modo de solo lectura o cópielo primero a su computadora."),
    "review_error.copy_is_review": ("{name} es la propia autoevaluación; elija otro nombre u otra carpeta para la "
                                    "copia."),
    "review_error.copy_failed": ("No se pudo escribir la copia {name} en {folder} ({reason}); elija una carpeta en la "
                                 "que pueda escribir. La autoevaluación no se modificó."),
    "review_error.member_gone": "El miembro del equipo {name} ya no está en esta autoevaluación.",
    "review_error.not_an_item": "{item} no es un elemento del marco; no se modificó nada.",
    "review_error.not_a_rating": "{value} no es una calificación para {item}; use una de estas: {allowed}.",
    "review_error.item_not_saved": ("No se puede guardar la acción {id} ({title}): {problem}. No se modificó "
                                    "nada."),
    "review_error.rule_kind": ("La regla de aislamiento se expresa en puntos o en relación con el porcentaje del "
                               "distrito, no {kind}."),
    "review_error.not_profile_field": "{name} no es un campo del perfil de la escuela; no se modificó nada.",
    "review_error.not_review_key": "{key} no forma parte de una autoevaluación; no se modificó nada.",
    "review_error.item_not_merged": "No se puede combinar la acción {title}: {problem}. No se modificó nada.",
    "review_error.open_read_only": "{name} está abierto en modo de solo lectura; guarde una copia para hacer cambios.",
    "review_error.no_permission": ("No se puede leer {name}: no tiene permiso para abrirlo ({reason}); pídalo a quien "
                                   "administra esta computadora o unidad, o copie el archivo a una carpeta suya."),
    "review_error.cannot_read": ("No se puede leer {name} ({reason}); compruebe que la unidad sigue conectada e "
                                 "inténtelo de nuevo."),
    "review_error.not_found": "No se encontró {name} en {folder}; puede que se haya movido o cambiado de nombre.",
    "review_error.folder": ("{name} es una carpeta, no un archivo de autoevaluación; elija un archivo que termine en "
                            "{suffix}."),
    "review_error.empty": ("{name} está vacío (0 bytes), así que no contiene ninguna autoevaluación; probablemente se "
                           "cortó al copiarlo: cópielo de nuevo desde su origen o abra una copia de seguridad."),
    "review_error.not_a_review": ("{name} no es una autoevaluación de Equity Desktop; elija un archivo que termine en "
                                  "{suffix} (para leer hojas de cálculo de matrícula, use Importar matrícula)."),
    "review_error.other_database": ("{name} es una base de datos de otro programa, no una autoevaluación de Equity "
                                    "Desktop; elija un archivo {suffix}."),
    "review_error.newer": ("{name} se guardó con una versión más reciente de Equity Desktop (formato de archivo "
                           "{version}; este programa lee hasta el {latest}); instale la versión más reciente para "
                           "abrirlo. El archivo no se modificó."),
    "review_error.in_use": ("{name} está abierto en otra copia de Equity Desktop; ciérrelo allí o ábralo aquí en modo "
                            "de solo lectura."),
    "review_error.in_use_by": ("{name} está abierto en otra copia de Equity Desktop por {user} en {host} desde "
                               "{since}; ciérrelo allí o ábralo aquí en modo de solo lectura."),
    "review_error.busy": ("{name} está ocupado por otro programa; espere un momento e inténtelo de nuevo, o cierre el "
                          "otro programa."),
    "review_error.cannot_write": "No se puede escribir en {name}; ábralo en modo de solo lectura o guarde una copia.",
    "review_error.disk_full": ("El disco que contiene {name} está lleno; libere espacio e inténtelo de nuevo. El "
                               "último cambio no se guardó."),
    "review_error.cannot_open": ("No se puede abrir {name}; compruebe que la unidad sigue conectada y que el archivo "
                                 "no se movió, e inténtelo de nuevo."),
    "review_error.io": ("No se pudo leer ni escribir {name} (un error del disco o de la red); compruebe que la unidad "
                        "sigue conectada. El último cambio no se guardó."),
    "review_error.damaged": ("{name} está dañado y no se puede abrir con seguridad; abra una copia de seguridad o pida "
                             "a quien se lo envió que lo envíe de nuevo. El archivo no se modificó."),
    "review_error.damaged_detail": ("{name} está dañado ({problem}) y no se puede abrir con seguridad; abra una copia "
                                    "de seguridad o pida a quien se lo envió que lo envíe de nuevo. El archivo no se "
                                    "modificó."),
    "review_error.not_a_scope": "{scope} no es un alcance de boleta; use uno de estos: {scopes}.",
    "review_error.ballot_exists": ("{name} ya existe en {folder}; elija una carpeta vacía o retire antes las boletas "
                                   "anteriores. No se escribió ninguna boleta."),
    "review_error.not_a_code": ("{code} no es un código de elemento de la lista de verificación; los códigos son como "
                                "1.DE.4, 2.KA.1.3 o 3.B.2."),
    "review_error.not_a_paper_rating": "{key} no es una calificación para {item}; escriba una de estas: {allowed}.",
    "review_error.not_an_item_typed": ("{item} no es un elemento del marco; indique su id (s1.map.de.1, como los "
                                       "enumera `equity-desktop framework --format json`) o su código en la lista de "
                                       "verificación en blanco (1.DE.4, 2.KA.1.3, 3.B.2)."),
    "review_error.not_a_typed_rating": "{value} no es una calificación para {item}; indique una de estas: {allowed}.",
    "review_error.paper_needs_member": ("Una boleta en papel necesita el nombre del miembro; escríbalo encima de la "
                                        "tabla."),
    "review_error.merge_other_school": ("{name} es la autoevaluación de {other}, no de {mine}; solo se pueden combinar "
                                        "en ella copias de esta autoevaluación. No se modificó nada."),
    "review_error.merge_unrelated": ("{name} es otra autoevaluación de {school}, empezada por separado en lugar de "
                                     "copiada de esta, así que no hay una versión común desde la que combinar. Ábrala "
                                     "junto a esta y copie lo que necesite. No se modificó nada."),
    # Otros errores que una persona puede causar (Cancelled, core.atomic, core.settings, core.framework, el plan).
    "error.task_cancelled": "Cancelado; no se escribió nada.",
    "error.atomic_no_folder": "La carpeta {folder} no existe; créela primero o elija otra carpeta.",
    "error.atomic_permission": ("No se puede escribir {name} en {folder} ({reason}); si está abierto en otro programa, "
                                "ciérrelo allí o elija otro nombre."),
    "error.atomic_failed": ("No se pudo escribir {name} en {folder} ({reason}); compruebe que el disco tiene espacio e "
                            "inténtelo de nuevo."),
    "error.setting_not_number": "{label} debe ser un número, como {example}.",
    "error.setting_range": "{label} debe estar entre {low} y {high} {unit}; {value} está fuera de ese intervalo.",
    "error.setting_whole": "{label} debe ser un número entero de {unit}.",
    "error.setting_label_mgi_threshold": "El umbral de aislamiento",
    "error.setting_label_federal_minority_share": "La línea federal de aislamiento",
    "error.setting_label_goal_points_per_year": "La meta de progreso",
    "error.setting_label_suppression_size": "El recuento más pequeño impreso",
    "error.setting_label_risk_min_cell": "El tamaño mínimo de celda para un cociente de riesgo",
    "error.setting_unit_mgi_threshold": "puntos (o % del porcentaje del distrito)",
    "error.setting_unit_federal_minority_share": "% de estudiantes de minorías",
    "error.setting_unit_goal_points_per_year": "puntos al año hacia el porcentaje del distrito",
    "error.setting_unit_suppression_size": "estudiantes",
    "error.setting_unit_risk_min_cell": "estudiantes con el resultado",
    "error.framework_translation_entry": ("El archivo de contenido del marco {file} está dañado: su entrada "
                                          "'translation' necesita un idioma, official (true o false), un aviso y "
                                          "source_sha256. Reinstale Equity Desktop para restaurarlo."),
    "error.framework_unreadable": ("No se puede leer el archivo de contenido del marco {file} ({reason}); reinstale "
                                   "Equity Desktop."),
    "error.framework_not_json": ("El archivo de contenido del marco {file} no es JSON válido ({reason}); reinstale "
                                 "Equity Desktop."),
    "error.framework_damaged": ("El archivo de contenido del marco {file} está dañado: {where} {problem}. Reinstale "
                                "Equity Desktop para restaurarlo."),
    "error.framework_not_translation": ("El archivo de contenido del marco {file} no está marcado como traducción no "
                                        "oficial al '{language}'; reinstale Equity Desktop."),
    "error.framework_mismatch": ("El archivo de contenido del marco {file} no coincide con el marco en inglés "
                                 "({difference}); reinstale Equity Desktop."),
    "error.plan_where": "{name}, hoja «{sheet}», fila {row}, columna {column} ({header})",
    "error.plan_not_found": "No se encontró {name} en {folder}; vuelva a elegir el archivo.",
    "error.plan_not_xlsx": ("No se puede leer {name} como libro de Excel ({kind}); guárdelo desde Excel como .xlsx e "
                            "inténtelo de nuevo."),
    "error.plan_no_sheet": ("{name} no tiene la hoja «{sheet}»; traiga un libro que haya exportado Equity Desktop "
                            "(Archivo → Exportar el plan a Excel…), con los nombres de sus hojas sin cambiar."),
    "error.plan_other_review": ("{name} se exportó desde otra autoevaluación, no desde esta ({school}); traiga el "
                                "libro exportado desde esta autoevaluación. No se modificó nada."),
    "error.plan_base_damaged": ("{name}: su hoja oculta «{sheet}» está dañada ({kind}); exporte de nuevo el plan y "
                                "haga los cambios en el libro nuevo."),
    "error.plan_not_an_item": ("{where}: «{item}» no es un elemento del marco; deje la columna del ID como se "
                               "exportó."),
    "error.plan_not_a_rating": ("{where}: «{label}» no es una calificación para este elemento; use una de estas: "
                                "{allowed}."),
    "error.plan_not_an_id": ("{where}: «{id}» no es el ID de una acción de este plan; bórrelo para agregar la fila "
                             "como una acción nueva, o traiga el libro exportado desde esta autoevaluación."),
    "error.plan_not_a_component": ("{where}: «{component}» no es un componente central; elija uno de estos: "
                                   "{components}."),
    "error.plan_not_a_stage": "{where}: «{stage}» no es una etapa; escriba un número del 1 al 4.",
    "error.plan_not_a_status": "{where}: «{status}» no es un estado; use uno de estos: {allowed}.",
    "error.plan_cell": "{where}: {problem}",
    "error.plan_needs_title": "Una acción necesita un título; escriba lo que se hará.",
    "error.plan_not_a_date": "{label}: «{text}» no es una fecha; escríbala como AAAA-MM-DD, p. ej., 2027-03-31.",
    "error.plan_due_before_start": ("La fecha de vencimiento {due} es anterior a la fecha de inicio {start}; corrija "
                                    "una de las dos."),
    # La línea de comandos (cli/): lo que lee una persona, en el idioma de cli.language.
    "cli.not_eqreview": "{name} no termina en .eqreview; nombre el archivo de la autoevaluación como demo.eqreview.",
    "cli.exists_force": "{path} ya existe; elija otro nombre o agregue --force para reemplazarlo.",
    "cli.wrote_demo": "Se escribió la autoevaluación de demostración en {path}",
    "cli.os_error": "{reason}{where}; compruebe la unidad y los permisos de la carpeta, e inténtelo de nuevo.",
    "cli.os_error_where": " ({file})",
    "cli.out_of_memory": ("la computadora se quedó sin memoria; cierre otros programas o divida el archivo (una hoja, "
                          "un distrito o un año en cada uno) e inténtelo de nuevo."),
    "cli.keeping_workbook": "se mantiene el del libro",
    "cli.keeping_program": "se mantiene el del programa",
    "cli.changed_in_both": "Cambiado en ambos ({keeps}): {what} — programa: {program}; libro: {workbook}",
    "cli.workbook_no_changes": "El libro no contiene cambios.",
    "cli.applied": "Se aplicaron los cambios a {name}.",
    "cli.nothing_changed_apply": "No se modificó nada; agregue --apply para aplicar estos cambios.",
    "cli.note": "nota: {note}",
    "cli.compared_with_sheet": "{file}: cada escuela se compara con su fila de la hoja «{sheet}».",
    "cli.sources": "Fuentes: {rule}\n{federal}",
    "cli.source_rule": ("La regla relativa al distrito (como la usan las Escuelas Públicas del Condado de Miami-Dade; "
                        "perfil de miembro de Bridges Collaborative): un grupo está aislado cuando su porcentaje en la "
                        "escuela difiere de su porcentaje en el distrito en más que el umbral."),
    "cli.source_federal": ("34 CFR 280.4 (Programa de Asistencia para Escuelas Magnet, MSAP): una escuela está "
                           "aislada por grupos minoritarios cuando los estudiantes de minorías son más del 50 % de su "
                           "matrícula."),
    "cli.progress_goal": "Meta de progreso (2 puntos al año hacia el porcentaje del distrito), {school}:",
    "cli.progress_none": "ningún grupo estaba aislado por subrepresentación.",
    "cli.mgi_compared_with": "Comparada con: {source}",
    "cli.mgi_isolated": "Aislado: {rule}.",
    "cli.col_group": "Grupo",
    "cli.col_school_n": "n escuela",
    "cli.col_school_share": "% escuela",
    "cli.col_district_n": "n distr.",
    "cli.col_district_share": "% distr.",
    "cli.col_difference": "Dif.",
    "cli.col_status": "Situación",
    "cli.federal_share": "estudiantes de minorías {share} — {state}",
    "cli.federal_withheld": "{state} (el porcentaje no se muestra: {why})",
    "cli.federal_unknown": "desconocida (sin datos de raza u origen étnico)",
    "cli.federal_status": "Situación federal MSAP (34 CFR 280.4): {federal}.",
    "cli.diversity": ("Diversidad: Simpson {simpson} (normalizado {normalized}); disimilitud respecto del distrito "
                      "{dissimilarity}."),
    "cli.withheld_for_publication": "No se muestra para la publicación: {why}.",
    "cli.warning": "Advertencia: {warning}",
    "cli.risk_heading": "Desproporcionalidad: {outcome} (cociente de riesgo frente a todos los demás estudiantes)",
    "cli.col_enrolled": "Matric.",
    "cli.col_actual": "Real",
    "cli.col_expected": "Esperado",
    "cli.col_risk": "% riesgo",
    "cli.col_ratio": "Cociente",
    "cli.wrote_schools": {"one": "Se escribió {n} escuela en {path}", "other": "Se escribieron {n} escuelas en {path}"},
    "cli.col_school": "Escuela",
    "cli.col_year": "Año",
    "cli.col_isolated": "Aislados",
    "cli.col_outside_band": "Grupos fuera de la banda",
    "cli.remedy_year": " En la línea de comandos: --year 2024-25.",
    "cli.remedy_columns": (" En la línea de comandos: vea cómo se leyeron las columnas con `equity-desktop columns "
                           "FILE --save-mapping M.json`, corrija M.json y páselo con --map M.json "
                           "(docs/enrollment.md)."),
    "cli.columns_header": "{file}, hoja «{sheet}»: encabezado en la fila {row}, {shape}.",
    "cli.columns_header_mapped": "{file}, hoja «{sheet}»: encabezado en la fila {row}, {shape} (según la asignación).",
    "cli.wrote_mapping": "Se escribió {path}; corrija allí la función de una columna y páselo con --map.",
    "cli.other_school": ("{sentence} No se importó nada; indique --school con la escuela de la autoevaluación, o "
                         "agregue --other-school para importar esta de todos modos."),
    "cli.added": "Se agregó {school}, {year} (comparada con {source}) a {review}",
    "cli.wrote_file": "Se escribió {path}",
    "cli.no_members": ("No se indicó --members: esta es una sola boleta en blanco; cópiela para cada miembro, que "
                       "escribe su nombre arriba."),
    "cli.no_ballots_in_folder": ("La carpeta {folder} no contiene archivos {suffix}; indique la carpeta en la que se "
                                 "guardaron las boletas de los miembros."),
    "cli.no_such_ballot": "{path} no existe; compruebe el nombre (también sirve una carpeta de boletas).",
    "cli.collected": "Recogida: {line}",
    "cli.none_collected": "No se recogió ninguna boleta; la autoevaluación no cambió.",
    "cli.taken_from": "Tomado de {name}: {what} → {value}",
    "cli.here": "aquí",
    "cli.conflict": "Conflicto — {what} — {sides}",
    "cli.nothing_merged": ("No se combinó nada: cambios en ambos lados: {n}; elija con --take mine o --take theirs "
                           "(el otro valor queda en el historial)."),
    "cli.merged": ("Se combinó {name}: tomados {taken}, decididos {decided} ({take}), conservados de esta copia "
                   "{kept}."),
    "cli.take_none": "ninguno",
    "cli.rated": "Se calificó {item} como {rating} en {review}",
    "cli.rated_with_note": "Se calificó {item} como {rating}, con su nota, en {review}",
    "cli.ratings_ballots": " boletas: {ballots}",
    "cli.selftest_head": "{app} {version} ({build}, Python {python})",
    "cli.selftest_installed": "versión instalada",
    "cli.selftest_source": "desde el código fuente",
    "cli.selftest_ok": "ok  {name}: {result} ({ms} ms)",
    "cli.selftest_failed": "FALLÓ {name}: {error}",
    "cli.selftest_done": "Todo funciona.",
    "cli.selftest_step_framework": "Marco",
    "cli.selftest_step_demo": "Autoevaluación de demostración",
    "cli.selftest_step_pdf": "PDF del plan",
    "cli.selftest_step_window": "Ventana principal",
    "cli.selftest_step_languages": "Idiomas y ayuda",
    "cli.selftest_framework": "{stages} etapas, {conditions} condiciones del mapa, {benchmarks} hitos",
    "cli.selftest_demo": "escrita en una carpeta temporal",
    "cli.selftest_worker_silent": "el proceso auxiliar no respondió en dos minutos",
    "cli.selftest_worker_failed": "el proceso auxiliar falló: {why}",
    "cli.selftest_not_pdf": "{name} no es un PDF",
    "cli.selftest_pdf": "{kb} KB, hecho en un proceso auxiliar",
    "cli.selftest_window_failed": "la ventana principal no pudo abrir la autoevaluación de demostración",
    "cli.selftest_window": ("se abrió, mostró sus {pages} páginas y se cerró en la plataforma {platform}: "
                            "“{title}”"),
    "cli.selftest_no_catalogues": "los catálogos en español no se cargaron (se encontraron {found} de 2)",
    "cli.selftest_no_guide": "falta la guía (resources/help/guide.html)",
    "cli.selftest_languages": ("la ventana y los diálogos de Qt en español se cargan («&Archivo», «Cancelar»); la guía "
                               "está"),
}
