"""The program's use cases, between the core and its two faces (the window and the CLI).

Creating, opening, saving elsewhere, closing, exporting and reporting a session are each
one function here, so the main window and the ``ovelse`` command do the same thing in the
same order and differ only in how they ask and how they tell. Nothing here imports Qt;
``docs/architecture.md`` draws the layers and the contracts that keep them apart.
"""
