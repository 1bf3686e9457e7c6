"""The lead's mends of session 65, each found by looking at what the product showed."""

from pathlib import Path

import pytest

from reformgraph.loaders.parse import parse_document, title_of_lines
from reformgraph.unit_forms import standard_form

REAL = Path(__file__).parent / "fixtures" / "real"


def test_a_title_printed_over_two_lines_with_a_blank_between_is_whole():
    # look81 saw the State Council plan's footer read 国务院关于加快推进农业机械化和: its title's two lines stand
    # apart by a blank line, and the title stopped at the blank
    doc = parse_document((REAL / "06-guowuyuan-agri-mechanization-2018.md").read_text(encoding="utf-8"))
    assert doc.title == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["江临市关于加快推进供水和", "", "排水设施改造的实施意见", "", "一、总体要求"],
            "江临市关于加快推进供水和排水设施改造的实施意见",
        ),
        (["江临县关于", "", "做好防汛工作的通知"], "江临县关于做好防汛工作的通知"),
        (["江临县关于做好防汛工作的", "", "通知"], "江临县关于做好防汛工作的通知"),
        # guards: a whole title, or a title's line ending as no conjunction does, stops at the blank
        (["江临市供水设施改造实施方案", "", "江临市人民政府办公室"], "江临市供水设施改造实施方案"),
        (["江临市供水设施改造", "", "为做好供水工作，现制定本方案。"], "江临市供水设施改造"),
        (["江临市关于供水和", "", "一、总体要求"], "江临市关于供水和"),
        (["江临市关于供水和", "", "江政发〔2026〕3号"], "江临市关于供水和"),
    ],
)
def test_a_blank_line_ends_a_title_unless_its_line_runs_on(lines, title):
    assert title_of_lines(lines) == title


def test_a_market_bureau_written_short_is_the_market_bureau():
    # look81 saw 上海市市场监督局 beside 上海市市场监管局 in the graph of all held-out plans: real plans write the
    # bureau 市场监督局 too (held-out 10, 13); it is the standard 市场监管局, not a body of its own
    assert standard_form("区市场监督局") == standard_form("区市场监督管理局") == "区市场监管局"
    # guards: another body's 监督局 keeps its name
    assert standard_form("区质量技术监督局") == "区质量技术监督局"
    assert standard_form("市安全生产监督局") == "市安全生产监督局"
