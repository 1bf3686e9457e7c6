"""Packaged files: found in the package's folder, or extracted once from a zipped package."""

import sys
import zipfile

from reformgraph.resources import bundled_document, data_path


def test_files_come_from_the_package_folder():
    path = bundled_document()
    assert path.is_file() and path.parent.name == "data"
    assert data_path("aliases.csv").read_text(encoding="utf-8").strip()


def test_a_zipped_package_is_extracted(tmp_path, monkeypatch):
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("zipped_rg_data/__init__.py", "")
        zf.writestr("zipped_rg_data/table.csv", "名称\n市财政局\n")
    monkeypatch.syspath_prepend(str(archive))
    try:
        path = data_path("table.csv", "zipped_rg_data")
        assert path.is_file() and not str(path).startswith(str(archive))
        assert path.read_text(encoding="utf-8") == "名称\n市财政局\n"
    finally:
        sys.modules.pop("zipped_rg_data", None)
