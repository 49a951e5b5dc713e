"""The evaluation report for a long exercise, against a bare ReportLab document of its text.

A three-hour exercise with 60 injects, 500 log entries and 40 action items. The floor is a
plain ``SimpleDocTemplate`` holding the same texts as paragraphs and one table with as
many rows as all the report's tables together (cells set as paragraphs, as the report's
are), padded with pages holding only a number to the report's page count, built in the same run with the
same font. So the ratio is what the report's layout costs (chapters, the log by inject,
the chart, page furniture), not what its length costs. Prints, never asserts.

Peak memory is the largest resident size of a process that builds the document once,
started from a fresh interpreter: a small parent (``python -c``) spawns it and reads the
child's peak from ``RUSAGE_CHILDREN`` after it ends. A process forked from the benchmark
runner would report the runner's own peak, since Linux carries the high-water mark across
``fork`` and ``exec``. The Python heap's own peak (tracemalloc) is named beside it.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
)

from benchmarks.common import HEADER, grouped, interleaved_best, row
from ovelse.exercise import labels
from ovelse.exercise.kinds import ActionStatus, EntryKind, Rating
from ovelse.report import fonts, markup
from ovelse.report.document import build_report
from ovelse.report.model import (
    ActionItem,
    Goal,
    InjectRecord,
    Links,
    LogRecord,
    Municipality,
    Note,
    Participant,
    Phase,
    ReportInput,
    Role,
)

INJECTS = 60
ENTRIES = 500
ACTIONS = 40
MINUTE = 60_000
LENGTH_MS = 180 * MINUTE

_SENTENCES = (
    "Kriseledelsen drøftet hvordan hjemmeboende uten strøm skal nås i løpet av kvelden.",
    "Teknisk sjef melder at aggregatet ved vannverket må fylles hver fjerde time.",
    "Kommuneoverlegen ber om oversikt over pasienter med medisinsk utstyr i Unjárga.",
    "Informasjon på norsk og nordsamisk legges ut på nettsiden og henges opp på butikken.",
    "Politiet og Sivilforsvaret er varslet; HV kan bistå med transport fra Čáhcesuolu.",
)


def synthetic_report() -> ReportInput:
    roles = tuple(
        Role(f"r{n}", title, f"Ansvar for {title.lower()} i krisen.")
        for n, title in enumerate(
            (
                "Ordfører",
                "Kommunedirektør",
                "Beredskapskoordinator",
                "Kommuneoverlege",
                "Helse- og omsorgssjef",
                "Teknisk sjef",
                "Kommunikasjonsrådgiver",
                "Politiet",
            )
        )
    )
    phases = tuple(Phase(f"f{n}", f"Fase {n + 1}", "Utviklingen i fasen.") for n in range(3))
    step = LENGTH_MS // INJECTS
    injects = tuple(
        InjectRecord(
            id=f"i{n}",
            title=f"Innspill {n + 1}: situasjonen i Unjárga endrer seg",
            text=" ".join(_SENTENCES[(n + k) % len(_SENTENCES)] for k in range(4)),
            phase_id=phases[n * 3 // INJECTS].id,
            planned_ms=n * step,
            released_ms=None if n % 13 == 7 else n * step + (n % 9) * MINUTE,
            skipped=n % 13 == 7,
            scenario_time=f"Dag {1 + n // 20}, kl. {6 + n % 14:02d}:00",
            source="Øvingsledelsen",
        )
        for n in range(INJECTS)
    )
    kinds = list(EntryKind)
    start = datetime(2026, 2, 11, 9, 0)
    entries = tuple(
        LogRecord(
            id=f"L{n + 1}",
            exercise_ms=n * LENGTH_MS // ENTRIES,
            kind=kinds[n % len(kinds)],
            text=" ".join(_SENTENCES[(n + k) % len(_SENTENCES)] for k in range(1 + n % 3)),
            roles=(roles[n % len(roles)].id,) + ((roles[0].id,) if n % 6 == 0 else ()),
            inject_id=injects[n * INJECTS // ENTRIES].id,
            owner=roles[(n + 2) % len(roles)].title if n % 4 == 0 else "",
            deadline="innen kl. 16" if n % 4 == 0 else "",
            wall=start + timedelta(milliseconds=n * LENGTH_MS // ENTRIES),
        )
        for n in range(ENTRIES)
    )
    goals = tuple(
        Goal(
            f"m{n}",
            f"Mål {n + 1} for kriseledelsen",
            _SENTENCES[n % 5],
            list(Rating)[n % 4],
            _SENTENCES[(n + 1) % 5],
            tuple(
                Goal(f"m{n}.{k}", f"Delmål {k + 1}", rating=list(Rating)[k % 4]) for k in range(3)
            ),
        )
        for n in range(4)
    )
    notes = tuple(
        Note(f"N{n}", _SENTENCES[n % 5], Links((f"m{n % 4}",), (f"i{n}",), (f"L{n + 1}",)))
        for n in range(12)
    )
    actions = tuple(
        ActionItem(
            f"T{n + 1}",
            f"Tiltak {n + 1}: {_SENTENCES[n % 5]}",
            roles[n % len(roles)].title,
            date(2026, 1 + n % 12, 1 + n % 28),
            list(ActionStatus)[n % 3],
            f"Beredskapsplan kap. {1 + n % 9}",
            Links((f"m{n % 4}",)),
        )
        for n in range(ACTIONS)
    )
    return ReportInput(
        title="Diskusjonsøvelse «Mørketid» – langvarig strømbrudd",
        municipality=Municipality("Nesseby", "Unjárga", "Finnmark"),
        dates=(date(2026, 2, 11),),
        place="Rådhuset",
        marking="Unntatt offentlighet, jf. offl. § 24 tredje ledd",
        summary=" ".join(_SENTENCES * 4),
        background=" ".join(_SENTENCES * 2),
        goals=goals,
        strengths=notes[:6],
        improvements=notes[6:],
        learning_points=notes[:5],
        actions=actions,
        way_forward=" ".join(_SENTENCES),
        facilitator="Øvingsleder",
        evaluator="Evaluator",
        scenario_title="Mørketid",
        scenario_summary=_SENTENCES[1],
        hazard="Langvarig strømbrudd",
        planned_duration_ms=LENGTH_MS,
        actual_duration_ms=LENGTH_MS,
        phases=phases,
        roles=roles,
        participants=tuple(
            Participant(f"Deltaker {n}", "Kommunen", (r.id,)) for n, r in enumerate(roles)
        ),
        injects=injects,
        entries=entries,
    )


class _Counted(Exception):
    """Stops the report's build once its story has been counted."""


def _rows_in(flowables: Iterable[object]) -> int:
    """Table rows in a story, tables inside cells and kept-together groups included."""
    count = 0
    for flowable in flowables:
        if isinstance(flowable, Table):
            cells = flowable._cellvalues
            count += len(cells)
            count += _rows_in(
                item
                for line in cells
                for cell in line
                for item in (cell if isinstance(cell, list | tuple) else [cell])
            )
        for inner in ("_content", "_flowables"):
            if isinstance(getattr(flowable, inner, None), list | tuple):
                count += _rows_in(getattr(flowable, inner))
    return count


def table_rows(report: ReportInput) -> int:
    """Rows in all the tables of the report's story as it goes to layout, before layout
    splits any of them across pages."""
    rows = [0]
    original = BaseDocTemplate.build

    def counting(self: BaseDocTemplate, flowables: list[object], *args: Any, **kwargs: Any) -> None:
        rows[0] = _rows_in(flowables)
        raise _Counted

    BaseDocTemplate.build = counting  # type: ignore[method-assign]
    try:
        build_report(report, io.BytesIO())
    except _Counted:
        pass
    finally:
        BaseDocTemplate.build = original  # type: ignore[method-assign]
    return rows[0]


def bare_document(report: ReportInput, stream: io.BytesIO, rows: int, blank: int = 0) -> int:
    """The floor: the same texts, one style, one table of ``rows`` rows, ``blank`` pages
    of a page number at the end; returns its page count."""
    style = ParagraphStyle("plain", fontName=fonts.register(), fontSize=9.5, leading=14)
    cell = ParagraphStyle("cell", parent=style, fontSize=8, leading=10.5)
    texts = [report.title, report.summary, report.background, report.way_forward]
    texts += [goal.title + " " + goal.comment for goal in report.goals]
    texts += [note.text for note in (*report.strengths, *report.improvements)]
    texts += [note.text for note in report.learning_points]
    texts += [f"{i.title} {i.text}" for i in report.injects]
    texts += [f"{a.measure} {a.owner} {a.plan_section}" for a in report.actions]
    story = [Paragraph(markup.text(text), style) for text in texts]
    entries = report.entries
    story.append(
        LongTable(
            [
                [
                    Paragraph(str(e.exercise_ms // MINUTE), cell),
                    Paragraph(labels.ENTRY_KINDS[e.kind], cell),
                    Paragraph(markup.text(e.text), cell),
                ]
                for e in (entries[n % len(entries)] for n in range(rows))
            ],
            colWidths=[50, 70, 330],
            repeatRows=1,
        )
    )
    for page in range(blank):  # a number on each, as ReportLab halts at ten empty pages
        story += [PageBreak(), Paragraph(str(page + 1), style)]
    document = SimpleDocTemplate(stream, pagesize=A4, invariant=1)
    document.build(story)
    return int(document.page)


def peak_traced_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


_SPAWN = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak / (1e6 if sys.platform == "darwin" else 1e3))
"""


def fresh_rss_mb(kind: str, rows: int, blank: int) -> float:
    """Max RSS of a new process that builds the ``report`` or the ``bare`` document once,
    spawned by a small interpreter of its own and measured as that one's child."""
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _SPAWN,
            sys.executable,
            "-m",
            "benchmarks.bench_report",
            "--rss",
            kind,
            str(rows),
            str(blank),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
        check=True,
    )
    return float(child.stdout.strip().splitlines()[-1])


def _child_rss(kind: str, rows: int, blank: int) -> None:
    report = synthetic_report()
    fonts.register()
    if kind == "report":
        build_report(report, io.BytesIO())
    else:
        bare_document(report, io.BytesIO(), rows, blank)


def main() -> list[str]:
    report = synthetic_report()
    fonts.register()
    pages = build_report(report, io.BytesIO()).pages
    rows = table_rows(report)
    blank = max(pages - bare_document(report, io.BytesIO(), rows), 0)
    floor_pages = bare_document(report, io.BytesIO(), rows, blank)

    def floor() -> None:
        bare_document(report, io.BytesIO(), rows, blank)

    def measured() -> None:
        build_report(report, io.BytesIO())

    floor_s, measured_s = interleaved_best(floor, measured, 7)
    traced_mb = peak_traced_mb(measured)
    rss_mb = fresh_rss_mb("report", rows, blank)
    floor_rss_mb = fresh_rss_mb("bare", rows, blank)
    return [
        row(
            f"report: {INJECTS} injects, {ENTRIES} log entries, {ACTIONS} actions "
            f"({pages} pages, {grouped(rows)} table rows; floor {floor_pages} pages, "
            f"{grouped(rows)} rows)",
            measured_s,
            floor_s,
            "≤ 3× floor",
        ),
        row(
            f"report peak memory: max RSS of a fresh process building it once (Python "
            f"heap peak {traced_mb:.0f} MB)",
            rss_mb,
            floor_rss_mb,
            "< 200 MB",
            unit="MB",
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rss"]:
        _child_rss(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        print(HEADER)
        print("\n".join(main()))
