"""The dreiebok in a spreadsheet: a pack to an .xlsx workbook or a CSV, and back.

One core package converts between outside formats and the pack model, with problems
located by sheet and cell like the loader locates them by line. It never imports Qt and
never touches a session's store; packs are written through the loader's own checks, so
an imported pack is one that ``ovelse validate`` accepts.
"""
