"""The review state machine shared by every reviewable record (DESIGN §4). No Django import.

    draft ──submit──▶ submitted ──verify──▶ verified ──publish──▶ published
      ▲                  │                     │                      │
      │               return (reason)          └──── unlock (reason) ─┘
      │                  ▼                                  │
      └──(edit)──── returned ◀──────────────────────────────┘ (unlock goes back to draft)

A returned record is edited like a draft and submitted again. Verified and published records are
locked: only ``unlock`` (with a reason) makes them editable again, back in ``draft``.
"""

from __future__ import annotations

from dataclasses import dataclass

DRAFT, SUBMITTED, RETURNED, VERIFIED, PUBLISHED = (
    "draft",
    "submitted",
    "returned",
    "verified",
    "published",
)
STATES = (DRAFT, SUBMITTED, RETURNED, VERIFIED, PUBLISHED)
EDITABLE_STATES = frozenset({DRAFT, RETURNED})
LOCKED_STATES = frozenset({VERIFIED, PUBLISHED})

# Who performs an action: the data-entry side or the review side (Pokja PKP).
OPERATOR_SIDE, REVIEWER_SIDE = "operator", "reviewer"


@dataclass(frozen=True)
class Action:
    name: str
    sources: frozenset[str]
    target: str
    side: str
    needs_reason: bool


ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        Action("submit", frozenset({DRAFT, RETURNED}), SUBMITTED, OPERATOR_SIDE, False),
        Action("withdraw", frozenset({SUBMITTED}), DRAFT, OPERATOR_SIDE, False),
        Action("return", frozenset({SUBMITTED}), RETURNED, REVIEWER_SIDE, True),
        Action("verify", frozenset({SUBMITTED}), VERIFIED, REVIEWER_SIDE, False),
        Action("publish", frozenset({VERIFIED}), PUBLISHED, REVIEWER_SIDE, False),
        Action("unlock", frozenset({VERIFIED, PUBLISHED}), DRAFT, REVIEWER_SIDE, True),
    )
}


class TransitionError(Exception):
    """An action that the machine does not allow; carries an Indonesian and an English message."""

    def __init__(self, message_id: str, message_en: str):
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en


def plan(action_name: str, state: str, reason: str = "") -> Action:
    """Check that ``action_name`` may run from ``state`` with ``reason``; return the action.

    Raises ``TransitionError`` naming the action and the state otherwise.
    """
    action = ACTIONS.get(action_name)
    if action is None:
        raise TransitionError(
            f"Aksi tidak dikenal: {action_name!r}.", f"Unknown action: {action_name!r}."
        )
    if state not in action.sources:
        allowed = ", ".join(sorted(action.sources))
        raise TransitionError(
            f"Aksi '{action.name}' tidak dapat dilakukan dari status '{state}' (hanya dari: {allowed}).",
            f"Action '{action.name}' is not allowed from state '{state}' (only from: {allowed}).",
        )
    if action.needs_reason and not reason.strip():
        raise TransitionError(
            f"Aksi '{action.name}' memerlukan alasan.",
            f"Action '{action.name}' requires a reason.",
        )
    return action


def actions_from(state: str) -> list[str]:
    """Names of the actions possible from ``state``, in a stable order."""
    return [name for name, action in ACTIONS.items() if state in action.sources]


def is_editable(state: str) -> bool:
    return state in EDITABLE_STATES
