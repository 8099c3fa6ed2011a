"""Errors of the review and editing services. Each carries an Indonesian and an English message."""

from django.core.exceptions import PermissionDenied


class BilingualError(Exception):
    def __init__(self, message_id: str, message_en: str, **details):
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en
        self.details = details

    def message(self, language: str = "id") -> str:
        return self.message_en if language == "en" else self.message_id


class NotAllowed(BilingualError, PermissionDenied):
    """The actor lacks the role or the scope for this action on this record."""


class InvalidTransition(BilingualError):
    """The state machine refuses the action (wrong state, missing reason)."""


class RecordLocked(BilingualError):
    """The record is verified or published: unlock it (with a reason) before editing."""


class StaleEdit(BilingualError):
    """Someone saved the record after this editor loaded it; ``details['changed']`` lists how.

    ``details['changed']`` is ``{field: [value the editor loaded, value saved meanwhile]}`` when
    known, so the screen can show what the other person changed.
    """
