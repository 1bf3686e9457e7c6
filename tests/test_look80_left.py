"""What session 63's look left on screen (docs/looks-other-plans.md, "Looks at the exports and what look79 left
(session 64)"), each as a property of a warning, a page address or a table.

The plans are written with words of our own.
"""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document

# ---------------------------------------------------------------- a cut quotation says it is cut

LONG_ITEM = "（二）明确时间节点，推进系统开发。根据系统开发计划，分阶段完成各项建设任务。"


def _warned(lines: list[str]):
    return parse_document("\n".join(lines), path="plan.txt").warnings


def test_a_warning_that_cuts_the_plans_words_ends_in_an_ellipsis():
    """The import page quoted ``（二）明确时间节点，…分阶段完`` as if the plan's sentence ended there."""
    warnings = _warned(
        ["某区工作方案", "一、重点任务", LONG_ITEM, "（三）开展培训。（牵头单位：区人社局；完成时限：6月底前）"]
    )
    ((w,),) = [[w for w in warnings if w.kind == "item_no_unit"]]
    excerpt = dict(w.params)["excerpt"]
    assert excerpt == LONG_ITEM[:30] + "…" and w.message.endswith("分阶段完…")


def test_a_task_with_no_lead_quoted_cut_ends_in_an_ellipsis():
    long_task = "推进改革试点工作，建立健全跨部门协同推进机制，形成可复制可推广的经验做法。"
    warnings = _warned(
        ["某区工作要点", "一、重点任务", f"1.{long_task}（配合单位：区财政局）", "2.开展培训。（牵头单位：区人社局）"]
    )
    ((w,),) = [[w for w in warnings if w.kind == "task_no_lead"]]
    assert dict(w.params)["excerpt"].endswith("…") and len(dict(w.params)["excerpt"]) == 31


def test_a_quotation_that_is_whole_has_no_ellipsis():
    """The guard: a short item is quoted whole, with nothing added (its words are all there)."""
    warnings = _warned(
        [
            "某区工作方案",
            "一、重点任务",
            "（二）明确时间节点。",
            "（三）开展培训。（牵头单位：区人社局；完成时限：6月底前）",
        ]
    )
    assert [dict(w.params)["excerpt"] for w in warnings if w.kind == "item_no_unit"] == ["（二）明确时间节点。"]
    warnings = _warned(
        ["某区工作要点", "一、重点任务", "1.推进改革。（配合单位：区财政局）", "2.开展培训。（牵头单位：区人社局）"]
    )
    assert [dict(w.params)["excerpt"] for w in warnings if w.kind == "task_no_lead"] == ["推进改革。"]


# ---------------------------------------------------------------- 瓶颈's details in English, 1280 px


def _details(lang: str):
    from reformgraph.explorer.tables import bottleneck_details
    from reformgraph.metrics import Bottleneck

    units = [
        Bottleneck("unit:a", "某市某某新区管理委员会办公室", "district_government", 0.0123456, True, 12, 31),
        Bottleneck("unit:b", "某区人民政府", "district_government", 0.01, False, 0, 2),
        Bottleneck("unit:c", "区财政局", "department", 0.002, False, 0, 1),
    ]
    return bottleneck_details(units, lang)


def test_the_bottleneck_details_in_english_keep_every_category_whole_at_1280_px():
    """ "District government" (152 px) lost a letter beside a unit's name of twelve characters: the table needed
    800 px for 780 and the unit's name kept its width first."""
    from reformgraph.explorer.ui import TABLE_PX, cell_widths, column_widths

    rows, columns = _details("en")
    widths = column_widths(rows, columns, TABLE_PX)
    needed = cell_widths(rows, columns)
    assert widths[columns["cat"]] >= needed["cat"] + 24, widths
    assert widths[columns["name"]] >= needed["name"] + 24  # the page's answer is whole too
    assert sum(widths.values()) <= TABLE_PX


def test_the_bottleneck_details_in_chinese_are_as_before():
    """The guard: the Chinese table says 区县政府, and fits as it did."""
    from reformgraph.explorer.ui import TABLE_PX, cell_widths, column_widths

    rows, columns = _details("zh")
    assert [r["cat"] for r in rows] == ["区县政府", "区县政府", "部门"]
    assert list(columns.values()) == ["单位", "中介中心性", "被依赖数", "关键连接", "移除后断开的单位数", "类别"]
    widths = column_widths(rows, columns, TABLE_PX)
    assert all(widths[h] >= cell_widths(rows, columns)[k] + 24 for k, h in columns.items())


# ---------------------------------------------------------------- an upload's worker does not run the app


def test_an_upload_worker_importing_the_app_as_its_main_module_does_not_run_the_app(monkeypatch):
    """Streamlit makes the app's file the main module, so the upload worker (multiprocessing's forkserver) ran
    it again as ``__mp_main__`` before parsing: the bundled graph built and the overview drawn in bare mode,
    33 s on a loaded machine (7 s now), and every upload stopped at the 30 s budget."""
    import runpy
    from pathlib import Path

    import streamlit as st

    ran: list[str] = []
    monkeypatch.setattr(st, "navigation", lambda *a, **k: ran.append("navigation"))
    monkeypatch.setattr(st, "set_page_config", lambda *a, **k: ran.append("set_page_config"))
    app = Path(__file__).resolve().parents[1] / "explorer" / "app.py"
    names = runpy.run_path(str(app), run_name="__mp_main__")
    assert ran == [] and callable(names["main"])
