from __future__ import annotations

import random
import re

import pytest

from reformgraph.loaders import deadlines, text_deadlines
from reformgraph.loaders.citations import classify_title
from reformgraph.loaders.deadlines import parse_deadline


@pytest.mark.parametrize(
    "raw, date, status",
    [
        ("2021年12月", "2021-12", "scheduled"),
        ("2022年6月底", "2022-06", "scheduled"),
        ("2022年6月底前完成并长期坚持", "2022-06", "scheduled"),
        ("2021年4月至9月", "2021-09", "scheduled"),
        ("2020年4月至9月，已完成", "2020-09", "done"),
        ("已完成", None, "done"),
        ("已完成，持续推进", None, "ongoing"),
        ("持续推进", None, "ongoing"),
        ("长期坚持", None, "ongoing"),
        ("常态化实施", None, "ongoing"),
        ("第一阶段2021年12月；第二阶段2022年1月；第三阶段2022年2月", "2022-02", "scheduled"),
        ("第一阶段已完成,持续推进,第二阶段2022年3月", "2022-03", "scheduled"),
        ("每季度，首次2022年3月31日前", "2022-03-31", "scheduled"),
        ("2022年底", "2022-12", "scheduled"),
        ("2022年上半年", "2022-06", "scheduled"),
        ("2022", "2022-12", "scheduled"),
        ("2022年4月**", "2022-04", "scheduled"),
        ("意见出台后制定", None, None),
    ],
)
def test_deadlines(raw, date, status):
    d = parse_deadline(raw)
    assert (d.date, d.status) == (date, status)
    assert d.raw == raw.replace("**", "")


def test_missing_deadline():
    assert parse_deadline(None).raw is None


@pytest.mark.parametrize(
    "title, category",
    [
        ("《中华人民共和国民法典》", "law"),
        ("《优化营商环境条例》", "regulation"),
        ("《重庆市市场监督管理行政执法人员尽职免责规定（暂行）（送审稿）》", "regulation"),
        ("《市场准入负面清单（2021年版）》", "list"),
        ("《税收完税证明》", "form"),
        ("《植物检疫证书》", "form"),
        ("《关于进一步优化营商环境的实施意见》", "policy"),
        ("《涉外商事案件办理手册》", "other"),
    ],
)
def test_citation_categories(title, category):
    assert classify_title(title) == category


@pytest.mark.parametrize(
    "text, raw, date, status",
    [
        ("推进排水管网改造，2026年底前完成。", "2026年底前", "2026-12", "scheduled"),
        ("到2025年，新建屋顶光伏覆盖率超过50%。", "到2025年", "2025-12", "scheduled"),
        ("完善设施。2023年，实现标准化岸电设施全覆盖。", "2023年", "2023-12", "scheduled"),
        ("2019年1月1日至2020年12月31日，给予生活费补贴。", "2019年1月1日至2020年12月31日", "2020-12-31", "scheduled"),
        ("实施2023—2025年行动。", "2023—2025年", "2025-12", "scheduled"),
        ("从2019年1月1日起，实施三年见习计划。", None, None, None),
        ("及时组织开展2022年度补贴申报。", None, None, None),
        ("依据《三年行动计划（2024-2026年）》推进。", None, None, None),
        ("要在本意见印发之日起30日内，制定办法。", "本意见印发之日起30日内", "2018-12-16", "scheduled"),
        (
            "于2018年12月31日前报送。从2019年起，于每年2月底前报送。",
            "2018年12月31日前；每年2月底前",
            "2018-12-31",
            "scheduled",
        ),
        ("持续推进永丰仓城更新项目，探索可持续城市更新模式。", "持续推进", None, "ongoing"),
        ("常态开展岸电技术交流。组织演示。", "常态开展", None, "ongoing"),
        ("完善码头岸电设施建设。持续推进上海港码头岸电设施建设。", None, None, None),
        ("“十四五”期间完成改造。", "“十四五”期间", "2025-12", "scheduled"),
        ("年内完成。", "年内", "2025-12", "scheduled"),
        ("6月底前出台办法。", "6月底前", "2025-06", "scheduled"),
        ("完成30个项目，召开3次会议。", None, None, None),
    ],
)
def test_deadlines_in_the_task_text(text, raw, date, status):
    from reformgraph.loaders.text_deadlines import text_deadline

    d = text_deadline(text, plan_year=2025, document_date="2018-11-16")
    assert (d.raw, d.date, d.status) == (raw, date, status)


def test_title_categories_read_as_the_end_anchored_rules():
    """``classify_title`` compares endings with ``str.endswith``; it gives what its first form's regexes gave."""
    rules = (
        ("law", re.compile(r"(法|法典)$")),
        ("regulation", re.compile(r"(条例|规定|细则|办法|规则|规程|解释|规范|准则)$")),
        ("list", re.compile(r"(清单|目录|名录|名单)$")),
        ("form", re.compile(r"(证明|表|单|证|书|凭证|回执|报告|发票|执照|函)$")),
        ("policy", re.compile(r"(意见|通知|方案|决定|规划|指引|指南|纲要|措施|公告|决议|计划|要点|通告|批复|分工)$")),
    )
    trailing = re.compile(r"[（(][^（()）]*[)）]$")

    def reference(title: str) -> str:
        core = title.strip("《》")
        while trailing.search(core):
            core = trailing.sub("", core)
        return next((category for category, pattern in rules if pattern.search(core)), "other")

    pieces = ["法", "法典", "条例", "清单", "单", "证", "意见", "分工", "规定", "典", "（", "）", "(", ")", "2021年版"]
    pieces += ["\n", "\n\n", "《", "》", "优化", "x", " "]
    rng = random.Random(15)
    titles = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    assert [classify_title(t) for t in titles] == [reference(t) for t in titles]
    assert {reference(t) for t in titles} == {"law", "regulation", "list", "form", "policy", "other"}


def _random_texts(seed: int, pieces: list[str], count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(12))) for _ in range(count)]


# words the patterns read, their characters alone, other digits (full-width, Arabic-Indic), whitespace, other text
_DATE_PIECES = [
    *"2022年12月3日上下半第一二三四五九十季度底末内每本可持续常态化长期坚。，１٣ \u3000\t",
    *("2022", "2022 年", "12 月", "3日", "上半年", "下半年", "第一季度", "第3季度", "四季度", "年底", "年末", "年内"),
    *("十四五", "每年", "每季度", "每半年", "本意见", "本通知", "本办法"),
    *("可持续", "持续推进", "常态化开展", "长期坚持"),
]


@pytest.mark.parametrize("pattern", [deadlines._TOKEN, text_deadlines._TRIGGER], ids=["_TOKEN", "_TRIGGER"])
def test_a_leading_lookahead_skips_only_where_no_match_starts(pattern):
    # the lookahead (?=[…]) names every character a match can start with: the matches are those of the rest
    lookahead, rest = pattern.pattern.split(")", 1)
    assert lookahead.startswith("(?=[")
    plain = re.compile(rest)
    for text in _random_texts(15, _DATE_PIECES):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_ongoing_words_as_read_with_the_lookbehind_before_the_word():
    written_before = re.compile(
        r"(?<!可)持续[\u4e00-\u9fff]{2}|常态化?[\u4e00-\u9fff]{2}|长期坚持"
        r"|每(?:年|季度|月|半年|日|[两二三五2-9]年|[两三]个?月|[2-9]个月)"  # 每日: round 46; 每两年, 每三个月: round 48;
        # 每5年, 每3个月: round 51
    )
    for text in _random_texts(16, _DATE_PIECES):
        found, expected = text_deadlines._ONGOING_WORD.search(text), written_before.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    assert text_deadlines.text_deadline("探索可持续城市更新模式。").status is None


def test_the_first_sentence_ends_after_its_stop():
    assert [text_deadlines._sentence_end(t) for t in ("完成。推进！", "推进？", "推进", "")] == [3, 3, 2, 0]


def test_a_date_in_the_text_is_named_by_its_outer_group():
    # text_deadline reads a match's kind as m.lastgroup: the outer group closes after those inside it
    kinds = (
        "start",
        "range",
        "range2",
        "point",
        "in_year",
        "relative",
        "recurring",
        "period",
        "within_year",
        "this_period",
    )
    pieces = _DATE_PIECES + ["从", "自", "起", "至", "到", "—", "-", "前", "以前", "印发之日起", "30", "日内", "个月内"]
    pieces += ["“", "”", "期间", "时期", "2019年", "2023—2025年", "6月底前", "9月30日前", "年底前"]
    pieces += ["从2019年1月1日起", "自2020年起", "本意见印发之日起30日内", "本方案发布之日起3个月内"]
    pieces += ["本月底前", "下月", "本季度末前", "本月内"]  # round 35
    seen = set()
    for text in _random_texts(17, pieces):
        for at in range(len(text)):
            m = text_deadlines._TEXT_DATE.match(text, at)
            if m:
                assert m.lastgroup == next(k for k in kinds if m.group(k)), (text, at)
                seen.add(m.lastgroup)
    assert seen == set(kinds)
