# Two commands for a newcomer: `make run` and `make test`. Every install step lives here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench format catalogues i18n package package-deb package-smoke clean

# Translations (docs/translations.md): po/*.po are the catalogues translators edit; the
# program reads them compiled, as src/ovelse/locale/LANG/LC_MESSAGES/ovelse.mo (not
# committed). The wheel build compiles them too (packaging/hatch_catalogues.py).
PO         := $(wildcard po/*.po)
CATALOGUES := $(patsubst po/%.po,src/ovelse/locale/%/LC_MESSAGES/ovelse.mo,$(PO))
VERSION    := $(shell sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
# The marks of ovelse.i18n.markers: N_(text), NP_(context, text), NN_(singular, plural).
KEYWORDS   := --no-default-keywords -k N_ -k NP_:1c,2 -k NN_:1,2

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP) catalogues
	$(BIN)/ovelse

test: $(STAMP) catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(STAMP) catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

# Packaging (docs/packaging.md): a one-folder PyInstaller build in dist/ovelse, a .deb
# made from it, and a smoke test of the frozen program. PyInstaller is a build tool only,
# so it is installed here and not listed in pyproject.toml.
catalogues: $(CATALOGUES)

src/ovelse/locale/%/LC_MESSAGES/ovelse.mo: po/%.po $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pybabel -q compile --locale $* --input-file $< --output-file $@
	@test -s $@ || { echo "$<: not compiled (a fuzzy header?)" >&2; exit 1; }

# Extract the marked texts into po/ovelse.pot and bring every po/LANG.po up to date with
# it. New and changed texts arrive untranslated or fuzzy: tests/i18n fails until a
# translator has done them.
i18n: $(STAMP)
	$(BIN)/pybabel -q extract --mapping-file po/babel.cfg $(KEYWORDS) \
		--add-location=file --sort-by-file --width=100 \
		--project=Øvelse --version=$(VERSION) --copyright-holder=Øvelse-prosjektet \
		--output-file po/ovelse.pot src/ovelse
	for po in $(PO); do \
		$(BIN)/pybabel -q update --input-file po/ovelse.pot --output-file $$po \
			--locale $$(basename $$po .po) --width=100 --ignore-pot-creation-date || exit 1; \
	done
	$(MAKE) --no-print-directory catalogues

package: $(STAMP) catalogues
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.5,<7'
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/ovelse.spec

package-deb:
	packaging/debian/build_deb.sh dist/ovelse dist

package-smoke:
	packaging/smoke_test.sh dist/ovelse

clean:
	rm -rf $(VENV) build dist src/ovelse/locale
