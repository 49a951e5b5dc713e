"""The participant view: a top-level window for the projector, drawn only from a ``Stage``.

Dark text on a light background throughout (projectors in lit council rooms wash out
light-on-dark). Every size is a fraction of the window height, so the same layout reads
from the back row on a 1080p projector and still fits a laptop window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
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
from ovelse.ui.board import BoardTiles
from ovelse.ui.fit_text import FitText, Paragraph
from ovelse.ui.stage import Hold, Stage, StagePicture

BACKGROUND = "#f6f6f2"
BAR = "#e2e5ea"
INK = "#111111"
MUTED = "#3d3d3d"
ACCENT = "#1d4e89"


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
                renderer = QSvgRenderer(QByteArray(picture.data))
                self._svg = renderer if renderer.isValid() else None
            else:
                pixmap = QPixmap()
                if pixmap.loadFromData(picture.data):
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
        for widget in self.text_widgets():
            widget.setColors(ink, muted)
        self.hold_message.setColors(QColor(ACCENT), muted)

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
        ]

    def visible_texts(self) -> list[str]:
        """Every text now on the projector, for tests and for the console's preview."""
        found = [w.text() for w in self.text_widgets() if not w.isHidden() and w.text()]
        if not self.board.isHidden() and self.board.items():
            found.append(self.board.text())
        return found

    def stage(self) -> Stage | None:
        return self._stage

    def setStage(self, stage: Stage) -> None:
        if self._stage is None or self._stage.inject_id != stage.inject_id:
            self.picture_zoom = False
        self._stage = stage
        self.scenario_title.setText(stage.scenario_title)
        self.clock.setParagraphs([Paragraph(stage.scenario_clock, bold=True)])
        if stage.hold is Hold.NONE:
            self.title.setParagraphs([Paragraph(stage.title, bold=True)])
            body = []
            if stage.source:
                source = texts.INJECT_SOURCE.format(source=stage.source)
                body.append(Paragraph(source, muted=True, scale=0.8))
            # Blank lines separate paragraphs; single line breaks are the author's wrapping.
            blocks = [" ".join(b.split()) for b in stage.text.split("\n\n") if b.strip()]
            for block in blocks:
                body.append(Paragraph(block, gap_before=0.45 if body else 0.0))
            self.body.setParagraphs(body)
            questions: list[Paragraph] = []
            if stage.questions:
                questions.append(Paragraph(texts.STAGE_QUESTIONS, bold=True, scale=0.9))
            for question in stage.questions:
                questions.append(Paragraph("• " + question.text, gap_before=0.35, indent=0))
                if question.roles:
                    roles = texts.STAGE_QUESTION_ROLES.format(roles=", ".join(question.roles))
                    questions.append(
                        Paragraph(
                            roles, muted=True, scale=0.85, indent=1.0, keep_with_previous=True
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
        return int(self.height() * 0.085)

    def _relayout(self) -> None:
        stage = self._stage
        for widget in [*self.text_widgets(), self.picture, self.board]:
            widget.hide()
        if stage is None:
            return
        if stage.hold is Hold.NONE:
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
        w, h = self.width(), self.height()
        margin = int(h * 0.035)
        bar = self._bar_height()
        self.scenario_title.setSizeRange(int(bar * 0.42), int(bar * 0.3))
        self.clock.setSizeRange(int(bar * 0.6), int(bar * 0.4))
        bar_inner = QRect(margin, int(bar * 0.15), w - 2 * margin, int(bar * 0.7))
        self._place(
            self.scenario_title,
            QRect(
                bar_inner.left(),
                bar_inner.top() + int(bar * 0.1),
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
        left_w = int((w - 3 * margin) * 0.6) if side else w - 2 * margin
        left = QRect(margin, top, left_w, content_h)

        self.title.setSizeRange(int(h * 0.062), int(h * 0.042))
        self.body.setSizeRange(int(h * 0.05), int(h * 0.032))
        self.questions.setSizeRange(int(h * 0.042), int(h * 0.03))
        title_h = min(self.title.naturalHeight(left.width()), int(content_h * 0.26))
        self._place(self.title, QRect(left.left(), left.top(), left.width(), title_h))
        rest_top = left.top() + title_h + int(margin * 0.6)
        rest = left.bottom() - rest_top
        gap = int(margin * 0.8)
        if stage.questions:
            body_nat = self.body.naturalHeight(left.width())
            q_nat = self.questions.naturalHeight(left.width())
            if body_nat + q_nat + gap <= rest:
                body_h = body_nat
            else:
                share = q_nat / max(body_nat + q_nat, 1)
                q_h = int(rest * min(max(share, 0.3), 0.5))
                body_h = rest - gap - q_h
            self._place(self.body, QRect(left.left(), rest_top, left.width(), body_h))
            q_top = rest_top + body_h + gap
            self._place(
                self.questions, QRect(left.left(), q_top, left.width(), left.bottom() - q_top)
            )
        else:
            self._place(self.body, QRect(left.left(), rest_top, left.width(), rest))

        if not side:
            return
        right = QRect(left.right() + margin, top, w - left.right() - 2 * margin, content_h)
        board_top = right.top()
        heading_h = int(h * 0.05)
        row_h = h * 0.032 * 3.1
        board_h = int(min(len(stage.board) * row_h, content_h * 0.62)) + heading_h
        if has_picture:
            caption_h = int(h * 0.05) if self.caption.text() else 0
            picture_h = content_h - caption_h
            if has_board:
                picture_h = max(content_h - caption_h - margin - board_h, int(content_h * 0.3))
            self.caption.setSizeRange(int(h * 0.032), int(h * 0.026))
            self._place(self.picture, QRect(right.left(), right.top(), right.width(), picture_h))
            if caption_h:
                self._place(
                    self.caption,
                    QRect(right.left(), right.top() + picture_h + 4, right.width(), caption_h),
                )
            board_top = right.top() + picture_h + caption_h + margin
        if has_board:
            self.board_heading.setSizeRange(int(h * 0.04), int(h * 0.03))
            self._place(
                self.board_heading, QRect(right.left(), board_top, right.width(), heading_h)
            )
            self.board.setBasePixelSize(int(h * 0.032))
            board_rect = QRect(
                right.left(),
                board_top + heading_h,
                right.width(),
                right.bottom() - board_top - heading_h,
            )
            self._place(self.board, board_rect)


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
