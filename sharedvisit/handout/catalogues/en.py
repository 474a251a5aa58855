"""The handout's fixed words in English: the reference catalogue, holding every key.

Each fixed sentence is short and plain (US grade 6 or below by
Flesch-Kincaid; tests/handout/test_readability.py measures it). Labels are
plain text, never markup: the layout escapes them like any other text.
"""

from __future__ import annotations

from typing import Final

CATALOGUE: Final[dict[str, str]] = {
    # Document properties, shown by PDF viewers in the title bar and file info.
    "doc.title": "Visit summary",
    "doc.subject": "Your visit on {date}",
    # The top of page one.
    "page.heading": "Your visit summary",
    "header.patient": "Your name:",
    "header.clinician": "Seen by:",
    "header.date": "Date:",
    "header.reason": "Why you came:",
    # The first-page block: the plan and how to reach the clinician.
    "about.heading": "About this visit",
    "about.plan": "The plan:",
    "about.contact": "How to reach {clinician}:",
    "about.contact.unnamed": "How to reach your clinician:",
    # The clinic (from the settings), in the same block and in every page's footer.
    "clinic.phone": "Clinic phone:",
    "clinic.after_hours": "When we are closed:",
    "clinic.address": "Clinic address:",
    # Safety-netting (Almond 2009, Edwards 2022): a framed box on page one.
    "safety.heading": "When to get help",
    "safety.intro": "It is hard to know how things will go.",
    "safety.signs": "Get help if you notice:",
    "safety.what_to_do": "What to do:",
    "safety.phone": "Number to call:",
    "safety.course": "When you should feel better:",
    # Who raised an entry, said in words so it never rests on colour alone.
    "said.patient": "You said:",
    "said.clinician": "{clinician} said:",
    "said.clinician.unnamed": "Your clinician said:",
    "said.both": "We both said:",
    # Who does a next step.
    "owner.patient": "You",
    "owner.clinician": "{clinician}",
    "owner.clinician.unnamed": "Your clinician",
    "owner.both": "Both of us",
    # Sections, in the order they are printed.
    "steps.heading": "Your next steps",
    "steps.intro": "Check each box when it is done.",
    "steps.who": "Who:",
    "steps.when": "When:",
    "steps.due": "by {date}",
    # Teach-back: how the patient put a step or a decision, in their own words.
    "teach_back.label": "In your words:",
    "teach_back.quote": "“{words}”",
    "agenda.note": "What we said:",
    "discussed.heading": "What we talked about",
    "concerns.heading": "What worries us",
    "concerns.intro": "We both shared our worries. Here is what we will do.",
    "concerns.response": "What we will do:",
    "unknowns.heading": "What we don't know yet",
    "unknowns.intro": "Some things are not clear yet. We have a plan for each.",
    "unknowns.about": "About:",
    "unknowns.about.diagnosis": "what is causing it",
    "unknowns.about.outcome": "how things will go",
    "unknowns.about.treatment": "which care will work best",
    "unknowns.about.evidence": "what the research shows",
    "unknowns.plan": "What we'll do about it:",
    "deferred.heading": "What we will talk about next time",
    "deferred.intro": "We did not have time for these today.",
    "open.heading": "Still on our list",
    "open.intro": "We have not talked about these yet.",
    # A decision (one section each; its heading is the question itself).
    "decision.intro": "Here are your choices, side by side.",
    "decision.key": "In the pictures, each shape is one person. "
    "Dark shapes show who it happens to.",
    "grid.involves": "What it involves",
    "grid.good": "Good things",
    "grid.bad": "Bad things",
    "grid.none": "None listed.",
    "grid.no_number": "We have no number for this.",
    # A chance, always with its denominator (IPDAS), and the other side of it.
    "outcome.people": "{chance} out of {out_of} people",
    "outcome.chance": "{people}: {outcome}.",
    "outcome.rest": "{rest} out of {out_of} people: it does not happen.",
    # How sure the research is (GRADE), in words: "certainty" itself is hard to read.
    "certainty.high": "We are very sure about this number.",
    "certainty.moderate": "We are fairly sure about this number.",
    "certainty.low": "We are not very sure about this number.",
    "certainty.very_low": "We are very unsure about this number.",
    "matters.heading": "What matters most to you",
    "matters.0": "Does not matter",
    "matters.1": "Matters very little",
    "matters.2": "Matters a little",
    "matters.3": "Matters some",
    "matters.4": "Matters a lot",
    "matters.5": "Matters very much",
    "where.heading": "Where we are now",
    "where.decided": "We made a choice.",
    "where.leaning": "We have not decided yet. We are leaning one way.",
    "where.undecided": "We have not decided yet.",
    "where.deferred": "We will decide this later.",
    "where.chosen": "What we chose:",
    "where.leaning_to": "We lean towards:",
    "where.chosen_by": "Who chose:",
    "where.reasons": "Why it fits what matters to you:",
    "where.role": "How you want to decide:",
    "role.patient_decides": "You want to make the choice yourself.",
    "role.shared": "You want us to choose together.",
    "role.clinician_decides": "You want {clinician} to choose.",
    "role.clinician_decides.unnamed": "You want your clinician to choose.",
    "where.next": "What happens next:",
    "where.next.think": "Take time to think it over. Then we will talk again.",
    "where.next.later": "We will talk about it again.",
    "where.decide_by": "Decide by:",
    # When the SURE check shows the patient is not sure yet.
    "advice.heading": "Not sure yet? That is OK.",
    "advice.intro": "Your answers show you are not sure yet. "
    "Many people feel this way. These things can help.",
    "advice.time": "Take more time. It is fine to change your mind.",
    "advice.facts": "Ask us for more facts about each choice.",
    "advice.family": "Talk it over with family or friends you trust.",
    "advice.call": "Call us any time you want to talk it over.",
    "advice.questions": "Questions you can ask us:",
    "advice.ask.choices": "What are my choices?",
    "advice.ask.good_bad": "What is good and bad about each one?",
    "advice.ask.likely": "How likely is each one to happen to me?",
    "questions.heading": "Questions I still have",
    "questions.intro": "Write your questions here. Bring this page next time.",
    # Every page, in the handout's language only: a footer line has no room for two.
    "footer.visit": "{patient}, {date}",
    "footer.page": "Page {page} of {pages}",
    "footer.phone": "Call {phone}",
    "footer.after_hours": "When we are closed: {phone}",
}
