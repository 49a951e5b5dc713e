"""The frozen program's first line of Python: hand over to the ``ovelse`` command.

PyInstaller needs a script, not an ``ovelse.cli:main`` entry point; this is that script,
and nothing more, so the frozen app and ``.venv/bin/ovelse`` run the same code.
"""

import sys

from ovelse.cli import main

if __name__ == "__main__":
    sys.exit(main())
