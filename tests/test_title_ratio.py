"""The loader's title similarity equals rapidfuzz's ``fuzz.ratio`` exactly (it replaces that import)."""

import random

import pytest
from rapidfuzz import fuzz

from reformgraph.loaders.workplans import _ratio

ALPHABET = "优化营商环境市区县局委办，、（） abc1"


def _pairs(seed: int, longest: int):
    rng = random.Random(seed)
    for _ in range(20_000):
        a = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(longest)))
        b = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(longest)))
        if rng.random() < 0.3:  # near matches, the common case
            b = a[: rng.randrange(len(a) + 1)] + b[:3]
        yield a, b


@pytest.mark.parametrize("longest", [8, 40, 200])
def test_ratio_is_rapidfuzz_ratio(longest):
    for a, b in _pairs(longest, longest):
        assert _ratio(a, b) == fuzz.ratio(a, b), (a, b)


def test_ratio_edges():
    assert _ratio("", "") == fuzz.ratio("", "") == 100.0
    assert _ratio("", "局") == fuzz.ratio("", "局") == 0.0
    assert _ratio("市财政局", "市财政局") == 100.0
