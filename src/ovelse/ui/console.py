"""The facilitator console: clocks, the inject under discussion, what comes next, the log.

Built for speed under pressure. Nothing here is modal except confirmations of things that
cannot be undone (skip, end). Due injects show as a coloured banner and coloured rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.checklist import ChecklistItem
from ovelse.exercise.kinds import InjectStatus, RunState
from ovelse.exercise.schedule import ScheduledInject
from ovelse.scenario.timing import format_offset
from ovelse.ui import confirm, read_only, texts
from ovelse.ui.checklist_dialog import ChecklistDialog
from ovelse.ui.clocks import ClockStrip
from ovelse.ui.entry_dialog import Choice
from ovelse.ui.inject_text import STYLE, inject_html
from ovelse.ui.log_panel import LogPanel
from ovelse.ui.run_dialogs import AdhocDialog, BoardDialog, ChooseInjectDialog
from ovelse.ui.session_model import SessionModel
from ovelse.ui.settings import AppSettings
from ovelse.ui.shortcuts import CONSOLE_KEYS

OVERDUE_RED_MS = 5 * 60 * 1000
REACHED_EVERY_MS = 30 * 1000  # how often a running clock's progress is noted for a crash
DUE_AMBER = QColor("#ffe08a")
DUE_RED = QColor("#f6b3b3")
DONE_GREY = QColor("#6b6b6b")
LIVE_BLUE = QColor("#d6e4f5")  # the inject under discussion, whatever is chosen


def _key(name: str) -> str:
    return CONSOLE_KEYS[name].keys[0]


class ConsolePage(QWidget):
    evaluateRequested = Signal()
    participantRequested = Signal()  # show or hide the projector window
    screenChosen = Signal(int)

    def __init__(
        self, model: SessionModel, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self.clocks = ClockStrip(model)

        self.screen_combo = QComboBox()
        # Qt: a combo box is as wide as its longest item by default; screen names are long.
        self.screen_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screen_combo.setMinimumContentsLength(14)
        self.screen_combo.currentIndexChanged.connect(self.screenChosen)
        self.participant_button = QPushButton(texts.BTN_PARTICIPANT + f"  {_key('swap_screens')}")
        self.participant_button.clicked.connect(self.participantRequested)
        self.sound = QCheckBox(texts.SOUND_ON_DUE)
        self.sound.setChecked(settings.sound_on_due())
        self.sound.toggled.connect(settings.set_sound_on_due)
        self.auto_release = QCheckBox(texts.AUTO_RELEASE_LABEL)
        self.auto_release.setChecked(model.exercise.auto_release)
        self.auto_release.toggled.connect(
            lambda on: self.model.call(self.model.exercise.set_auto_release, on)
        )
        top = QHBoxLayout()
        top.addWidget(self.clocks, 1)
        side = QVBoxLayout()
        screen_row = QHBoxLayout()
        screen_row.addWidget(QLabel(texts.SCREEN_CHOICE))
        screen_row.addWidget(self.screen_combo, 1)
        screen_row.addWidget(self.participant_button)
        side.addLayout(screen_row)
        toggles = QHBoxLayout()
        toggles.addWidget(self.auto_release)
        toggles.addWidget(self.sound)
        side.addLayout(toggles)
        top.addLayout(side)

        self.run_button = QPushButton()
        self.run_button.setObjectName("runButton")
        self.run_button.clicked.connect(self.toggle_run)
        self.next_button = QPushButton(f"{texts.BTN_RELEASE_NEXT}  {_key('release_next')}")
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.release_next)
        self.hold_button = QPushButton(f"{texts.BTN_HOLD}  {_key('hold')}")
        self.hold_button.clicked.connect(self.toggle_hold)
        self.adhoc_button = QPushButton(f"{texts.BTN_ADHOC}  {_key('adhoc')}")
        self.adhoc_button.clicked.connect(self.new_adhoc)
        self.board_button = QPushButton(f"{texts.BTN_BOARD}  {_key('board')}")
        self.board_button.clicked.connect(self.edit_board)
        self.checklist_button = QPushButton(f"{texts.BTN_CHECKLIST}  {_key('checklist')}")
        self.checklist_button.setObjectName("checklistButton")
        self.checklist_button.clicked.connect(self.tick_actions)
        self.end_button = QPushButton(texts.BTN_END)
        self.end_button.clicked.connect(self.end_exercise)
        self.evaluate_button = QPushButton(texts.BTN_EVALUATE)
        self.evaluate_button.clicked.connect(self.go_to_evaluation)
        read_only.usable_when_read_only(
            self.screen_combo, self.participant_button, self.sound, self.evaluate_button
        )
        controls = QHBoxLayout()
        for button in (
            self.run_button,
            self.next_button,
            self.hold_button,
            self.adhoc_button,
            self.board_button,
            self.checklist_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.end_button)
        controls.addWidget(self.evaluate_button)

        # After a restart the clock waits on a pause: say so, and offer to go on.
        self.downtime_text = QLabel()
        self.downtime_text.setTextFormat(Qt.TextFormat.PlainText)
        self.downtime_text.setWordWrap(True)
        self.downtime_resume = QPushButton(f"{texts.BTN_RESUME}  {_key('toggle_run')}")
        self.downtime_resume.setObjectName("primary")
        self.downtime_resume.clicked.connect(self.toggle_run)
        self.downtime_banner = QFrame()
        self.downtime_banner.setObjectName("downtimeBanner")
        self.downtime_banner.setStyleSheet(
            "#downtimeBanner { background: #fff1c7; border: 2px solid #f0b323; }"
        )
        downtime_row = QHBoxLayout(self.downtime_banner)
        downtime_row.setContentsMargins(8, 4, 8, 4)
        downtime_row.addWidget(self.downtime_text, 1)
        downtime_row.addWidget(self.downtime_resume)
        self.downtime_banner.setVisible(model.paused_for_downtime)
        if model.paused_for_downtime:
            self.downtime_text.setText(
                texts.DOWNTIME_PAUSED.format(time=labels.clock_text(model.exercise.now_ms()))
            )

        self.due_banner = QLabel()
        self.due_banner.setObjectName("dueBanner")
        self.due_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.due_banner.hide()
        self.status = QLabel()
        self.status.setObjectName("consoleStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        # Left: the inject under discussion, and the one chosen in the list.
        self.current = QTextBrowser()
        self.current.setObjectName("currentInject")
        self.current.document().setDefaultStyleSheet(STYLE)
        self.chosen = QTextBrowser()
        self.chosen.document().setDefaultStyleSheet(STYLE)
        self.inject_tabs = QTabWidget()
        self.inject_tabs.addTab(self.current, texts.CONSOLE_CURRENT)
        self.inject_tabs.addTab(self.chosen, texts.CONSOLE_NEXT)

        # Right: the schedule and the log.
        self.schedule = QTableWidget(0, len(texts.SCHEDULE_COLUMNS))
        self.schedule.setObjectName("scheduleTable")
        self.schedule.setHorizontalHeaderLabels(list(texts.SCHEDULE_COLUMNS))
        self.schedule.verticalHeader().hide()
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.schedule.currentCellChanged.connect(lambda *_: self._show_chosen())
        self.release_chosen_button = QPushButton(
            f"{texts.BTN_RELEASE_CHOSEN}  {_key('release_chosen')}"
        )
        self.release_chosen_button.clicked.connect(self.release_chosen)
        self.skip_button = QPushButton(f"{texts.BTN_SKIP}  {_key('skip')}")
        self.skip_button.clicked.connect(self.skip_chosen)
        self.previous_button = QPushButton(f"{texts.BTN_SHOW_PREVIOUS}  {_key('show_previous')}")
        self.previous_button.clicked.connect(self.show_previous)
        # The buttons stand beside the list, not under it, and the rows are compact: on a
        # 768-pixel laptop screen a row of buttons under the list left room for 2½ injects.
        self.schedule.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        schedule_buttons = QVBoxLayout()
        schedule_buttons.setContentsMargins(0, 0, 0, 0)
        schedule_buttons.addWidget(self.release_chosen_button)
        schedule_buttons.addWidget(self.skip_button)
        schedule_buttons.addWidget(self.previous_button)
        schedule_buttons.addStretch(1)
        schedule_box = QWidget()
        schedule_layout = QHBoxLayout(schedule_box)
        schedule_layout.setContentsMargins(0, 0, 0, 0)
        schedule_layout.addWidget(self.schedule, 1)
        schedule_layout.addLayout(schedule_buttons)

        self.log = LogPanel(model)
        self._schedule_ids: list[str] = []  # the inject in each schedule row
        self._row_looks: dict[int, tuple[str, str, bool]] = {}  # (status, tone, shown)
        self._live_id: str | None = None  # the inject under discussion at the last redraw
        self._noted_ms = -REACHED_EVERY_MS  # the exercise time last noted in the settings
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(schedule_box)
        right.addWidget(self.log)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        # The log's entry rows take a fixed height; a quarter for the schedule still shows
        # a few log rows on a laptop screen, where half would leave one.
        right.setSizes([200, 600])
        main = QSplitter()
        main.addWidget(self.inject_tabs)
        main.addWidget(right)
        main.setStretchFactor(0, 5)
        main.setStretchFactor(1, 6)
        main.setChildrenCollapsible(False)
        main.setSizes([620, 980])
        # The facilitator's division of the screen is kept from one session to the next.
        for key, splitter in (("console-main", main), ("console-right", right)):
            saved = settings.geometry(key)
            if saved is not None:
                splitter.restoreState(saved)
            splitter.splitterMoved.connect(
                lambda _pos, _index, k=key, sp=splitter: settings.set_geometry(k, sp.saveState())
            )
        self.splitters = (main, right)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.downtime_banner)
        layout.addWidget(self.due_banner)
        layout.addWidget(main, 1)
        layout.addWidget(self.status)

        model.runChanged.connect(self._run_changed)
        model.injectsChanged.connect(lambda _ids: self.refresh_schedule())
        model.injectsChanged.connect(lambda _ids: self._refresh_due())
        model.shownChanged.connect(self.refresh_current)
        model.shownChanged.connect(self.refresh_schedule)
        model.ticked.connect(self._ticked)
        model.becameDue.connect(self._became_due)
        model.settingsChanged.connect(self._settings_changed)
        model.failed.connect(self.show_status)
        model.changed.connect(self._actions_changed)
        model.changed.connect(lambda _change: self.status.clear() if self.status.text() else None)
        self._run_changed()
        self.refresh_schedule()
        self.refresh_current()

    # --- redrawing ------------------------------------------------------------------------

    def _run_changed(self) -> None:
        state = self.model.state
        self.run_button.setText(
            {
                RunState.NOT_STARTED: texts.BTN_START,
                RunState.RUNNING: texts.BTN_PAUSE,
                RunState.PAUSED: texts.BTN_RESUME,
                RunState.ENDED: texts.STATE_ENDED,
            }[state]
            + f"  {_key('toggle_run')}"
        )
        if state is not RunState.PAUSED:
            self.downtime_banner.hide()
        live = not self.model.read_only
        self.run_button.setEnabled(state is not RunState.ENDED and live)
        in_play = state in (RunState.RUNNING, RunState.PAUSED) and live
        for button in (
            self.next_button,
            self.hold_button,
            self.adhoc_button,
            self.release_chosen_button,
            self.end_button,
        ):
            button.setEnabled(in_play)
        self.refresh_schedule()
        self._refresh_due()

    def _actions_changed(self, change: Change) -> None:
        """A tick shows at once beside the expected action of the inject under discussion."""
        if change.actions and self.model.exercise.current_inject_id() in change.actions:
            self.refresh_current()

    def _settings_changed(self) -> None:
        self.auto_release.blockSignals(True)
        self.auto_release.setChecked(self.model.exercise.auto_release)
        self.auto_release.blockSignals(False)

    def _ticked(self) -> None:
        self._update_schedule_status()
        self._refresh_due()
        self._note_reached()

    def _note_reached(self) -> None:
        """Keep how far a running clock has come, for the pause after a crash."""
        if self.model.read_only or self.model.state is not RunState.RUNNING:
            return
        now = self.model.exercise.now_ms()
        if now - self._noted_ms >= REACHED_EVERY_MS:
            self._noted_ms = now
            self.settings.set_reached(now)

    def _became_due(self, _ids: frozenset[str]) -> None:
        self._refresh_due()
        if self.sound.isChecked():
            QApplication.beep()

    def _refresh_due(self) -> None:
        exercise = self.model.exercise
        due = (
            [exercise.inject(i) for i in exercise.due()]
            if exercise.state is RunState.RUNNING
            else []
        )
        due = [s for s in due if s.due_in_ms is not None]
        if not due:
            self.due_banner.hide()
            return
        first = due[0]
        text = texts.CONSOLE_DUE_BANNER.format(title=first.inject.title, due=first.due_text)
        if len(due) > 1:
            text += f"  (+{len(due) - 1})"
        red = (first.due_in_ms or 0) <= -OVERDUE_RED_MS
        self.due_banner.setText(f"{text}  –  {_key('release_next')}")
        sheet = "padding: 6px; font-size: 15pt; font-weight: bold; " + (
            "background: #c0262d; color: white;" if red else "background: #f0b323;"
        )
        # This runs every second: a style sheet set again re-styles the banner for nothing.
        if self.due_banner.styleSheet() != sheet:
            self.due_banner.setStyleSheet(sheet)
        self.due_banner.show()

    def refresh_current(self) -> None:
        exercise = self.model.exercise
        current_id = exercise.current_inject_id()
        if current_id is None:
            self.current.setPlainText(texts.CONSOLE_NOTHING_SHOWN)
            return
        scheduled = exercise.inject(current_id)
        html = ""
        if exercise.schedule.shown is None:
            html += f"<p class='meta'><b>{texts.CONSOLE_HOLD_SHOWN}</b></p>"
        html += self._html(scheduled, self.model.exercise.actions(current_id))
        self.current.setHtml(html)
        self.inject_tabs.setCurrentWidget(self.current)

    def _html(
        self, scheduled: ScheduledInject, actions: tuple[ChecklistItem, ...] | None = None
    ) -> str:
        return inject_html(
            scheduled.inject,
            self.model.pack,
            self.model.role_title,
            scenario_time=scheduled.scenario_time,
            planned=not scheduled.adhoc,
            actions=actions,
        )

    def refresh_schedule(self) -> None:
        injects = self.model.exercise.injects()
        chosen = self.chosen_inject_id()
        ids = [scheduled.id for scheduled in injects]
        # An inject's planned time and title never change, so the rows are built again
        # only when an ad-hoc inject joins the list; a release (which redraws this twice,
        # for the list and for the shared screen) then touches only the status cells.
        if ids != self._schedule_ids or self.schedule.rowCount() != len(ids):
            self.schedule.setRowCount(len(injects))
            for row, scheduled in enumerate(injects):
                planned = (
                    format_offset(scheduled.planned_ms // 1000)
                    if scheduled.planned_ms is not None
                    else texts.SCHEDULE_ADHOC
                )
                for column, value in enumerate((planned, scheduled.inject.title, "")):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, scheduled.id)
                    self.schedule.setItem(row, column, item)
            self._schedule_ids = ids
            self._row_looks = {}
        live = self.model.exercise.current_inject_id()
        if live != self._live_id:
            # The list follows the exercise: a new inject under discussion makes the next
            # one the chosen one again, and both are scrolled into view.
            self._live_id = live
            chosen = None
        self._update_schedule_status()
        if chosen is not None:
            self.select_inject(chosen)
        else:
            next_inject = self.model.exercise.next_inject()
            if next_inject is not None:
                self.select_inject(next_inject.id)
            elif live is not None:
                self.select_inject(live)
            self._show_live()

    def _show_live(self) -> None:
        if self._live_id is None or self._live_id not in self._schedule_ids:
            return
        item = self.schedule.item(self._schedule_ids.index(self._live_id), 0)
        if item is not None:
            self.schedule.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def _update_schedule_status(self) -> None:
        exercise = self.model.exercise
        shown = exercise.schedule.shown
        live = exercise.current_inject_id()
        for row, scheduled in enumerate(exercise.injects()):
            if row >= self.schedule.rowCount():
                break
            status = labels.INJECT_STATUSES[scheduled.status]
            if scheduled.status is InjectStatus.RELEASED and scheduled.release is not None:
                status = f"{status} {labels.clock_text(scheduled.release.exercise_ms)}"
            elif scheduled.due_text and exercise.state is not RunState.ENDED:
                status = texts.SCHEDULE_STATUS_DUE.format(status=status, due=scheduled.due_text)
            if scheduled.id == shown:
                status += texts.SCHEDULE_SHOWN
            tone = ""
            if scheduled.status is InjectStatus.DUE:
                tone = "red" if (scheduled.due_in_ms or 0) <= -OVERDUE_RED_MS else "amber"
            elif scheduled.id == live:
                tone = "live"
            elif scheduled.status in (InjectStatus.RELEASED, InjectStatus.SKIPPED):
                tone = "done"
            # This runs every second for every row: set only what changed since last time.
            looks = (status, tone, scheduled.id in (shown, live))
            if self._row_looks.get(row) == looks:
                continue
            self._row_looks[row] = looks
            tint = {"red": DUE_RED, "amber": DUE_AMBER, "live": LIVE_BLUE}.get(tone)
            background = QBrush(tint) if tint is not None else QBrush()
            foreground = QBrush(DONE_GREY) if tone == "done" else QBrush()
            for column in range(self.schedule.columnCount()):
                item = self.schedule.item(row, column)
                if item is None:
                    continue
                if column == 2:
                    item.setText(status)
                item.setBackground(background)
                item.setForeground(foreground)
                font = QFont(item.font())
                font.setBold(scheduled.id in (shown, live))
                item.setFont(font)

    def chosen_inject_id(self) -> str | None:
        row = self.schedule.currentRow()
        item = self.schedule.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_inject(self, inject_id: str) -> bool:
        for row in range(self.schedule.rowCount()):
            item = self.schedule.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == inject_id:
                self.schedule.setCurrentCell(row, 1)
                return True
        return False

    def _show_chosen(self) -> None:
        inject_id = self.chosen_inject_id()
        if inject_id is None:
            self.chosen.clear()
            return
        self.chosen.setHtml(self._html(self.model.exercise.inject(inject_id)))

    def focus_schedule(self) -> None:
        self.schedule.setFocus()

    def show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #a01c22; font-weight: bold;")

    # --- commands -------------------------------------------------------------------------

    def focus_log_entry(self) -> None:
        self.log.entry.setFocus()

    def toggle_run(self) -> None:
        self.model.toggle_run()
        self.focus_log_entry()

    def release_next(self) -> None:
        self.model.call(self.model.exercise.release_next)
        self.focus_log_entry()

    def release_chosen(self) -> None:
        inject_id = self.chosen_inject_id()
        if inject_id is not None:
            self.model.call(self.model.exercise.release, inject_id)
        self.focus_log_entry()

    def skip_chosen(self) -> None:
        inject_id = self.chosen_inject_id()
        if inject_id is None:
            return
        title = self.model.exercise.inject(inject_id).inject.title
        if confirm.ask(self, texts.CONFIRM_SKIP_TITLE, texts.CONFIRM_SKIP.format(title=title)):
            self.model.call(self.model.exercise.skip, inject_id)
        self.focus_log_entry()

    def toggle_hold(self) -> None:
        exercise = self.model.exercise
        if exercise.schedule.shown is not None:
            self.model.call(exercise.show, None)
        else:
            current = exercise.current_inject_id()
            if current is not None:
                self.model.call(exercise.show, current)
        self.focus_log_entry()

    def show_previous(self) -> None:
        exercise = self.model.exercise
        given = [
            Choice(r.inject_id, exercise.inject(r.inject_id).inject.title)
            for r in exercise.releases()
        ]
        if not given:
            return
        dialog = ChooseInjectDialog(given, self)
        if confirm.run_dialog(dialog) and dialog.chosen():
            self.model.call(exercise.show, dialog.chosen())
        self.focus_log_entry()

    def new_adhoc(self) -> None:
        roles = [Choice(r.id, r.title or r.id) for r in self.model.exercise.roles()]
        dialog = AdhocDialog(roles, self)
        if confirm.run_dialog(dialog):
            self.model.call(
                self.model.exercise.add_adhoc,
                dialog.heading.text(),
                dialog.text.toPlainText(),
                notes=dialog.notes.toPlainText(),
                questions=dialog.questions(),
                release=dialog.release.isChecked(),
            )
        self.focus_log_entry()

    def edit_board(self) -> None:
        dialog = BoardDialog(self.model.exercise.board.entries(), self)
        if confirm.run_dialog(dialog):
            for item_id, value, status in dialog.changes():
                if (
                    self.model.call(self.model.exercise.override_board, item_id, value, status)
                    is None
                ):
                    break
        self.focus_log_entry()

    def tick_actions(self) -> None:
        """Open the expected actions of the inject under discussion, to tick them, or of an
        earlier inject chosen in the list."""
        exercise = self.model.exercise
        chosen = self.chosen_inject_id()
        given = chosen is not None and chosen in exercise.schedule.releases
        inject_id = chosen if given else exercise.current_inject_id()
        if inject_id is None:
            self.show_status(texts.CHECKLIST_NO_INJECT)
            return
        confirm.run_dialog(ChecklistDialog(self.model, inject_id, self))
        self.focus_log_entry()

    def go_to_evaluation(self) -> None:
        """«Gå til evaluering» while the exercise is under way asks first: it goes on."""
        if self.model.state in (RunState.RUNNING, RunState.PAUSED) and not confirm.ask(
            self, texts.CONFIRM_EVALUATE_TITLE, texts.CONFIRM_EVALUATE
        ):
            self.focus_log_entry()
            return
        self.evaluateRequested.emit()

    def end_exercise(self) -> None:
        if self.model.state not in (RunState.RUNNING, RunState.PAUSED):
            return
        if confirm.ask(self, texts.CONFIRM_END_TITLE, texts.CONFIRM_END):
            self.model.call(self.model.exercise.end)

    def screen_index(self) -> int:
        """The row of the projector screen chosen in the list, -1 when none is."""
        return self.screen_combo.currentIndex()

    def restore_log_draft(self, text: str, keep: Callable[[str], None]) -> None:
        """Put back words typed but not yet saved, and hand every later change to keep."""
        self.log.entry.setText(text)
        self.log.entry.textChanged.connect(keep)

    def set_screens(self, names: list[str], current: int) -> None:
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        self.screen_combo.addItems(names)
        self.screen_combo.setCurrentIndex(current)
        self.screen_combo.blockSignals(False)
