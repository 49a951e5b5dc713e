"""Text a facilitator might type or paste, which must stay text everywhere it goes."""

from __future__ import annotations

MARKUP = {
    "reportlab": "<b>fet</b> <i>kursiv</i> <font color='red' size='40'>stor</font> slutt",
    "entities": "&amp; &lt;x&gt; &#169; &nbsp; & < > \" '",
    "image": '<img src="http://example.invalid/sporing.png" width="500"/> bilde',
    "link": '<a href="http://example.invalid/">klikk her</a> lenke',
    "para": "<para>avsnitt</para><br/><h1>Overskrift</h1><script>alert(1)</script>",
    "qt": "<html><body><table><tr><td>celle</td></tr></table><hr></body></html>",
}
SCRIPTS = {
    "arabic": "مرحبا بالعالم – إخلاء المدرسة",
    "hebrew": "שלום עולם – פינוי",
    "combining": "e\u0301 a\u0308 o\u0328\u0301 Z\u0335\u0321a\u0336l\u0337g\u0334o",
    "joiners": "👩\u200d👩\u200d👧 a\u200db\u200cc\u2060d",
    "bidi": "\u202eslutt\u202c og \u2066isolert\u2069",
    "emoji": "🚒🚑🌊⚡️ brann",
    "sami": "Unjárga ŋ ŧ á č đ š ž Ŋ Ŧ",
}
LONG = " ".join(f"ord{n}" for n in range(1700))  # about 10 000 characters
UNBROKEN = "x" * 10_000  # pasted with no space to break at

ALL = {**MARKUP, **SCRIPTS, "long": LONG, "unbroken": UNBROKEN}


def squash(text: str) -> str:
    """Text without whitespace, so a line broken by the PDF still matches."""
    return "".join(text.split())
