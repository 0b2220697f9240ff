"""Strings the app translates at run time but ``pyside6-lupdate`` cannot find.

lupdate reads source text only from literal ``tr("…")`` /
``QCoreApplication.translate("context", "…")`` calls. Some labels reach the
translator another way:

* dataset labels live in ``engine/datasets.py`` (the engine never imports Qt)
  and ``playground/panels/data_panel.py`` translates them with
  ``QCoreApplication.translate("datasets", info.label)``;
* preset titles live in ``resources/presets/*.json``; the window should show
  them through ``QCoreApplication.translate("presets", preset.title)``;
* ``playground/settings.py`` is pure Python (the training process imports it):
  a refused setting raises ``SettingError`` with a constant English template,
  and ``playground.state.translated_message`` translates that template, and
  the setting's name from ``SETTING_NAMES``, in context ``"settings"``;
* ``playground/presets.py`` does the same with ``PresetError`` in context
  ``"presets"``.

Listing them here with ``QT_TRANSLATE_NOOP`` puts them into
``nn_playground_ja.ts`` on every run of ``update.sh`` (which scans this file
too), so their translations are kept. The app never imports this module;
``tests/playground/test_i18n.py`` checks that every dataset label and
preset title is listed, and that every ``SettingError`` / ``PresetError``
template written in those two files and every ``SETTING_NAMES`` entry is.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: ``DatasetInfo.label`` of every entry of ``engine.datasets.DATASETS``.
DATASET_LABELS = (
    QT_TRANSLATE_NOOP("datasets", "Circle"),
    QT_TRANSLATE_NOOP("datasets", "Exclusive or"),
    QT_TRANSLATE_NOOP("datasets", "Gaussian"),
    QT_TRANSLATE_NOOP("datasets", "Spiral"),
    QT_TRANSLATE_NOOP("datasets", "Two moons"),
    QT_TRANSLATE_NOOP("datasets", "Gaussian blobs"),
    QT_TRANSLATE_NOOP("datasets", "Plane"),
    QT_TRANSLATE_NOOP("datasets", "Multi Gaussian"),
    QT_TRANSLATE_NOOP("datasets", "AND gate"),
    QT_TRANSLATE_NOOP("datasets", "OR gate"),
    QT_TRANSLATE_NOOP("datasets", "NAND gate"),
    QT_TRANSLATE_NOOP("datasets", "XOR gate"),
)

#: ``"title"`` of every ``resources/presets/*.json``.
PRESET_TITLES = (
    QT_TRANSLATE_NOOP("presets", "Circle: a ring needs a curved boundary"),
    QT_TRANSLATE_NOOP("presets", "Regression: six gaussian bumps"),
    QT_TRANSLATE_NOOP("presets", "Spiral: deep network with all features"),
    QT_TRANSLATE_NOOP("presets", "Three-armed spiral with softmax"),
    QT_TRANSLATE_NOOP("presets", "XOR with two hidden layers"),
)

#: ``playground.settings.SETTING_NAMES`` values (they fill ``{setting}``).
SETTING_NAMES = (
    QT_TRANSLATE_NOOP("settings", "dataset"),
    QT_TRANSLATE_NOOP("settings", "noise"),
    QT_TRANSLATE_NOOP("settings", "ratio of training data"),
    QT_TRANSLATE_NOOP("settings", "number of classes"),
    QT_TRANSLATE_NOOP("settings", "data seed"),
    QT_TRANSLATE_NOOP("settings", "batch size"),
    QT_TRANSLATE_NOOP("settings", "input features"),
    QT_TRANSLATE_NOOP("settings", "hidden layers"),
    QT_TRANSLATE_NOOP("settings", "activation functions"),
    QT_TRANSLATE_NOOP("settings", "learning rate"),
    QT_TRANSLATE_NOOP("settings", "optimizer"),
    QT_TRANSLATE_NOOP("settings", "regularization"),
    QT_TRANSLATE_NOOP("settings", "regularization rate"),
    QT_TRANSLATE_NOOP("settings", "weight initialization"),
    QT_TRANSLATE_NOOP("settings", "initialization seed"),
    QT_TRANSLATE_NOOP("settings", "speed"),
    QT_TRANSLATE_NOOP("settings", "show test data"),
    QT_TRANSLATE_NOOP("settings", "discretize output"),
    QT_TRANSLATE_NOOP("settings", "log scale of the loss"),
)

#: ``SettingError`` templates of ``playground/settings.py``.
SETTING_MESSAGES = (
    QT_TRANSLATE_NOOP("settings", "unknown setting(s): {names}"),
    QT_TRANSLATE_NOOP("settings", "a setting has the wrong type: {reason}"),
    QT_TRANSLATE_NOOP("settings", "unknown dataset {value}"),
    QT_TRANSLATE_NOOP("settings", "number of classes must be 2…{max}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "batch size must be 1…{max}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be 0…{max}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "pick at least one input feature"),
    QT_TRANSLATE_NOOP("settings", "unknown feature {value}"),
    QT_TRANSLATE_NOOP("settings", "at most {max} hidden layers"),
    QT_TRANSLATE_NOOP("settings", "one activation per hidden layer is needed"),
    QT_TRANSLATE_NOOP("settings", "neurons per layer must be 1…{max}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "unknown activation {value}"),
    QT_TRANSLATE_NOOP("settings", "learning rate must be a number in (0, 100], got {value}"),
    QT_TRANSLATE_NOOP("settings", "unknown optimizer {value}"),
    QT_TRANSLATE_NOOP("settings", "unknown regularization {value}"),
    QT_TRANSLATE_NOOP("settings", "unknown weight initialization {value}"),
    QT_TRANSLATE_NOOP("settings", "speed level must be 0…{max}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a list, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a number, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a whole number, got {value}"),
    QT_TRANSLATE_NOOP("settings", "neurons per layer must be whole numbers, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be true or false, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be between {lo} and {hi}, got {value}"),
)

#: ``PresetError`` templates of ``playground/presets.py``.
PRESET_MESSAGES = (
    QT_TRANSLATE_NOOP("presets", "no preset named {name}; there are no presets"),
    QT_TRANSLATE_NOOP("presets", "no preset named {name} (known: {known})"),
    QT_TRANSLATE_NOOP("presets", "preset {name} could not be read: {reason}"),
    QT_TRANSLATE_NOOP("presets", "preset {name} must be an object with a 'settings' object"),
    QT_TRANSLATE_NOOP("presets", "preset {name}: 'title' must be text"),
    QT_TRANSLATE_NOOP("presets", "preset {name}: unknown setting {key}"),
    QT_TRANSLATE_NOOP("presets", "preset {name}: {reason}"),
)
