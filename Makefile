# Two commands for a newcomer: `make run` and `make test`. Every install step lives here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench format package package-deb package-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ovelse

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

# Packaging (docs/packaging.md): a one-folder PyInstaller build in dist/ovelse, a .deb
# made from it, and a smoke test of the frozen program. PyInstaller is a build tool only,
# so it is installed here and not listed in pyproject.toml.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.5,<7'
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/ovelse.spec

package-deb:
	packaging/debian/build_deb.sh dist/ovelse dist

package-smoke:
	packaging/smoke_test.sh dist/ovelse

clean:
	rm -rf $(VENV) build dist
