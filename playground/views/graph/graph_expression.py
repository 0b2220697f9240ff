"""A line where the learner types an expression of their own, and where it is refused.

``x=3, y=2: (x+y)^2`` names the inputs and their values, then the
expression; :func:`engine.expression.parse_expression` reads it (never
``eval``). While typing, the text is read again after a short pause; Enter
reads it at once and puts the cursor where a problem is. A problem is shown
in three ways: the text echoed below with the offending character (or the
missing end) underlined in red, the column, and a sentence in the interface
language, translated from :attr:`ExpressionError.template` in the context
``"expression"`` and filled with its values.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine.expression import ExpressionError, ParsedExpression, parse_expression

#: What the field holds at first: the deck's chain-rule example with numbers.
DEFAULT_TEXT = "x=3, y=2: (x+y)^2"
#: Typing pauses this long before the text is read again.
PAUSE_MS = 400
ERROR_HEX = "#C62828"


class ExpressionField(QWidget):
    """The expression line, its error echo and message.

    Signals
    -------
    parsed(object)
        The :class:`~engine.expression.ParsedExpression` just read, or None when
        the text has a problem (shown under the line).
    """

    parsed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphExpressionField")
        self.result: ParsedExpression | None = None
        self.error: ExpressionError | None = None
        self._caption = QLabel(self)
        self.edit = QLineEdit(DEFAULT_TEXT, self)
        self.edit.setObjectName("graphExpressionEdit")
        self.edit.setClearButtonEnabled(True)
        self.echo = QLabel(self)
        self.echo.setObjectName("graphExpressionEcho")
        self.echo.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setObjectName("graphExpressionError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_HEX))
        self.message.setPalette(palette)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setObjectName("graphExpressionHelp")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._caption)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.echo)
        layout.addWidget(self.message)
        layout.addWidget(self.help)
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.read)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._read_now)
        self.retranslate()

    def set_text(self, text: str) -> ParsedExpression | None:
        """Put ``text`` in the line and read it (as if typed and Enter pressed)."""
        self.edit.setText(text)
        return self.read()

    def read(self) -> ParsedExpression | None:
        """Parse the line; emit ``parsed`` or show the problem. Returns the result or None."""
        self._timer.stop()
        try:
            result = parse_expression(self.edit.text())
        except ExpressionError as exc:
            self.error, self.result = exc, None
            self._show_error()
            self.parsed.emit(None)  # no graph for a text with a problem
            return None
        self.error, self.result = None, result
        self._show_error()
        self.parsed.emit(result)
        return result

    def _read_now(self) -> None:
        if self.read() is None and self.error is not None:
            self.edit.setCursorPosition(min(self.error.column - 1, len(self.edit.text())))

    def error_text(self) -> str:
        """The worded problem in the interface language ("" when there is none)."""
        if self.error is None:
            return ""
        worded = self.error.message(QCoreApplication.translate)
        where = QCoreApplication.translate("ExpressionField", "Column %1: %2")
        return where.replace("%1", str(self.error.column)).replace("%2", worded)

    def _show_error(self) -> None:
        exc = self.error
        self.echo.setVisible(exc is not None)
        self.message.setVisible(exc is not None)
        if exc is None:
            return
        text, col = self.edit.text(), exc.column - 1
        mark = f'<span style="color:{ERROR_HEX}; text-decoration:underline; font-weight:bold;">'
        bad = text[col] if col < len(text) else "\u00a0\u00a0"
        if bad.isspace():
            bad = "\u00a0"
        self.echo.setText(
            "<span style='white-space:pre'>" + html.escape(text[:col]) + mark + html.escape(bad)
            + "</span>" + html.escape(text[col + 1:]) + "</span>")
        self.message.setText(self.error_text())

    def retranslate(self) -> None:
        """Every text again in the interface language (the problem too)."""
        self._caption.setText(self.tr("Your expression:"))
        self.edit.setAccessibleName(self.tr("Your expression"))
        self.edit.setPlaceholderText(self.tr("inputs and values, a colon, the expression"))
        self.edit.setToolTip(self.tr(
            "Name the inputs and give their values, then a colon and the expression, "
            "e.g. x=3, y=2: (x+y)^2. Allowed: numbers, + − × ÷ (or * /), ^ with a constant "
            "power, exp, log, tanh, sigmoid, relu and parentheses."))
        self.help.setText(self.tr("e.g. x=3, y=2: (x+y)^2  ·  a=2, b=-3: tanh(a*b + 1)  ·  "
                                  "x=0.5: sigmoid(x) * exp(-x)"))
        self.echo.setAccessibleName(self.tr("Where the problem is"))
        self.message.setAccessibleName(self.tr("The problem"))
        self._show_error()
