"""A chapter or section title that is also a bookmark in the PDF outline.

Its own module because both the body (``blocks``) makes headings and the page template
(``document``) collects them; with it in ``document``, the two imported each other.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from ovelse.report.paragraph import Para


class Heading(Para):
    """A chapter or section title that also becomes a bookmark in the PDF outline.

    ReportLab rebuilds a paragraph it splits through the constructor, so the signature
    stays Paragraph's; the bookmark goes with the first part only.
    """

    def __init__(
        self,
        text: Any,
        style: Any = None,
        *args: Any,
        outline: str = "",
        level: int = 0,
        **kwargs: Any,
    ) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.outline = outline
        self.level = level

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts and isinstance(parts[0], Heading):
            parts[0].outline, parts[0].level = self.outline, self.level
        return parts
