"""The evaluation report (evalueringsrapport) as PDF.

``model.ReportInput`` is everything the report prints; ``from_session`` builds it from a
session; ``document.build_report`` writes the PDF. The command line calls
``from_session.write_report_for_session``. Nothing here imports Qt, and this module
imports nothing, so reading the model does not load ReportLab.
"""
