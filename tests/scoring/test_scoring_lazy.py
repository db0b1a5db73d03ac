"""Cards from score() fill their text-heavy parts on first read: same values in any reading order, picklable."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from scoring import ScoreCard, load_criteria_set, load_factor_set, score
from tests.scoring.fingerprint_cases import cases

FACTORS = load_factor_set("2025.1")


def _cards(n: int = 12, seed: int = 99) -> list[tuple[ScoreCard, str]]:
    """(fresh lazy card, the to_json of an identical card read in field order)."""
    out = []
    for code, inputs, overrides in cases(n_per_set=n, seed=seed):
        cs = load_criteria_set(code, "2025.1")
        try:
            ref = score(inputs, cs, FACTORS, overrides=overrides).to_json()
        except ValueError:
            continue
        out.append((score(dataclasses.replace(inputs), cs, FACTORS, overrides=overrides), ref))
    return out


def test_reading_order_does_not_change_the_card() -> None:
    for card, ref in _cards():
        # lazy parts first, in the reverse of to_dict's order, each reaching into the others
        assert isinstance(card.input_hash, str) and len(card.input_hash) == 64
        _ = card.account.metrics_location, card.account.lines
        _ = card.quality, card.gaps, card.blocked_by
        for it in reversed(card.items):
            assert it.explanation_en and it.explanation_zh
        for g in card.gates:
            _ = g.reason_en, g.rule_zh
        assert card.to_json() == ref
        assert card.to_json() == ref  # and again, all filled in


def test_lazy_cards_pickle_copy_and_replace_like_plain_ones() -> None:
    for card, ref in _cards(n=4, seed=5):
        assert pickle.loads(pickle.dumps(card)).to_json() == ref
        assert copy.deepcopy(card).to_json() == ref
        assert dataclasses.replace(card, notes=card.notes).to_json() == ref
        back = ScoreCard.from_json(ref)
        assert back.to_json() == ref and back.items == tuple(back.items)


def test_unknown_attributes_still_raise() -> None:
    card, _ = _cards(n=1)[0]
    for obj in (card, card.items[0], card.gates[0], card.account):
        with pytest.raises(AttributeError):
            getattr(obj, "no_such_field")  # noqa: B009 - the point is the attribute lookup
