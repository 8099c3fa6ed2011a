"""The pure review state machine: every action from every state."""

import pytest

from kotacerdas.review import machine

EXPECTED = {
    # (action, from) -> to ; every pair not listed must be refused
    ("submit", "draft"): "submitted",
    ("submit", "returned"): "submitted",
    ("withdraw", "submitted"): "draft",
    ("return", "submitted"): "returned",
    ("verify", "submitted"): "verified",
    ("publish", "verified"): "published",
    ("unlock", "verified"): "draft",
    ("unlock", "published"): "draft",
}


@pytest.mark.parametrize("action", sorted(machine.ACTIONS))
@pytest.mark.parametrize("state", machine.STATES)
def test_every_action_from_every_state_follows_the_table(action, state):
    reason = "alasan uji"
    if (action, state) in EXPECTED:
        assert machine.plan(action, state, reason).target == EXPECTED[(action, state)]
    else:
        with pytest.raises(machine.TransitionError) as err:
            machine.plan(action, state, reason)
        assert state in err.value.message_id and state in err.value.message_en


@pytest.mark.parametrize("action", ["return", "unlock"])
def test_it_requires_a_reason_to_return_or_unlock(action):
    state = "submitted" if action == "return" else "published"
    for blank in ("", "   ", "\n"):
        with pytest.raises(machine.TransitionError) as err:
            machine.plan(action, state, blank)
        assert "alasan" in err.value.message_id and "reason" in err.value.message_en


def test_it_refuses_an_unknown_action():
    with pytest.raises(machine.TransitionError):
        machine.plan("delete", "draft")


def test_only_draft_and_returned_are_editable_and_verified_published_are_locked():
    assert {s for s in machine.STATES if machine.is_editable(s)} == {"draft", "returned"}
    assert {"verified", "published"} == machine.LOCKED_STATES


def test_actions_from_lists_what_the_table_allows():
    assert machine.actions_from("submitted") == ["withdraw", "return", "verify"]
    assert machine.actions_from("published") == ["unlock"]
