"""The handout's fixed words in Spanish, for patients who read Spanish at home.

Written the way patient materials in Spanish are: *usted*, warm and plain,
short sentences, everyday words ("su médico", not "su proveedor de atención
médica"). Phrases are chosen so they need no gender ("¿Todavía tiene
dudas?" rather than "¿No está seguro/a?"). Dates and numbers are not written
here: Babel formats them for Spanish ("martes, 24 de noviembre de 2026").

Same keys and the same ``{placeholders}`` as ``en``; a test checks both.
"""

from __future__ import annotations

from typing import Final

CATALOGUE: Final[dict[str, str]] = {
    # Document properties, shown by PDF viewers in the title bar and file info.
    "doc.title": "Resumen de su consulta",
    "doc.subject": "Su consulta del {date}",
    # The top of page one.
    "page.heading": "Resumen de su consulta",
    "header.patient": "Su nombre:",
    "header.clinician": "Le atendió:",
    "header.date": "Fecha:",
    "header.reason": "Por qué vino:",
    # The first-page block: the plan and how to reach the clinician.
    "about.heading": "Sobre esta consulta",
    "about.plan": "El plan:",
    "about.contact": "Cómo comunicarse con {clinician}:",
    "about.contact.unnamed": "Cómo comunicarse con su médico:",
    # The clinic (from the settings), in the same block and in every page's footer.
    "clinic.phone": "Teléfono de la clínica:",
    "clinic.after_hours": "Si estamos cerrados:",
    "clinic.address": "Dirección de la clínica:",
    # Safety-netting: a framed box on page one.
    "safety.heading": "Cuándo pedir ayuda",
    "safety.intro": "Es difícil saber cómo irán las cosas.",
    "safety.signs": "Pida ayuda si nota:",
    "safety.what_to_do": "Qué hacer:",
    "safety.phone": "Número para llamar:",
    "safety.course": "Cuándo debería sentirse mejor:",
    # Who raised an entry, said in words so it never rests on colour alone.
    "said.patient": "Usted dijo:",
    "said.clinician": "{clinician} dijo:",
    "said.clinician.unnamed": "Su médico dijo:",
    "said.both": "Los dos dijimos:",
    # Who does a next step.
    "owner.patient": "Usted",
    "owner.clinician": "{clinician}",
    "owner.clinician.unnamed": "Su médico",
    "owner.both": "Los dos",
    # Sections, in the order they are printed.
    "steps.heading": "Sus próximos pasos",
    "steps.intro": "Marque cada casilla cuando lo haya hecho.",
    "steps.who": "Quién:",
    "steps.when": "Cuándo:",
    "steps.due": "para el {date}",
    # Teach-back: how the patient put a step or a decision, in their own words.
    "teach_back.label": "En sus palabras:",
    "teach_back.quote": "“{words}”",
    "agenda.note": "Lo que dijimos:",
    "discussed.heading": "De qué hablamos",
    "concerns.heading": "Lo que nos preocupa",
    "concerns.intro": "Los dos hablamos de lo que nos preocupa. Esto es lo que vamos a hacer.",
    "concerns.response": "Lo que vamos a hacer:",
    "unknowns.heading": "Lo que todavía no sabemos",
    "unknowns.intro": "Algunas cosas aún no están claras. Tenemos un plan para cada una.",
    "unknowns.about": "Sobre:",
    "unknowns.about.diagnosis": "qué lo está causando",
    "unknowns.about.outcome": "cómo irán las cosas",
    "unknowns.about.treatment": "qué tratamiento funcionará mejor",
    "unknowns.about.evidence": "lo que dicen los estudios",
    "unknowns.plan": "Lo que vamos a hacer:",
    "deferred.heading": "De qué hablaremos la próxima vez",
    "deferred.intro": "Hoy no tuvimos tiempo para esto.",
    "open.heading": "Todavía en nuestra lista",
    "open.intro": "Aún no hemos hablado de esto.",
    # A decision (one section each; its heading is the question itself).
    "decision.intro": "Aquí tiene sus opciones, una al lado de la otra.",
    "decision.key": "En los dibujos, cada figura es una persona. "
    "Las figuras oscuras muestran a quién le pasa.",
    "grid.involves": "En qué consiste",
    "grid.good": "Lo bueno",
    "grid.bad": "Lo malo",
    "grid.none": "No hay nada anotado.",
    "grid.no_number": "No tenemos un número para esto.",
    # A chance, always with its denominator (IPDAS), and the other side of it.
    "outcome.people": "{chance} de cada {out_of} personas",
    "outcome.chance": "{people}: {outcome}.",
    "outcome.rest": "{rest} de cada {out_of} personas: no les pasa.",
    # How sure the research is (GRADE), in words.
    "certainty.high": "Estamos muy seguros de este número.",
    "certainty.moderate": "Estamos bastante seguros de este número.",
    "certainty.low": "No estamos muy seguros de este número.",
    "certainty.very_low": "Estamos muy poco seguros de este número.",
    "matters.heading": "Lo que más le importa",
    "matters.0": "No importa",
    "matters.1": "Importa muy poco",
    "matters.2": "Importa un poco",
    "matters.3": "Importa algo",
    "matters.4": "Importa mucho",
    "matters.5": "Importa muchísimo",
    "where.heading": "Dónde estamos ahora",
    "where.decided": "Ya tomamos una decisión.",
    "where.leaning": "Aún no hemos decidido. Nos inclinamos por una opción.",
    "where.undecided": "Aún no hemos decidido.",
    "where.deferred": "Lo decidiremos más adelante.",
    "where.chosen": "Lo que elegimos:",
    "where.leaning_to": "Nos inclinamos por:",
    "where.chosen_by": "Quién eligió:",
    "where.reasons": "Por qué va con lo que le importa:",
    "where.role": "Cómo quiere decidir:",
    "role.patient_decides": "Usted quiere elegir por su cuenta.",
    "role.shared": "Usted quiere que elijamos juntos.",
    "role.clinician_decides": "Usted quiere que elija {clinician}.",
    "role.clinician_decides.unnamed": "Usted quiere que elija su médico.",
    "where.next": "Qué sigue:",
    "where.next.think": "Tómese su tiempo para pensarlo. Luego volveremos a hablar.",
    "where.next.later": "Volveremos a hablar de esto.",
    "where.decide_by": "Fecha para decidir:",
    # When the SURE check shows the patient is not sure yet.
    "advice.heading": "¿Todavía tiene dudas? Es normal.",
    "advice.intro": "Sus respuestas muestran que todavía tiene dudas. "
    "Mucha gente se siente así. Estas cosas pueden ayudar.",
    "advice.time": "Tómese más tiempo. Puede cambiar de opinión.",
    "advice.facts": "Pídanos más información sobre cada opción.",
    "advice.family": "Hable con familiares o amigos de confianza.",
    "advice.call": "Llámenos cuando quiera hablarlo.",
    "advice.questions": "Preguntas que puede hacernos:",
    "advice.ask.choices": "¿Cuáles son mis opciones?",
    "advice.ask.good_bad": "¿Qué tiene de bueno y de malo cada una?",
    "advice.ask.likely": "¿Qué tan probable es que me pase cada cosa?",
    "questions.heading": "Preguntas que todavía tengo",
    "questions.intro": "Escriba aquí sus preguntas. Traiga esta hoja la próxima vez.",
    # Every page, in the handout's language only: a footer line has no room for two.
    "footer.visit": "{patient}, {date}",
    "footer.page": "Página {page} de {pages}",
    "footer.phone": "Llame al {phone}",
    "footer.after_hours": "Si estamos cerrados: {phone}",
}
