"""Screenshots of lessons in progress, in the real window, to look at them.

Runs the main window offscreen with a scratch settings folder (nothing the user
arranged is touched), starts a lesson, plays its steps' "show me" up to a step
and saves ``window.grab()``: the first-run welcome, lesson 1 (the perceptron by
hand) and lesson 2 (XOR learnt once a hidden layer is added) in English and in
Japanese, and lesson 6 (a learning rate that blows up) in projector mode on a
1024×768 window.

The lesson files carry their own Japanese. The shipped translation file does
not have the panel's and the Perceptron view's strings yet; for the ``-ja``
pictures an extra translator supplies the wording proposed in
:data:`PROPOSED_JA` (the deck's terms), so the layout can be judged in Japanese.

    .venv/bin/python benchmarks/render_lesson_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NN_PLAYGROUND_CONFIG"] = tempfile.mkdtemp(prefix="nn-playground-shots-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

#: (context, English) -> proposed Japanese, for the pictures only (see the docstring).
PROPOSED_JA = {
    ("docks", "Lessons"): "レッスン",
    ("docks", "Perceptron"): "パーセプトロン",
    ("WindowMenus", "&Help"): "ヘルプ(&H)",
    ("shortcuts", "&Lessons"): "レッスン(&L)",
    ("shortcuts", "&Next lesson step"): "レッスンの次のステップ(&N)",
    ("shortcuts", "P&revious lesson step"): "レッスンの前のステップ(&R)",
    ("LessonsPanel", "Choose a lesson…"): "レッスンを選んでください…",
    ("LessonsPanel", "Lessons"): "レッスン",
    ("LessonsPanel", "Lesson %1 · %2"): "レッスン %1 · %2",
    ("LessonsPanel", "Lesson complete"): "レッスン完了",
    ("LessonsPanel", "✓ Well done!"): "✓ よくできました!",
    ("LessonsPanel", "Next: lesson %1 · %2"): "次は: レッスン %1 · %2",
    ("LessonsPanel", "Step %1 of %2"): "ステップ %1 / %2",
    ("LessonsPanel", "Do"): "やること",
    ("LessonsPanel", "Look"): "見るところ",
    ("LessonsPanel", "The %1 view was closed: it is shown again."):
        "「%1」ビューが閉じていたので、もう一度表示しました。",
    ("LessonsPanel", "Not in this version yet: %1. The steps work without it."):
        "このバージョンにはまだありません: %1。なくてもステップは進められます。",
    ("LessonsPanel", "Read, try it, then press Next."): "読んで、試してから「次へ」を押してください。",
    ("LessonsPanel", "✓ Done! Press Next when you are ready."):
        "✓ できました! 準備ができたら「次へ」を押してください。",
    ("LessonsPanel", "○ Your turn: this turns ✓ by itself when it is done. Stuck? Press Show me."):
        "○ あなたの番です。できたら自動で ✓ になります。困ったら「やってみせて」を押してください。",
    ("LessonsPanel", "Continue lesson %1 ▶"): "レッスン %1 の続き ▶",
    ("LessonsPanel", "Start lesson 1 ▶"): "レッスン 1 を始める ▶",
    ("LessonsPanel", "Next lesson ▶"): "次のレッスン ▶",
    ("LessonsPanel", "Finish ✓"): "完了 ✓",
    ("LessonsPanel", "Next ▶"): "次へ ▶",
    ("LessonsPanel", "Not loaded (%1):"): "読み込めなかったファイル(%1):",
    ("LessonsPanel", "Showing…"): "実行中…",
    ("LessonsPanel", "Show me"): "やってみせて",
    ("LessonsPanel", "Lesson"): "レッスン",
    ("LessonsPanel", "Open lesson file…"): "レッスンファイルを開く…",
    ("LessonsPanel", "Reload"): "再読み込み",
    ("LessonsPanel", "◀ Back"): "◀ 戻る",
    ("LessonsPanel", "↺ Restart"): "↺ 最初から",
    ("PerceptronView", "✓ All four rows are %1."): "✓ 4行すべて %1 です。",
    ("PerceptronView", "✗ %1 of 4 rows differ from %2."): "✗ 4行のうち %1 行が %2 と違います。",
    ("PerceptronView", "s₁ = NAND(x₁, x₂), s₂ = OR(x₁, x₂), y = AND(s₁, s₂): two layers of "
                       "perceptrons, each with the step function."):
        "s₁ = NAND(x₁, x₂)、s₂ = OR(x₁, x₂)、y = AND(s₁, s₂): パーセプトロンを2層に重ねたもの"
        "(どれもステップ関数)。",
    ("PerceptronView", "<span style='color:#009E73'>━ ━</span> s₁ (NAND) line &nbsp; "
                       "<span style='color:#CC79A7'>━ ━</span> s₂ (OR) line"):
        "<span style='color:#009E73'>━ ━</span> s₁ (NAND) の線 &nbsp; "
        "<span style='color:#CC79A7'>━ ━</span> s₂ (OR) の線",
    ("PerceptronView", "━ the line w₁x₁ + w₂x₂ + b = 0: y = 1 on the blue side, 0 on the "
                       "orange side"):
        "━ 直線 w₁x₁ + w₂x₂ + b = 0: 青い側で y = 1、オレンジ側で y = 0",
    ("PerceptronView", "One perceptron"): "パーセプトロン1つ",
    ("PerceptronView", "Two layers (XOR)"): "2層 (XOR)",
    ("PerceptronView", "The book's weights:"): "本の重み:",
    ("PerceptronView", "Activation function h:"): "活性化関数 h:",
    ("PerceptronView", "step"): "ステップ関数",
    ("PerceptronView", "sigmoid"): "シグモイド関数",
    ("PerceptronView", "Compare with:"): "くらべるゲート:",
    ("PerceptronView", "No single line separates (0, 1) and (1, 0) from (0, 0) and (1, 1). Two "
                       "lines do: s₁ and s₂ each draw one, and the last perceptron combines "
                       "them."):
        "(0, 1) と (1, 0) を、(0, 0) と (1, 1) から1本の直線で分けることはできません。2本なら"
        "できます。s₁ と s₂ が1本ずつ線を引き、最後のパーセプトロンがそれらを組み合わせます。",
    ("PerceptronView", "▶ Play"): "▶ 再生",
    ("PerceptronView", "No training here: the step function's slope is 0 everywhere except at "
                       "its jump, so gradient descent has nothing to follow. Set the weights by "
                       "hand."):
        "ここでは学習しません。ステップ関数の傾きは跳ぶところ以外どこでも 0 なので、勾配法がたどる"
        "手がかりがありません。重みは手で設定してください。",
    ("WelcomeCard", "Welcome to nn-playground"): "nn-playground へようこそ",
    ("WelcomeCard", "Start lesson 1"): "レッスン 1 を始める",
    ("WelcomeCard", "Not now"): "あとで",
}


class ProposedJapanese(QTranslator):
    """Answers with :data:`PROPOSED_JA`; everything else goes to the shipped file."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return PROPOSED_JA.get((context, source))


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(app: QApplication, predicate, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


class Shooter:
    """One window, driven through lessons, saved as pictures."""

    def __init__(self, app: QApplication, out: Path, size=(1280, 800), projector=False):
        from playground.main_window import MainWindow

        # A scratch settings folder per window: nothing arranged by the last one carries over.
        os.environ["NN_PLAYGROUND_CONFIG"] = tempfile.mkdtemp(prefix="nn-playground-shots-")
        self.app, self.out = app, out
        self.window = MainWindow()
        self.window.resize(*size)
        self.window.show()
        wait_until(app, lambda: self.window.latest_frame is not None)
        if projector:
            self.window.set_projector_mode(True)
        settle(app)
        self.proposed = None

    def japanese(self, on: bool) -> None:
        w = self.window
        w.set_language("ja" if on else "en")
        if on and self.proposed is None:
            self.proposed = ProposedJapanese(self.app)
            self.app.installTranslator(self.proposed)
        elif not on and self.proposed is not None:
            self.app.removeTranslator(self.proposed)
            self.proposed = None
        w.menus.retranslate()
        w.top_bar.retranslate()
        w.docks.retranslate()
        w.lessons.retranslate()

    def lesson(self, number: int, steps: int, speed_max: bool = True) -> None:
        """Start lesson ``number`` and play its first ``steps`` steps' solutions."""
        panel = self.window.lessons.open(number)
        session = panel.session
        session.runner.delay_ms = 0
        session.start(session.find(session.lesson.id), restart=True)
        if speed_max:
            self.window.state.update(speed=6)
        settle(self.app)
        for _ in range(steps):
            step = session.step
            if step.show_me:
                session.show_me()
                wait_until(self.app, lambda: not session.runner.busy)
            if step.check is not None:
                wait_until(self.app, lambda: session.met)
            self.window.controller.set_playing(False)
            session.next()
            settle(self.app, 0.2)
        self.panel = panel

    def show_me_now(self) -> None:
        session = self.panel.session
        session.show_me()
        wait_until(self.app, lambda: not session.runner.busy)
        if session.step.check is not None:
            wait_until(self.app, lambda: session.met)
        self.window.controller.set_playing(False)

    def save(self, name: str) -> None:
        settle(self.app, 0.6)
        path = self.out / f"lesson-{name}.png"
        self.window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def close(self) -> None:
        self.window.close()
        settle(self.app, 0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)

    shots = Shooter(app, args.out)
    wait_until(app, lambda: shots.window.lessons.welcome is not None)
    shots.save("welcome-en")
    shots.lesson(1, 2)           # the AND button done; now: make OR with the bias
    shots.save("perceptron-en")
    shots.japanese(True)
    shots.save("perceptron-ja")
    shots.japanese(False)
    shots.lesson(2, 4)           # the hidden layer added; now: 4 neurons, train
    shots.show_me_now()
    shots.save("xor-en")
    shots.japanese(True)
    shots.save("xor-ja")
    shots.japanese(False)
    shots.close()

    shots = Shooter(app, args.out, size=(1024, 768), projector=True)
    shots.lesson(6, 3)           # trained; now: a learning rate of 10
    shots.show_me_now()
    shots.save("projector-1024x768")
    shots.close()


if __name__ == "__main__":
    main()
