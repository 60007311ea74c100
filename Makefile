# Two commands on a fresh Debian/Ubuntu with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHOTS := screenshots
NOW := 2026-12-01T10:00

.PHONY: run run-two run-offline run-kiosk test lint typecheck translations screenshots bench clean dist dist-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The demo is the real system: an embedded PostgreSQL is the central database.
run: $(STAMP)
	$(BIN)/sammen-kiosk --demo

# Two kiosk windows on the same central database: sign up on one, watch the other.
run-two: $(STAMP)
	$(BIN)/sammen-kiosk --demo --windows 2

run-offline: $(STAMP)
	$(BIN)/sammen-kiosk --demo --offline

run-kiosk: $(STAMP)
	$(BIN)/sammen-kiosk --kiosk

lint: $(STAMP)
	$(BIN)/ruff check kiosk ui tests bench tools
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

# Rebuild the .qm files from the .ts sources that translators edit.
translations: $(STAMP)
	$(BIN)/pyside6-lrelease resources/translations/sammen_nb.ts resources/translations/sammen_nn.ts resources/translations/sammen_en.ts

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP)
	mkdir -p $(SHOTS)
	for screen in home browse activity signup signup-help signup-last confirmation my-signups; do \
	  for lang in nb nn en; do \
	    QT_QPA_PLATFORM=offscreen $(BIN)/sammen-kiosk screenshot --demo --now $(NOW) --screen $$screen --lang $$lang --out $(SHOTS)/$$screen-$$lang.png || exit 1; \
	  done; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/sammen-kiosk screenshot --demo --now $(NOW) --screen home --text-scale 166 --out $(SHOTS)/home-166.png
	QT_QPA_PLATFORM=offscreen $(BIN)/sammen-kiosk screenshot --demo --now $(NOW) --screen home --theme contrast --out $(SHOTS)/home-contrast.png
	for screen in staff-pin staff-home staff-activity-edit staff-participants staff-add-person staff-settings staff-new-user staff-audit; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/sammen-kiosk screenshot --demo --now $(NOW) --screen $$screen --out $(SHOTS)/$$screen.png || exit 1; \
	done

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/interaction.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/central_load.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(SHOTS)

# One-folder PyInstaller build in dist/sammen-kiosk/.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# The build as shipped starts, renders a screen and writes a slip (CI runs this).
dist-check: dist
	QT_QPA_PLATFORM=offscreen dist/sammen-kiosk/sammen-kiosk --check --demo --offline
	QT_QPA_PLATFORM=offscreen dist/sammen-kiosk/sammen-kiosk screenshot --demo --lang nn \
		--screen signup-last --out build/dist-check.png
	QT_QPA_PLATFORM=offscreen dist/sammen-kiosk/sammen-kiosk slip --demo --out build/dist-check.pdf
	test -s build/dist-check.png && test -s build/dist-check.pdf
