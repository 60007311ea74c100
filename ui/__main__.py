"""`python -m ui`: the same as `sammen-kiosk` (and the PyInstaller entry point)."""

import gc
import sys

# Importing and building the first screen makes many objects and frees few: no cycle
# collection until the event loop starts (ui.app turns it back on), ≈ 3 ms sooner.
gc.disable()

# The command line is read before PySide6 is imported: PySide6 reads the source of every
# module imported after it, and argparse's first parse imports `locale` (≈ 5 M
# instructions, ≈ 1 ms).
from ui.options import window_arguments  # noqa: E402

args = window_arguments(sys.argv[1:])  # None: `screenshot` or `slip`

from ui.app import main, run_window  # noqa: E402

sys.exit(main() if args is None else run_window(args))
