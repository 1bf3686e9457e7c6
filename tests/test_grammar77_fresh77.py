"""Round 77 fresh77: a fresh set of eleven plans in kinds earlier rounds had met little (tests/fixtures/round77/fresh77:
a district's 专项整治 方案 whose 职责分工 sentences name their units in prose (``A牵头负责…，B协助做好…``, ``积极配合``), a
督查通报's 整改清单 (立即整改, ``…前整改到位``), a 工作专班's 组长单位 / 成员单位 columns, a 三年行动计划 with tasks under
each year's heading, a 实施细则 whose brackets name the lead after its partners (``（B、C配合，A牵头）``), a 清单 with
several tasks parted by ``；`` in one row, a .docx whose unit cell holds the lead on its first line and the partners on
the next, a 台账 with a 进展情况 column, a 联席会议's 工作要点 naming units by role, a 建议提案 交办 notice (主办 / 协办),
and a province's handling of a 审议意见 in prose), read by hand before the parser ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases

FOLDER = Path(__file__).parent / "fixtures" / "round77" / "fresh77"


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written
