"""Round 67 heldout12: the twelfth batch of real held-out plans (tests/fixtures/heldout/57-59).

None of the three reads exactly yet (strict xfails in tests/test_heldout.py's ``NOT_YET_READ``, with their reasons).
One rule came of them, tested here in words of our own, with guards:

- a carried-forward executor written with 需要 (``以下各项工作均需要各单位负责，不再单独列出``) is the unit after 需要,
  as after 需 (corpus 09, round 44): before, ``要各单位`` was carried into every later task.
"""

from __future__ import annotations

import pytest
from support.readings import lines_and_roles

from reformgraph.loaders.vocab import carried_units

_HEAD = "某市某某专项整治实施方案\n\n一、工作任务\n\n"


def _read(body: str) -> list[tuple[int, list[str], list[str]]]:
    return lines_and_roles(_HEAD + body + "\n")


# ---- a carried-forward executor after 需要 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("（甲处牵头，以下各项工作均需要各单位负责，不再单独列出）", ["各单位"]),
        ("以下均需要区市场监管局落实，不再单独列出。", ["区市场监管局"]),
        # guards: the wordings read before stay as they were
        ("以下均需区市场监管局落实，不再单独列出。", ["区市场监管局"]),
        ("以下各项任务均需试点城市政府落实，不再列出。", ["试点城市政府"]),
        ("以下均要各区落实，不再列出。", ["各区"]),
        ("需要各单位负责的工作另行通知。", []),
    ],
)
def test_carried_unit_after_xuyao(text: str, units: list[str]):
    assert [m.group(1) for m in carried_units(text)] == units


def test_carried_unit_after_xuyao_supports_every_later_task():
    body = (
        "1．加强燃气管道监管。督促使用单位落实主体责任。（市局特种设备处牵头，以下各项工作均需要各单位负责，不再单独列出）\n\n"
        "2．加强气瓶充装监管。开展专项检查。（市局执法总队负责）\n"
    )
    read = _read(body)
    assert [supports for _, _, supports in read] == [["各单位"], ["各单位"]]
    assert [leads for _, leads, _ in read] == [["市局特种设备处"], ["市局执法总队"]]
