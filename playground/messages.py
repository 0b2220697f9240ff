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
    elif div.cause == "huge":
        text = QCoreApplication.translate(
            "messages", "The loss shot up more than a million-fold at epoch {epoch}, "
            "step {step}."
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
    elif div.restored_step == 0:
        advice = QCoreApplication.translate(
            "messages",
            "The learning rate η = {lr:g} is probably too high: the very first step "
            "overshot and the weights blew up. The starting weights were put back. Lower "
            "the learning rate, then press Reset.",
        ).format(lr=div.learning_rate)
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


def worker_failed_message(what: str) -> str:
    """A problem inside the training process, worded for a learner (details are in the log)."""
    if what == "start":
        text = QCoreApplication.translate(
            "messages", "The training process could not start. Press Reset to try again.")
    else:
        text = QCoreApplication.translate(
            "messages", "Something went wrong while training, so training paused. Your "
            "settings and network are kept; press Play to go on or Reset to start again.")
    return text + " " + log_hint()


def worker_lost_message(why: str) -> str:
    """The training process died or stopped answering."""
    if why == "frozen":
        text = QCoreApplication.translate(
            "messages", "The training process stopped answering and was stopped. "
            "Press Play or Reset to start a new one with your settings.")
    else:
        text = QCoreApplication.translate(
            "messages", "The training process ended unexpectedly. "
            "Press Play or Reset to start a new one with your settings.")
    return text


def refused_message(reason: str) -> str:
    """The worker could not build a change; the panels show the settings that run."""
    return QCoreApplication.translate(
        "messages", "That change could not be applied ({reason}); the previous settings "
        "are back.").format(reason=reason)


def learning_rate_hint(lr: float) -> str:
    """The loss climbs or swings instead of falling."""
    return QCoreApplication.translate(
        "messages", "The test loss has stayed above twice its starting value for a while: "
        "the learning rate η = {lr:g} may be too high, so each step overshoots. Try a "
        "smaller one.").format(lr=lr)


def batch_note(batch: int, n: int) -> str:
    return QCoreApplication.translate(
        "messages", "Batch size {batch} is more than the {n} training points: each step "
        "uses all {n} of them.").format(batch=batch, n=n)


def log_hint() -> str:
    from playground.app_log import log_path

    return QCoreApplication.translate("messages", "Details: {path}").format(path=log_path())


def pick_gone() -> str:
    """A picked data point vanished with new data."""
    return QCoreApplication.translate(
        "messages", "The picked point is not in the new data, so nothing is picked now. "
        "Click the plane to pick another.")


def edit_refused(value: float, limit: float) -> str:
    """A hand-typed weight that cannot be used."""
    return QCoreApplication.translate(
        "messages", "A weight or bias must be a number between −{limit:g} and {limit:g}; "
        "{value} was not set.").format(limit=limit, value=value)
