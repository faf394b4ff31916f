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
    # ---- warnings and reasons the enrollment results carry (mgi, analysis, role_labels, snapshot), "result.…" -------
    # ---- the command line's messages ("cli.…") and the review file's errors ("review_error.…") -----------------------
}
