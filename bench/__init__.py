"""The benchmark suite of issue 7: SharedVisit measured against the bare stack it runs on.

``make bench`` (``python -m bench``) runs every figure, each with its reference
measured in the same run, and prints one table; ``docs/performance.md`` gets
the same table and the machine it ran on. Every script here also runs alone
(``python -m bench.render``) and prints its own figures.

Nothing here is a test and nothing here may be imported by ``tests/``: timings
on a shared two-core machine are too noisy for assertions, so the bench reports
and never fails a build. It never touches the user's visits or settings: every
store and settings file lives in a temporary folder.
"""
