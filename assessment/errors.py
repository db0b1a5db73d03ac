"""Typed errors raised by assessment operations, each with a message a user can act on."""

from __future__ import annotations


class AssessmentError(Exception):
    """Base class: an expected problem to show the user (not a bug)."""


class ValidationError(AssessmentError):
    """Bad input: names the field, the value and what is wrong."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        shown = repr(value) if not isinstance(value, str) else f"'{value}'"
        super().__init__(f"{field}: {shown} — {problem}")


class ValidationErrors(AssessmentError):
    """Several bad inputs found at once (e.g. a block of pasted rows); nothing was stored."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        lines = "; ".join(str(e) for e in errors[:10])
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        super().__init__(f"{len(errors)} problem(s), nothing stored: {lines}{more}")


class NotFoundError(AssessmentError):
    """A site, assessment or other record that does not exist."""


class WorkflowError(AssessmentError):
    """An action not allowed in the record's current state (e.g. editing a decided assessment)."""

    def __init__(self, message: str, *, findings: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings  # (English, Chinese) of each problem the message lists, for a translated message


class ReasonRequired(WorkflowError):
    """A change after submission was attempted without a reason."""


class PermissionDenied(AssessmentError):
    """The acting person's role does not allow this action."""


class ConcurrentEditError(AssessmentError):
    """Someone else changed the record since it was read; says who, when and what (for a translated message)."""

    def __init__(self, message: str, *, by: str | None = None, at: object = None, change: str | None = None) -> None:
        super().__init__(message)
        self.by, self.at, self.change = by, at, change


class DatabaseBusyError(AssessmentError):
    """Another program holds the database lock for too long."""


class DatabaseCorruptError(AssessmentError):
    """The database file failed its integrity check."""


class DatabaseTooNewError(AssessmentError):
    """The database was written by a newer version of the app."""


class DatabaseUnavailableError(AssessmentError):
    """The database server cannot be reached (network, server down, wrong password)."""
