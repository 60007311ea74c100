"""`python -m ui`: the same as `sammen-kiosk` (and the PyInstaller entry point)."""

import gc
import sys

# Importing and building the first screen makes many objects and frees few: no cycle
# collection until the event loop starts (ui.app.main turns it back on), ≈ 3 ms sooner.
gc.disable()

from ui.app import main  # noqa: E402

sys.exit(main())
