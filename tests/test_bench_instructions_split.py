"""The benchmark's split of a count into C scans and Python-level work (``bench_instructions.py --split``).

The split itself runs valgrind; these test its pure parts: which callgrind names are C scans, how
``callgrind_annotate``'s lines are summed, how two runs' costs give one call's, and the weights."""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_instructions as bench  # noqa: E402


@pytest.mark.parametrize(
    "name",
    [
        "sre_ucs2_match",
        "sre_ucs1_charset.constprop.0",
        "__memchr_avx2",
        "__memcpy_avx_unaligned_erms",
        "any_find_slice",
        "split",
        "PyUnicode_Splitlines",
        "_PyUnicode_EncodeCharmap",
        "_PyUnicode_JoinArray",
        "ucs2lib__two_way",
    ],
)
def test_scans_are_c_scans(name: str) -> None:
    assert bench.is_c_scan(name)


@pytest.mark.parametrize(
    "name",
    [
        "_PyEval_EvalFrameDefault",
        "_PyObject_Malloc",
        "_Py_dict_lookup",
        "vgetargs1_impl",
        "tupledealloc",
        "unicode_split",  # the method's wrapper: argument handling, not the scan
        "_sre_SRE_Pattern_search",  # the method's set-up, not the engine's loop
        "PyUnicode_Substring",
    ],
)
def test_item_work_is_python_level(name: str) -> None:
    assert not bench.is_c_scan(name)


ANNOTATED = """\
--------------------------------------------------------------------------------
Ir                    file:function
--------------------------------------------------------------------------------
131,463,288 ( 6.70%)  /tmp/py/Python/ceval.c:_PyEval_EvalFrameDefault'2 [/lib/libpython3.11.so.1.0]
 67,793,191 ( 3.46%)  /tmp/py/Python/ceval.c:_PyEval_EvalFrameDefault [/lib/libpython3.11.so.1.0]
  5,000,000 ( 0.25%)  /tmp/py/Objects/object.h:_PyEval_EvalFrameDefault
 37,793,128 ( 1.93%)  /tmp/py/./Modules/_sre/sre_lib.h:sre_ucs1_charset.constprop.0 [/lib/libpython3.11.so.1.0]
  9,899,973 ( 0.50%)  ???:crc32_z [/usr/lib/x86_64-linux-gnu/libz.so.1.2.13]
"""


def test_self_costs_sum_a_function_over_its_recursions_and_inlined_files() -> None:
    costs = bench.self_costs(ANNOTATED)
    assert costs == {
        "_PyEval_EvalFrameDefault": 131_463_288 + 67_793_191 + 5_000_000,
        "sre_ucs1_charset.constprop.0": 37_793_128,
        "crc32_z": 9_899_973,
    }


def test_one_calls_split_is_the_difference_over_the_calls() -> None:
    none = {"sre_search": 1_000, "_PyEval_EvalFrameDefault": 5_000}
    called = {"sre_search": 9_000, "_PyEval_EvalFrameDefault": 45_000, "PyTuple_New": 400}
    assert bench.split_counts(none, called, 4) == (2_000.0, 10_100.0)


def test_weights_make_python_level_work_dearer() -> None:
    assert bench.weighted_ms(1e6, 0) == pytest.approx(bench.MS_PER_M_C_SCANS)
    assert bench.weighted_ms(0, 1e6) == pytest.approx(bench.MS_PER_M_PYTHON_LEVEL)
    assert bench.weighted_ms(0, 1e6) > 2 * bench.weighted_ms(1e6, 0)


def test_doctest_examples() -> None:
    result = doctest.testmod(bench, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4 and result.failed == 0
