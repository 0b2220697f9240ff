"""Messages the GUI words itself from data, so they can be translated.

The engine reports a divergence as a :class:`engine.history.Divergence`
record (with an English description for scripts); here it becomes a sentence
in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.history import Divergence


def divergence_reason(div: Divergence) -> str:
    """What went wrong and where, e.g. "The loss became NaN at epoch 3, step 61."."""
    if div.cause == "nan":
        text = QCoreApplication.translate(
            "messages", "The loss became NaN (not a number) at epoch {epoch}, step {step}."
        )
    elif div.cause == "inf":
        text = QCoreApplication.translate(
            "messages", "The loss became infinite at epoch {epoch}, step {step}."
        )
    else:
        text = QCoreApplication.translate(
            "messages", "The weights became NaN or infinite at epoch {epoch}, step {step}."
        )
    return text.format(epoch=div.epoch, step=div.step)


def divergence_message(div: Divergence) -> str:
    """The banner text: the reason, the likely cause and what to do next."""
    if div.restored_step is None:
        advice = QCoreApplication.translate(
            "messages", "It happened before any update: try another weight initialisation."
        )
    else:
        advice = QCoreApplication.translate(
            "messages",
            "The learning rate η = {lr:g} is probably too high: each step overshoots "
            "and the weights blow up. The weights were put back to those after step "
            "{restored}. Lower the learning rate, then press Reset.",
        ).format(lr=div.learning_rate, restored=div.restored_step)
    return QCoreApplication.translate("messages", "Training stopped. {reason} {advice}").format(
        reason=divergence_reason(div), advice=advice
    )
