"""The handout's fixed words, one module per language, each a plain ``CATALOGUE`` dict.

English (``en``) is the reference: it holds every key, and ``labels.label()``
falls back to it. A translation holds the same keys with the same
``{placeholders}``; a test fails when one is missing or drops a placeholder.

To add a language: copy ``es.py`` to ``<code>.py`` (a BCP 47 primary tag such
as ``pt``), translate each value, and add it to ``labels.CATALOGUES``. See
docs/handout.md, "Adding a language".

Never imports Qt or reportlab; holds words only, no logic.
"""
