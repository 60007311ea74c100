"""Start-up: process start to the first painted home screen, beside a bare PySide6 window.

Both run as fresh processes, interleaved, on the same machine in the same run; the kiosk
opens a local database of 5,000 occurrences and 100,000 sign-ups. The last line printed
is one JSON object with `ratio_to_floor` (target: at most 1.5).
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import dataset  # noqa: E402

RUNS = int(os.environ.get("SAMMEN_BENCH_RUNS", "9"))
TARGET_RATIO = 1.5


def _first_paint(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=60, check=True
    )
    painted = [line for line in result.stdout.splitlines() if line.startswith("first paint at")]
    if not painted:
        raise RuntimeError(f"no paint reported by {command}: {result.stderr[-500:]}")
    return float(painted[0].rsplit(" ", 1)[1]) - started


def main() -> None:
    data_dir = Path(
        os.environ.get("SAMMEN_BENCH_DATA", Path(tempfile.gettempdir()) / "sammen-bench")
    )
    dataset.build(data_dir)
    # An installed kiosk (pip, PyInstaller) runs from byte-compiled modules; an editable
    # checkout under PYTHONDONTWRITEBYTECODE would compile ~40 modules on every start.
    for package in ("kiosk", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    floor_cmd = [sys.executable, str(ROOT / "bench" / "floor_window.py")]
    # SAMMEN_BENCH_KIOSK: a built kiosk (`make dist`: dist/sammen-kiosk/sammen-kiosk)
    # timed in place of this checkout.
    built = os.environ.get("SAMMEN_BENCH_KIOSK")
    kiosk_cmd = [
        *([built] if built else [sys.executable, "-m", "ui"]),
        "--check",
        "--data-dir",
        str(data_dir),
        "--now",
        dataset.NOW,
    ]
    # One of each first, to warm the page cache; then interleaved so drift hits both alike.
    _first_paint(floor_cmd)
    _first_paint(kiosk_cmd)
    floor, kiosk = [], []
    for _ in range(RUNS):
        floor.append(_first_paint(floor_cmd))
        kiosk.append(_first_paint(kiosk_cmd))
    floor_median = statistics.median(floor)
    kiosk_median = statistics.median(kiosk)
    ratio = kiosk_median / floor_median
    print(
        f"floor (bare PySide6 window): median {floor_median * 1000:.0f} ms  "
        f"runs {[round(x * 1000) for x in floor]}"
    )
    print(
        f"kiosk home screen:           median {kiosk_median * 1000:.0f} ms  "
        f"runs {[round(x * 1000) for x in kiosk]}"
    )
    print(
        json.dumps(
            {
                "benchmark": "startup",
                "runs": RUNS,
                "occurrences": dataset.OCCURRENCES,
                "signups": dataset.SIGNUPS,
                "floor_median_s": round(floor_median, 4),
                "kiosk_median_s": round(kiosk_median, 4),
                "ratio_to_floor": round(ratio, 2),
                "target_ratio": TARGET_RATIO,
                "target_met": ratio <= TARGET_RATIO,
            }
        )
    )


if __name__ == "__main__":
    main()
