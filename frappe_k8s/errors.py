"""Errors a user can fix. The CLI prints them without a traceback and exits non-zero."""
from __future__ import annotations


class UserError(Exception):
    """A mistake in the input or the environment, with a message that says how to fix it."""


class SpecError(UserError):
    """One bad field: which field, the bad value, what is wrong and how to fix it.

    `field` is a dotted path relative to the object that raised it; the loader prefixes
    the path inside platform.yaml (for example `storage.volumes[1].`).
    """

    def __init__(self, field: str, value: object, problem: str, fix: str):
        self.field, self.value, self.problem, self.fix = field, value, problem, fix
        super().__init__(f"{field}: {problem} (got {value!r}). Fix: {fix}")


class ValidationFailure(UserError):
    """Rendered objects that fail their schema; `problems` lists object, field path and message."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} rendered object(s) failed validation:\n  " + "\n  ".join(problems))
