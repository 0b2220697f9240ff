"""Typed expressions turned into a computational graph for the backprop lesson.

A learner writes the inputs and their values, a colon, then the expression::

    x=3, y=2: (x+y)^2
    apple=100, n=2, tax=1.1: apple*n*tax

and gets an :mod:`engine.graph` graph of :class:`~engine.graph.Value` nodes. A
tokenizer and a recursive-descent parser read the text (never ``eval``) and
build the graph as they go, so an impossible operation (log of 0, division by
zero) is reported at the column of the operator that failed.

Grammar, loosest first (the usual rules of school mathematics)::

    text     := [binding (',' binding)* ':'] sum
    binding  := name '=' sum            (a constant: no variables)
    sum      := product (('+' | '-') product)*      left-associative
    product  := unary (('*' | '/') unary)*          left-associative
    unary    := ('-' | '+') unary | power
    power    := atom [('^' | '**') unary]           right-associative, constant exponent
    atom     := number | name | function '(' sum ')' | '(' sum ')'

So ``-x^2`` is ``-(x^2)`` (the minus binds looser than the power, as in
mathematics and Python's ``-x**2``), ``2^3^2`` is ``2^(3^2) = 512``, and
``2^-1`` is ``0.5``. A leading ``+`` adds no node. The exponent must be a
constant (a number or an expression without variables): the graph's power
node carries it as a number, the way the book draws ``**2``.

Accepted symbols: ASCII ``+ - * / ^ **`` and Unicode ``−`` (minus), ``×``,
``÷``, ``·`` and ``⋅``; full-width characters typed with a Japanese input method
(``ｘ＝３：ｘ＊２``) count as their ASCII forms. Names are Unicode identifiers
(``りんご=100`` works). Functions: exp, log, tanh, sigmoid, relu.

Errors raise :class:`ExpressionError`: a 1-based ``column`` and a constant English
``template`` (of :data:`MESSAGES`) plus ``values``, for the GUI to translate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from engine.graph import Value

#: Every message an :class:`ExpressionError` can carry, by key. Values in
#: braces are filled from :attr:`ExpressionError.values`.
MESSAGES: dict[str, str] = {
    "empty": "The expression is empty.",
    "character": "Unexpected character '{char}'.",
    "number": "{text} is not a number.",
    "too_large": "The result is too large.",
    "unexpected": "Expected a number, a name or '(' but found '{text}'.",
    "ends": "The expression ends too early.",
    "operator": "An operator is missing before '{text}'.",
    "close": "Missing ')' for the '(' at column {open}.",
    "stray_close": "This ')' has no matching '('.",
    "stray": "Unexpected '{text}'.",
    "equals": "Unexpected '=': give values before a ':', as in x=3, y=2: x*y.",
    "one_argument": "{name} takes one argument.",
    "function": "Unknown function {name}.",
    "needs_parens": "{name} is a function: write {name}(...).",
    "no_value": "No value given for {name}.",
    "binding_name": "Expected a variable name but found '{text}'.",
    "binding_equals": "Expected '=' after {name}.",
    "binding_end": "Expected ',' or ':' but found '{text}'.",
    "duplicate": "{name} is given twice.",
    "reserved": "{name} is a function name; choose another name for the variable.",
    "constant_value": "The value of {variable} must be a number, not another variable ({name}).",
    "exponent": "The exponent must be a constant, but {name} is a variable.",
    "log": "log needs a positive number, got {value}.",
    "division": "Division by zero.",
    "negative_power": "A negative number ({base}) cannot be raised to a non-integer power ({exponent}).",
    "zero_power": "0 to the power {exponent} has no finite derivative.",
    "nested": "The expression is nested too deeply.",
}

FUNCTIONS: dict[str, Callable[[Value], Value]] = {
    "exp": Value.exp,
    "log": Value.log,
    "tanh": Value.tanh,
    "sigmoid": Value.sigmoid,
    "relu": Value.relu,
}

#: Deeper nesting would reach Python's recursion limit (about five frames a level).
MAX_DEPTH = 100

# The ASCII form of Unicode operators and of full-width characters (0xFEE0 above ASCII).
_ASCII = {"\u2212": "-", "\u00d7": "*", "\u00f7": "/", "\u00b7": "*", "\u22c5": "*", "\u3000": " "}
_ASCII.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_OPERATORS = set("+-*/^(),=:")
_DIGITS = set("0123456789")  # not str.isdigit: that accepts "²"


class ExpressionError(ValueError):
    """A refusal of a typed expression, translatable and pointing at a column.

    Attributes
    ----------
    template : str
        Constant English text with ``{name}`` placeholders (a value of :data:`MESSAGES`).
    values : dict of str
        What fills the placeholders, already formatted.
    column : int
        1-based position of the problem in the text; ``len(text) + 1`` for "at the
        end". Columns count characters (code points) as Python does; Qt counts
        UTF-16 units, which differ only after characters outside the BMP (emoji).
    """

    def __init__(self, key: str, column: int, **values: str) -> None:
        self.key = key
        self.template = MESSAGES[key]
        self.values = values
        self.column = column
        super().__init__(self.template.format(**values))

    context = "expression"  # translation context of the templates

    def message(self, translate: Callable[[str, str], str] = lambda context, text: text) -> str:
        """The message in the language ``translate(context, template)`` speaks."""
        return translate(self.context, self.template).format(**self.values)


@dataclass(frozen=True, eq=False)
class ParsedExpression:
    """A parsed expression: its graph and its named inputs.

    Attributes
    ----------
    root : Value
        The output node; its ``data`` is the expression's value.
    inputs : dict of str to Value
        One leaf per variable, in the order the values were given, each
        labelled with its name. A variable that the expression does not use
        is still listed (it is not part of the graph).
    text : str
        The text that was parsed.
    """

    root: Value
    inputs: dict[str, Value]
    text: str


@dataclass(frozen=True)
class _Token:
    kind: str  # "num", "name", "op" or "end"
    text: str  # operators in their ASCII form, for matching
    column: int
    shown: str  # as typed, for messages
    value: float = 0.0


def _tokenize(text: str) -> list[_Token]:
    """Split ``text`` into numbers, names and operators; the last token is "end"."""
    chars = [_ASCII.get(c, c) for c in text]  # one for one: columns stay those of `text`
    tokens, i, n = [], 0, len(chars)
    while i < n:
        c, col = chars[i], i + 1
        if c.isspace():
            i += 1
        elif c in _DIGITS or c == ".":
            j = i
            while j < n and (chars[j] in _DIGITS or chars[j] == "."):
                j += 1
            # An exponent only when e/E is not the start of a name ("2exp" is two tokens).
            if j < n and chars[j] in "eE" and not (j + 1 < n and chars[j + 1].isalpha()):
                j += 1
                if j < n and chars[j] in "+-":
                    j += 1
                while j < n and chars[j] in _DIGITS:
                    j += 1
            word = "".join(chars[i:j])
            try:
                value = float(word)
            except ValueError:
                raise ExpressionError("number", col, text=text[i:j]) from None
            if not math.isfinite(value):
                raise ExpressionError("too_large", col)
            tokens.append(_Token("num", word, col, text[i:j], value))
            i = j
        elif c.isidentifier():
            j = i + 1
            while j < n and (c + chars[j]).isidentifier():
                j += 1
            tokens.append(_Token("name", "".join(chars[i:j]), col, text[i:j]))
            i = j
        elif c == "*" and i + 1 < n and chars[i + 1] == "*":
            tokens.append(_Token("op", "^", col, text[i : i + 2]))
            i += 2
        elif c in _OPERATORS:
            tokens.append(_Token("op", c, col, text[i]))
            i += 1
        else:
            raise ExpressionError("character", col, char=text[i])
    tokens.append(_Token("end", "", n + 1, ""))
    return tokens


def parse_expression(text: str) -> ParsedExpression:
    """Parse ``"x=3, y=2: (x+y)^2"`` into a graph; see the module docstring.

    Raises
    ------
    ExpressionError
        With the column and a translatable message when the text is not a
        valid expression or an operation is impossible for the given values.
    """
    parser = _Parser(_tokenize(text))
    root = parser.parse()
    return ParsedExpression(root, parser.inputs, text)


class _Parser:
    """Recursive descent over the tokens, building Values as it goes."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.inputs: dict[str, Value] = {}
        self.depth = 0
        self.in_exponent = 0
        self.binding: str | None = None  # the variable whose value is being read

    @property
    def tok(self) -> _Token:
        return self.tokens[self.pos]

    def _is(self, *ops: str) -> bool:
        return self.tok.kind == "op" and self.tok.text in ops

    def parse(self) -> Value:
        if any(t.kind == "op" and t.text == ":" for t in self.tokens):
            self._bindings()
        else:  # "x=3" without a colon: say how to give values, not "no value for x"
            for t in self.tokens:
                if t.kind == "op" and t.text == "=":
                    raise ExpressionError("equals", t.column)
        if self.tok.kind == "end":
            raise ExpressionError("empty", self.tok.column)
        root = self._sum()
        if self.tok.kind != "end":
            self._unexpected_after_end()
        return root

    def _unexpected_after_end(self) -> None:
        tok = self.tok
        if tok.kind in ("num", "name") or tok.text == "(":
            raise ExpressionError("operator", tok.column, text=tok.shown)
        if tok.text == ")":
            raise ExpressionError("stray_close", tok.column)
        if tok.text == "=":
            raise ExpressionError("equals", tok.column)
        raise ExpressionError("stray", tok.column, text=tok.shown)

    # -- "x=3, y=2:" ------------------------------------------------------------

    def _bindings(self) -> None:
        while True:
            tok = self.tok
            if tok.kind != "name":
                raise ExpressionError("binding_name", tok.column, text=tok.shown)
            if tok.text in FUNCTIONS:
                raise ExpressionError("reserved", tok.column, name=tok.text)
            if tok.text in self.inputs:
                raise ExpressionError("duplicate", tok.column, name=tok.text)
            self.pos += 1
            if not self._is("="):
                raise ExpressionError("binding_equals", self.tok.column, name=tok.text)
            self.pos += 1
            self.binding = tok.text
            value = self._sum().data
            self.binding = None
            self.inputs[tok.text] = Value(value, tok.text)
            if self._is(":"):
                self.pos += 1
                return
            if not self._is(","):
                raise ExpressionError("binding_end", self.tok.column, text=self.tok.shown)
            self.pos += 1

    # -- the expression -------------------------------------------------------------

    def _sum(self) -> Value:
        left = self._product()
        while self._is("+", "-"):
            op = self.tok
            self.pos += 1
            right = self._product()
            left = self._checked(op.column, left.__add__ if op.text == "+" else left.__sub__, right)
        return left

    def _product(self) -> Value:
        left = self._unary()
        while self._is("*", "/"):
            op = self.tok
            self.pos += 1
            right = self._unary()
            if op.text == "/" and right.data == 0.0:
                raise ExpressionError("division", op.column)
            left = self._checked(op.column, left.__mul__ if op.text == "*" else left.__truediv__, right)
        return left

    def _unary(self) -> Value:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("nested", self.tok.column)
        try:
            if self._is("-"):
                col = self.tok.column
                self.pos += 1
                return self._checked(col, self._unary().__neg__)
            if self._is("+"):
                self.pos += 1
                return self._unary()
            return self._power()
        finally:
            self.depth -= 1

    def _power(self) -> Value:
        base = self._atom()
        if not self._is("^"):
            return base
        col = self.tok.column
        self.pos += 1
        self.in_exponent += 1
        exponent = self._unary().data
        self.in_exponent -= 1
        a = base.data
        if a < 0 and not exponent.is_integer():
            raise ExpressionError("negative_power", col, base=f"{a:g}", exponent=f"{exponent:g}")
        if a == 0 and exponent < 1:
            raise ExpressionError("zero_power", col, exponent=f"{exponent:g}")
        return self._checked(col, base.__pow__, exponent)

    def _atom(self) -> Value:
        tok = self.tok
        if tok.kind == "num":
            self.pos += 1
            return Value(tok.value, tok.text)
        if tok.kind == "name":
            self.pos += 1
            if self._is("("):
                return self._call(tok)
            return self._variable(tok)
        if tok.kind == "op" and tok.text == "(":
            self.pos += 1
            inner = self._sum()
            self._close(tok)
            return inner
        if tok.kind == "end":
            raise ExpressionError("ends", tok.column)
        if tok.text == "=":
            raise ExpressionError("equals", tok.column)
        raise ExpressionError("unexpected", tok.column, text=tok.shown)

    def _close(self, opening: _Token) -> None:
        if not self._is(")"):
            raise ExpressionError("close", self.tok.column, open=str(opening.column))
        self.pos += 1

    def _call(self, name: _Token) -> Value:
        if name.text not in FUNCTIONS:
            if name.text in self.inputs:
                raise ExpressionError("operator", self.tok.column, text="(")
            raise ExpressionError("function", name.column, name=name.text)
        opening = self.tok
        self.pos += 1
        arg = self._sum()
        if self._is(","):
            raise ExpressionError("one_argument", self.tok.column, name=name.text)
        self._close(opening)
        if name.text == "log" and arg.data <= 0:
            raise ExpressionError("log", name.column, value=f"{arg.data:g}")
        return self._checked(name.column, FUNCTIONS[name.text], arg)

    def _variable(self, tok: _Token) -> Value:
        if tok.text in FUNCTIONS:
            raise ExpressionError("needs_parens", tok.column, name=tok.text)
        if self.binding is not None:
            raise ExpressionError("constant_value", tok.column, variable=self.binding, name=tok.text)
        if tok.text not in self.inputs:
            raise ExpressionError("no_value", tok.column, name=tok.text)
        if self.in_exponent:
            raise ExpressionError("exponent", tok.column, name=tok.text)
        return self.inputs[tok.text]

    @staticmethod
    def _checked(column: int, op: Callable[..., Value], *args) -> Value:
        """Apply ``op``; an overflow or a non-finite result is reported at ``column``."""
        try:
            out = op(*args)
        except (OverflowError, ZeroDivisionError):
            # ZeroDivisionError here is a derivative underflowing: 1/x at x=1e-200
            # divides by x*x == 0.0, i.e. the slope is too large for a float.
            raise ExpressionError("too_large", column) from None
        if not (math.isfinite(out.data) and all(math.isfinite(g) for g in out.local_grads)):
            raise ExpressionError("too_large", column)
        return out
