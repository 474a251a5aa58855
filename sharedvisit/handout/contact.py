"""How to reach us and when to get help: the first page's contact blocks, described.

The After Visit Summary research (Federman 2017) puts who the clinician is
and how to reach them on the first page; safety-netting (Almond 2009,
Edwards 2022) names the warning signs, what to do, the number to call and
how long getting better should take. Both are built here from the visit
and the clinic's settings, as plain descriptions for the layout.

Pure like ``content``: never imports Qt or reportlab, never reads files
(the layout decides whether a logo can be drawn), never sees the private
note (it is given the patient's copy of the visit).
"""

from __future__ import annotations

from ..clinic import Clinic
from ..visit import TeachBack, Visit
from .description import About, Fact, Letterhead, SafetyNet
from .words import Words, facts

SEPARATOR = " · "  # between the clinic's name and numbers in the footer


def letterhead(clinic: Clinic | None) -> Letterhead | None:
    """The clinic's name and logo atop page one; None when neither is set."""
    if clinic is None or not (clinic.name.strip() or clinic.logo):
        return None
    return Letterhead(" ".join(clinic.name.split()), clinic.logo)


def about(visit: Visit, words: Words, clinic: Clinic | None) -> About | None:
    """The plan, then every way to reach us: the clinician, the clinic, day and night."""
    clinician = visit.clinician.strip()
    reach = (
        words.label("about.contact", clinician=clinician)
        if clinician
        else words.label("about.contact.unnamed")
    )
    clinic = clinic or Clinic()
    found = facts(
        (words.label("about.plan"), visit.plan),
        (reach, visit.clinician_contact),
        (words.label("clinic.phone"), clinic.phone),
        (words.label("clinic.after_hours"), clinic.after_hours),
        (words.label("clinic.address"), clinic.address),
    )
    if not found:
        return None
    heading, also = words.heading("about.heading")
    return About(heading, found, heading_also=also)


def safety_net(visit: Visit, words: Words, clinic: Clinic | None) -> SafetyNet | None:
    """When to get help, or None when the visit gives no safety-netting advice.

    Without a number of its own, the advice gives the clinic's number for
    when it is closed (warning signs rarely keep office hours), else its
    daytime number: saying "call us" with no number is half the advice.
    """
    net = visit.safety_net
    if net is None:
        return None
    signs = tuple(sign.strip() for sign in net.warning_signs if sign.strip())
    clinic = clinic or Clinic()
    phone = net.phone.strip() or clinic.after_hours.strip() or clinic.phone.strip()
    if not (signs or net.what_to_do.strip() or net.expected_course.strip() or net.phone.strip()):
        return None
    heading, also = words.heading("safety.heading")
    return SafetyNet(
        heading=heading,
        heading_also=also,
        intro=words.label("safety.intro"),
        signs_label=words.label("safety.signs") if signs else "",
        signs=signs,
        facts=facts(
            (words.label("safety.what_to_do"), net.what_to_do),
            (words.label("safety.course"), net.expected_course),
        ),
        phone=Fact(words.label("safety.phone"), phone) if phone else None,
    )


def teach_back(check: TeachBack | None, words: Words) -> Fact | None:
    """ "In your words: “…”" when the patient said it back and the clinician noted how."""
    if check is None or not check.confirmed or not check.words.strip():
        return None
    quoted = words.one("teach_back.quote", words=" ".join(check.words.split()))
    return Fact(words.label("teach_back.label"), quoted)


def footer_contact(words: Words, clinic: Clinic | None) -> tuple[str, ...]:
    """The clinic's numbers for every page's foot, each with its label ("Call 555-0142").

    Only the handout's language: a footer line has no room for two, and the
    numbers read the same in both. The footer joins them on one line when
    they fit, else gives each its own line: a number is never cut short.
    """
    if clinic is None:
        return ()
    numbers = (("footer.phone", clinic.phone), ("footer.after_hours", clinic.after_hours))
    return tuple(
        words.one(key, phone=" ".join(value.split())) for key, value in numbers if value.strip()
    )


def footer_clinic(clinic: Clinic | None) -> str:
    """The clinic's name and address on one line: a footer has room for one."""
    if clinic is None:
        return ""
    name = " ".join(clinic.name.split())
    lines = (" ".join(line.split()) for line in clinic.address.splitlines())
    address = ", ".join(line for line in lines if line)
    return SEPARATOR.join(part for part in (name, address) if part)
