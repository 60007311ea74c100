"""`python -m ui`: the same as `sammen-kiosk` (and the PyInstaller entry point)."""

import sys

from ui.app import main

sys.exit(main())
