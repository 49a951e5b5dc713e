"""The report's paragraph: ReportLab's, but it breaks its lines once per width.

Platypus measures a paragraph many times before it draws it: a table sizes its rows, a
heading kept with the next flowable is measured as part of a group, a table that meets the
page end is measured again to split it, and drawing measures once more; the width never
changes in between. For a log of several hundred entries, breaking the same lines over and
over was half of the report's build time.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class Para(Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split() drops the broken lines when it hands the whole paragraph on; then redo.
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size
