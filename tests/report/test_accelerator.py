"""ReportLab's C accelerator makes the report faster and changes nothing in it.

``rl_accel`` is a dependency only where it has wheels (pyproject.toml); elsewhere ReportLab
uses its own Python versions of the same functions. Both must write the same report, byte
for byte, so a municipality gets the same PDF whichever machine wrote it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Builds the realistic sample report and prints whether the accelerator was in use and the
# PDF's digest; with «off» the accelerator is made unimportable before ReportLab loads.
_CHILD = """
import hashlib, io, sys
if sys.argv[1] == "off":
    sys.modules["_rl_accel"] = None
from reportlab.lib import rl_accel
from ovelse.report.document import build_report
from tests.report.samples import realistic_report
stream = io.BytesIO()
build_report(realistic_report(), stream)
accelerated = rl_accel.fp_str.__module__ != rl_accel.__name__
print(accelerated, hashlib.sha256(stream.getvalue()).hexdigest())
"""


def _build(mode: str) -> tuple[bool, str]:
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, mode],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)])),
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    accelerated, digest = child.stdout.split()
    return accelerated == "True", digest


def test_the_report_is_written_without_the_accelerator() -> None:
    accelerated, digest = _build("off")
    assert not accelerated
    assert len(digest) == len(hashlib.sha256().hexdigest())


def test_the_accelerator_writes_the_same_bytes_as_reportlabs_own_python() -> None:
    pytest.importorskip("_rl_accel", reason="rl_accel has no wheel for this platform")
    with_accelerator, digest = _build("on")
    without, plain_digest = _build("off")
    assert with_accelerator and not without
    assert digest == plain_digest
