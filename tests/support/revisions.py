"""A revision of the bundled plan, as a planner meets one: for the diff tests and the 对比 (Compare) page."""

from __future__ import annotations

from pathlib import Path


def written_versions(folder: Path, old: str, new: str) -> tuple[str, str]:
    """``old`` and ``new`` written as ``old.md`` and ``new.md`` in ``folder``; their paths.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [Path(p).name for p in written_versions(Path(d), "# 甲", "# 乙")]
    ['old.md', 'new.md']
    """
    paths = folder / "old.md", folder / "new.md"
    for path, text in zip(paths, (old, new)):
        path.write_text(text, encoding="utf-8")
    return str(paths[0]), str(paths[1])


def bundled_revision(*, slip: int = 0) -> str:
    """The bundled document revised: every workplan retitled "…工作方案（修订）" and 市市场监管局's leads
    handed to 市发展改革委; with ``slip``, the first ``slip`` deadlines of June 2022 moved to December 2022.

    >>> text = bundled_revision(slip=2)
    >>> text.count("牵头单位：市市场监管局"), text.count("完成时限：2022年6月"), "工作方案（修订）" in text
    (0, 126, True)
    """
    from reformgraph.resources import bundled_document

    text = bundled_document().read_text(encoding="utf-8")
    text = text.replace("工作方案", "工作方案（修订）").replace("牵头单位：市市场监管局", "牵头单位：市发展改革委")
    return text.replace("完成时限：2022年6月", "完成时限：2022年12月", slip)
