"""What an upload's worker holds when it starts (docs/performance.md, session 65).

Streamlit makes the app's script the main module, and multiprocessing runs the parent's main module again in
every child (as ``__mp_main__``): each upload's worker imported Streamlit and the pages' state before it parsed
(1.9 s on a quiet machine, 7 s on the loaded one of session 64), while the parser's own modules, which
``loaders.read`` imports only when a text is parsed, were imported again in every worker (0.9 s). Now the app's
imports are skipped under ``__mp_main__`` and the forkserver imports the parser once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.timeout(240)

# A process whose main module is the app's script, as under ``streamlit run`` (Streamlit's script runner puts a
# module named "__main__" whose __file__ is the script into sys.modules), starts a worker and prints its modules.
AS_THE_SERVER = textwrap.dedent(
    """
    import json, sys, types
    from reformgraph.resources import package_file

    main = types.ModuleType("__main__")
    main.__file__ = str(package_file("reformgraph.explorer", "app.py"))
    sys.modules["__main__"] = main
    from reformgraph.explorer import upload

    print(json.dumps(upload.worker_modules()))
    """
)


@pytest.fixture(scope="module")
def worker_modules() -> set[str]:
    done = subprocess.run([sys.executable, "-c", AS_THE_SERVER], capture_output=True, text=True, timeout=200)
    assert done.returncode == 0, done.stderr[-3000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_worker_starts_without_the_app(worker_modules):
    """Before: streamlit and its 600-odd modules, explorer.state, explorer.ui and explorer.i18n."""
    app = sorted(m for m in worker_modules if m.split(".")[0] in ("streamlit", "tornado", "pyarrow", "pandas"))
    pages = sorted(m for m in worker_modules if m.startswith("reformgraph.explorer.") and not m.endswith(".upload"))
    assert (app, pages) == ([], [])


def test_a_worker_starts_with_the_parser_imported(worker_modules):
    """The forkserver imported the parser once; a worker forked from it does not import it again."""
    assert {"reformgraph.loaders.parse", "reformgraph.loaders.tasks", "reformgraph.explorer.upload"} <= worker_modules


def test_the_app_run_again_as_a_workers_main_module_imports_nothing_of_the_app():
    """The guard itself (``__mp_main__``), in a fresh interpreter: only the names the router defines."""
    code = textwrap.dedent(
        """
        import runpy, sys
        from reformgraph.resources import package_file

        names = runpy.run_path(str(package_file("reformgraph.explorer", "app.py")), run_name="__mp_main__")
        print("streamlit" in sys.modules, "st" in names, [p[1] for p in names["PAGES"]][:2])
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[0] == "False False ['overview', 'unit']"
