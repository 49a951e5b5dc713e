"""The participant view: a top-level window for the projector, drawn only from a ``Stage``.

Dark text on a light background throughout (projectors in lit council rooms wash out
light-on-dark). Every size is a fraction of the window height, so the same layout reads
from the back row on a 1080p projector and still fits a laptop window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QScreen,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from ovelse.ui import texts
from ovelse.ui.board import LABEL_INK, TILE_BACKGROUND, VALUE_INK, BoardTiles, status_colours
from ovelse.ui.fit_text import BODY_MIN, BULLET, FitText, Paragraph
from ovelse.ui.hot_wash_scene import HotWashScene
from ovelse.ui.stage import Hold, Stage, StagePicture
from ovelse.ui.svg_png import svg_renderer

BACKGROUND = "#f6f6f2"
BAR = "#e2e5ea"
INK = "#111111"
MUTED = "#3d3d3d"
ACCENT = "#1d4e89"

# Shares of the window height (at 1080 pixels: bar 76, margin 32, body 30–54 px type).
# A typical inject's text gets a cap height of 1/40 of the height (BODY_TARGET), and
# never less than 1/50 (BODY_MIN); the bundled DejaVu Sans has a cap height of 0.73 em.
BAR_SHARE = 0.07
MARGIN = 0.03
BODY_MAX = 0.05
BODY_TARGET = 0.0345  # 1/40 of the height as cap height
SECONDARY_MAX = 0.04  # questions, board labels and status words
SECONDARY_MIN = 0.02
QUESTIONS_MIN = 0.024
LEFT_SHARE = 0.62  # of the width, for the text beside a picture or board
PICTURE_MIN = 0.2  # of the content height, for a picture beside a board (F10 shows it whole)
PICTURE_BODY_TARGET = 0.0285  # the text's size with a picture under it (cap height 1/48)
HEADING = 1.45  # the board heading's height, in board sizes
# The second language, under the first: never under 80 % of its size (issue 18), set in
# from the left with a rule beside it and labelled with the language's own name.
SECOND_SCALE = 0.9
SECOND_TITLE_SCALE = 0.85
SECOND_LABEL_SCALE = 0.8
SECOND_INDENT = 0.7  # em; the rule stands in this indent
TITLE_SHARE = 0.22  # of the text column's height, for the title (two titles: SECOND_TITLE_SHARE)
SECOND_TITLE_SHARE = 0.32


def hold_text(hold: Hold) -> str:
    """The hold screen's words, read when shown (the language may have changed)."""
    return {
        Hold.BEFORE: texts.HOLD_BEFORE,
        Hold.BETWEEN: texts.HOLD_BETWEEN,
        Hold.PAUSE: texts.HOLD_PAUSE,
        Hold.ENDED: texts.HOLD_ENDED,
    }[hold]


class PictureView(QWidget):
    """A PNG, JPEG or SVG from the session, scaled to fit without distortion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: StagePicture | None = None
        self._pixmap: QPixmap | None = None
        self._svg: QSvgRenderer | None = None

    def setPicture(self, picture: StagePicture | None) -> None:
        if picture == self._picture:
            return
        self._picture, self._pixmap, self._svg = picture, None, None
        if picture is not None:
            if picture.path.lower().endswith(".svg"):
                self._svg = svg_renderer(picture.data)
            else:
                # Qt: without a format Qt guesses it from the bytes, and would paint an SVG
                # named «kart.png» with the SVG renderer, past the check above.
                kind = "PNG" if picture.path.lower().endswith(".png") else "JPEG"
                pixmap = QPixmap()
                if pixmap.loadFromData(picture.data, kind):
                    self._pixmap = pixmap
        self.update()

    def hasPicture(self) -> bool:
        return self._pixmap is not None or self._svg is not None

    def _natural(self) -> QSize:
        if self._pixmap is not None:
            return self._pixmap.size()
        if self._svg is not None:
            return self._svg.defaultSize()
        return QSize(0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        natural = self._natural()
        if natural.isEmpty():
            return
        scaled = natural.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF((self.width() - scaled.width()) / 2, 0, scaled.width(), scaled.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._svg is not None:
            self._svg.render(painter, target)
        elif self._pixmap is not None:
            painter.drawPixmap(target.toRect(), self._pixmap)
        painter.end()


class ParticipantView(QWidget):
    """The projector content; the geometry is computed by hand from the window height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self._stage: Stage | None = None
        # The facilitator can let a map fill the screen (F10); a new inject starts small.
        self.picture_zoom = False
        ink, muted = QColor(INK), QColor(MUTED)
        self.scenario_title = FitText(self)
        self.clock = FitText(self, align_right=True)
        self.title = FitText(self)
        self.body = FitText(self, max_columns=2)
        self.questions = FitText(self, max_columns=2)
        self.picture = PictureView(self)
        self.caption = FitText(self)
        self.board_heading = FitText(self)
        self.board = BoardTiles(self)
        self.hold_message = FitText(self, centered=True)
        self.hold_title = FitText(self, centered=True)
        self.hold_place = FitText(self, centered=True)
        self.hot_wash_scene = HotWashScene(self, ACCENT)
        for widget in self.text_widgets():
            widget.setColors(ink, muted, QColor(ACCENT))
        for name in ("scenario_title", "clock", "title", "body", "questions", "caption"):
            getattr(self, name).setObjectName(name)
        self.hold_message.setColors(QColor(ACCENT), muted)
        self.hot_wash_scene.colour(ink, muted)

    def text_widgets(self) -> list[FitText]:
        return [
            self.scenario_title,
            self.clock,
            self.title,
            self.body,
            self.questions,
            self.caption,
            self.board_heading,
            self.hold_message,
            self.hold_title,
            self.hold_place,
            *self.hot_wash_scene.widgets(),
        ]

    def visible_texts(self) -> list[str]:
        """Every text now on the projector, for tests and for the console's preview."""
        found = [w.text() for w in self.text_widgets() if not w.isHidden() and w.text()]
        if not self.board.isHidden() and self.board.items():
            found.append(self.board.text())
        return found

    def stage(self) -> Stage | None:
        return self._stage

    def colour_pairs(self) -> list[tuple[str, QColor, QColor]]:
        """(what, text colour, background) for every text now shown, as it is painted."""
        pairs: list[tuple[str, QColor, QColor]] = []
        on_bar = (self.scenario_title, self.clock)
        for widget in self.text_widgets():
            if widget.isHidden() or not widget.text():
                continue
            ground = QColor(BAR) if widget in on_bar else QColor(BACKGROUND)
            text, muted = widget.colors()
            name = widget.objectName() or widget.text()[:30]
            pairs.append((name, text, ground))
            if any(paragraph.muted for paragraph in widget.paragraphs()):
                pairs.append((f"{name} (muted)", muted, ground))
            if any(paragraph.second for paragraph in widget.paragraphs()):
                pairs.append((f"{name} (second language)", widget.secondColor(), ground))
        if not self.board.isHidden():
            tile = QColor(TILE_BACKGROUND)
            pairs.append(("board label", QColor(LABEL_INK), tile))
            pairs.append(("board value", QColor(VALUE_INK), tile))
            for item in self.board.items():
                background, foreground = status_colours(item.status)
                pairs.append((f"board status {item.status}", foreground, background))
        return pairs

    def setStage(self, stage: Stage) -> None:
        if self._stage is None or self._stage.inject_id != stage.inject_id:
            self.picture_zoom = False
        self._stage = stage
        self.scenario_title.setText(stage.scenario_title)
        self.clock.setParagraphs([Paragraph(stage.scenario_clock, bold=True)])
        self.hot_wash_scene.set(stage.hot_wash)
        if stage.hold is Hold.NONE:
            second = stage.translation
            title = [Paragraph(stage.title, bold=True)]
            if second is not None and second.title:
                title.append(_second(second.title, SECOND_TITLE_SCALE, bold=True, gap=0.15))
            self.title.setParagraphs(title)
            body = []
            if stage.source:
                source = texts.INJECT_SOURCE.format(source=stage.source)
                body.append(Paragraph(source, muted=True, scale=0.8))
            for block in _blocks(stage.text):
                body.append(Paragraph(block, gap_before=0.45 if body else 0.0))
            labelled = second is not None and bool(second.text)
            if second is not None and second.text:
                body.append(_second(second.language, SECOND_LABEL_SCALE, bold=True, gap=0.7))
                for block in _blocks(second.text):
                    body.append(_second(block, SECOND_SCALE, gap=0.3))
            self.body.setParagraphs(body)
            questions: list[Paragraph] = []
            if stage.questions:
                questions.append(Paragraph(texts.STAGE_QUESTIONS, bold=True, scale=0.9))
                if second is not None and any(second.questions) and not labelled:
                    questions.append(_second(second.language, SECOND_LABEL_SCALE, bold=True))
            translated = second.questions if second is not None else ()
            for index, question in enumerate(stage.questions):
                questions.append(Paragraph("• " + question.text, gap_before=0.35, hang=BULLET))
                if index < len(translated) and translated[index]:
                    questions.append(
                        Paragraph(
                            translated[index],
                            scale=SECOND_SCALE,
                            gap_before=0.1,
                            indent=BULLET,
                            keep_with_previous=True,
                            second=True,
                        )
                    )
                if question.roles:
                    roles = texts.STAGE_QUESTION_ROLES.format(roles=", ".join(question.roles))
                    questions.append(
                        Paragraph(
                            roles, muted=True, scale=0.85, indent=BULLET, keep_with_previous=True
                        )
                    )
            self.questions.setParagraphs(questions)
            self.picture.setPicture(stage.picture)
            caption = stage.picture.caption if stage.picture is not None else ""
            self.caption.setParagraphs([Paragraph(caption, muted=True)] if caption else [])
        else:
            self.hold_message.setParagraphs([Paragraph(hold_text(stage.hold), bold=True)])
            self.hold_title.setParagraphs([Paragraph(stage.scenario_title, bold=True)])
            self.hold_place.setParagraphs([Paragraph(stage.municipality)])
        self.board_heading.setParagraphs([Paragraph(texts.STAGE_BOARD, bold=True)])
        self.board.setItems(stage.board)
        self._relayout()

    # --- geometry -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._stage is None or self._stage.hold is not Hold.NONE:
            return
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, self.width(), self._bar_height()), QColor(BAR))
        painter.end()

    def _bar_height(self) -> int:
        return int(self.height() * BAR_SHARE)

    def _relayout(self) -> None:
        stage = self._stage
        for widget in [*self.text_widgets(), self.picture, self.board]:
            widget.hide()
        if stage is None:
            return
        if stage.hot_wash is not None:
            self.hot_wash_scene.place_in(self.width(), self.height())
        elif stage.hold is Hold.NONE:
            self._layout_inject(stage)
        else:
            self._layout_hold()
        self.update()

    def _place(self, widget: QWidget, rect: QRect) -> None:
        widget.setGeometry(rect)
        widget.setVisible(rect.height() > 4 and rect.width() > 4)

    def _layout_hold(self) -> None:
        w, h = self.width(), self.height()
        margin = int(h * 0.06)
        inner = w - 2 * margin
        self.hold_message.setSizeRange(int(h * 0.12), int(h * 0.07))
        self.hold_title.setSizeRange(int(h * 0.06), int(h * 0.04))
        self.hold_place.setSizeRange(int(h * 0.045), int(h * 0.03))
        self._place(self.hold_title, QRect(margin, int(h * 0.16), inner, int(h * 0.2)))
        self._place(self.hold_message, QRect(margin, int(h * 0.38), inner, int(h * 0.26)))
        self._place(self.hold_place, QRect(margin, int(h * 0.68), inner, int(h * 0.12)))

    def setPictureZoom(self, on: bool) -> None:
        self.picture_zoom = on
        self._relayout()

    def _layout_zoomed_picture(self, top: int, margin: int) -> None:
        w, h = self.width(), self.height()
        caption_h = int(h * 0.06) if self.caption.text() else 0
        picture_h = h - top - margin - caption_h
        self.caption.setSizeRange(int(h * 0.04), int(h * 0.03))
        self._place(self.picture, QRect(margin, top, w - 2 * margin, picture_h))
        if caption_h:
            self._place(self.caption, QRect(margin, top + picture_h + 4, w - 2 * margin, caption_h))

    def _layout_inject(self, stage: Stage) -> None:
        """Bar on top; title, text and questions on the left; picture and board on the right.

        Sizes are shares of the height (see the module's constants). The body gets the room
        it needs for its target size first; the questions share one size with the board's
        labels and status words, the largest at which both fit.
        """
        w, h = self.width(), self.height()
        margin = int(h * MARGIN)
        bar = self._bar_height()
        self.scenario_title.setSizeRange(int(bar * 0.42), int(bar * 0.3))
        self.clock.setSizeRange(int(bar * 0.62), int(bar * 0.4))
        bar_inner = QRect(margin, int(bar * 0.12), w - 2 * margin, int(bar * 0.76))
        self._place(
            self.scenario_title,
            QRect(
                bar_inner.left(),
                bar_inner.top() + int(bar * 0.12),
                int(bar_inner.width() * 0.6),
                int(bar * 0.55),
            ),
        )
        clock_w = int(bar_inner.width() * 0.38)
        self._place(
            self.clock,
            QRect(bar_inner.right() - clock_w, bar_inner.top(), clock_w, bar_inner.height()),
        )

        top = bar + margin
        content_h = h - top - margin
        has_picture = self.picture.hasPicture()
        if has_picture and self.picture_zoom:
            self._layout_zoomed_picture(top, margin)
            return
        has_board = bool(stage.board)
        side = has_picture or has_board
        left_w = int((w - 3 * margin) * LEFT_SHARE) if side else w - 2 * margin
        left = QRect(margin, top, left_w, content_h)
        right = QRect(left.right() + margin, top, w - left.right() - 2 * margin, content_h)

        # The size of the questions, the board's labels and its status words.
        secondary = int(h * SECONDARY_MAX)
        board_h = 0  # the board's height, once it is fitted
        caption_h = int(h * 0.05) if has_picture and self.caption.text() else 0
        if has_board:
            # The board first takes the whole right column; a picture then goes under the
            # text on the left, where a typical inject leaves room.
            secondary, board_h = self._fit_board(right, content_h, 0)
            if has_picture:
                target = int(h * PICTURE_BODY_TARGET) + 1
                text_bottom = self._layout_text(stage, left, secondary, margin, target)
                picture = QRect(
                    left.left(),
                    text_bottom + margin,
                    left.width(),
                    left.bottom() - text_bottom - margin - caption_h,
                )
                if picture.height() >= content_h * PICTURE_MIN:
                    self._place_picture(picture, caption_h)
                    self._place_board(right.left(), right.top(), right.width(), secondary, board_h)
                    return
                # No room under the text: the picture above the board, which shrinks.
                reserve = int(content_h * PICTURE_MIN) + caption_h + margin
                secondary, board_h = self._fit_board(right, content_h, reserve)
        self._layout_text(stage, left, secondary, margin, int(h * BODY_TARGET) + 1)
        if not side:
            return
        board_top = right.top()
        if has_picture:
            picture_h = content_h - caption_h
            if has_board:
                picture_h -= margin + int(secondary * HEADING) + board_h
            self._place_picture(
                QRect(right.left(), right.top(), right.width(), picture_h), caption_h
            )
            board_top = right.top() + picture_h + caption_h + margin
        if has_board:
            self._place_board(right.left(), board_top, right.width(), secondary, board_h)

    def _fit_board(self, right: QRect, content_h: int, reserve: int) -> tuple[int, int]:
        """The board's size and height in the right column, leaving ``reserve`` above it.

        Every tile is shown: when even the smallest size does not fit, the room above
        (the picture's) gives way.
        """
        h = self.height()
        largest, smallest = int(h * SECONDARY_MAX), int(h * SECONDARY_MIN)
        room = content_h - reserve - int(largest * HEADING)
        size = self.board.fittedPixelSize(right.width(), room, largest, smallest)
        needed = int(self.board.neededHeight(right.width(), size)) + 2
        return size, min(needed, content_h - int(size * HEADING))

    def _place_board(self, left: int, top: int, width: int, size: int, height: int) -> None:
        heading_h = int(size * HEADING)
        self.board_heading.setSizeRange(size, size)
        self._place(self.board_heading, QRect(left, top, width, heading_h))
        self.board.setBasePixelSize(size)
        self._place(self.board, QRect(left, top + heading_h, width, height))

    def _place_picture(self, rect: QRect, caption_h: int) -> None:
        h = self.height()
        self.caption.setSizeRange(int(h * 0.032), int(h * 0.026))
        self._place(self.picture, rect)
        if caption_h:
            below = QRect(rect.left(), rect.bottom() + 4, rect.width(), caption_h)
            self._place(self.caption, below)

    def _layout_text(
        self, stage: Stage, left: QRect, secondary: int, margin: int, target: int
    ) -> int:
        """Title, then the inject text and the questions; returns where the text ends.

        The text gets the room for its ``target`` size first, then the questions take the
        largest size up to ``secondary`` (the board's) that leaves it. The text does not
        grow much past the questions' size, so a long question list beside a crowded board
        is not dwarfed by it.
        """
        h = self.height()
        two_titles = len(self.title.paragraphs()) > 1
        self.title.setSizeRange(int(h * (0.048 if two_titles else 0.058)), int(h * 0.04))
        share = SECOND_TITLE_SHARE if two_titles else TITLE_SHARE
        title_h = min(self.title.naturalHeight(left.width()), int(left.height() * share))
        self._place(self.title, QRect(left.left(), left.top(), left.width(), title_h))
        rest_top = left.top() + title_h + int(margin * 0.6)
        rest = left.bottom() - rest_top
        body_max = int(h * BODY_MAX)
        if stage.questions:
            body_max = max(target, int(secondary * 1.3))
        self.body.setSizeRange(body_max, int(h * BODY_MIN))
        body_natural = self.body.naturalHeight(left.width(), body_max)
        if not stage.questions:
            body_h = min(body_natural, rest)
            self._place(self.body, QRect(left.left(), rest_top, left.width(), body_h))
            return rest_top + body_h
        gap = int(margin * 0.7)
        smallest = min(max(int(secondary * 0.8), int(h * QUESTIONS_MIN)), secondary)
        body_needs = self.body.naturalHeight(left.width(), target)
        chosen = smallest
        for size in range(secondary, smallest - 1, -1):
            if body_needs + gap + self.questions.naturalHeight(left.width(), size) <= rest:
                chosen = size
                break
        self.questions.setSizeRange(chosen, min(chosen, int(h * QUESTIONS_MIN)))
        q_h = min(self.questions.naturalHeight(left.width(), chosen), int(rest * 0.5))
        body_h = min(body_natural, rest - gap - q_h)
        self._place(self.body, QRect(left.left(), rest_top, left.width(), body_h))
        q_top = rest_top + body_h + gap
        q_h = min(self.questions.naturalHeight(left.width(), chosen), left.bottom() - q_top)
        self._place(self.questions, QRect(left.left(), q_top, left.width(), q_h))
        return q_top + q_h


def _blocks(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks are the author's wrapping."""
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def _second(text: str, scale: float, *, bold: bool = False, gap: float = 0.0) -> Paragraph:
    """A paragraph of the second language, kept in the column of the one before it."""
    return Paragraph(
        text,
        scale=scale,
        bold=bold,
        gap_before=gap,
        indent=SECOND_INDENT,
        keep_with_previous=gap < 0.5,
        second=True,
    )


class ParticipantWindow(QWidget):
    """The top-level window on the projector; F11 toggles full screen on its screen."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(texts.PARTICIPANT_WINDOW_TITLE)
        self.view = ParticipantView(self)
        self.setMinimumSize(480, 270)
        self.resize(1280, 720)
        self._closable = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.view.setGeometry(self.rect())

    def toggle_picture_zoom(self) -> None:
        self.view.setPictureZoom(not self.view.picture_zoom)

    def setStage(self, stage: Stage) -> None:
        # Qt: a window that was never shown gets no resize event, so size the view here
        # too; the console draws the stage before the projector window is first shown.
        if self.view.size() != self.size():
            self.view.setGeometry(self.rect())
        self.view.setStage(stage)

    def place_on(self, screen: QScreen | None, *, full_screen: bool) -> None:
        if screen is not None:
            # Qt: a window must be moved onto a screen before it goes full screen there,
            # or some window managers put it on the primary screen.
            self.setScreen(screen)
            geometry = screen.availableGeometry()
            if not full_screen:
                self.resize(int(geometry.width() * 0.6), int(geometry.height() * 0.6))
            self.move(geometry.topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def allow_close(self) -> None:
        self._closable = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the projector window only hides it; the console decides when it goes.
        if self._closable:
            event.accept()
        else:
            event.ignore()
            self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())
