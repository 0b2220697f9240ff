"""Strings the app translates at run time but ``pyside6-lupdate`` cannot find.

lupdate reads source text only from literal ``tr("…")`` /
``QCoreApplication.translate("context", "…")`` calls. Some labels reach the
translator another way:

* dataset labels live in ``engine/datasets.py`` (the engine never imports Qt)
  and ``playground/panels/data_panel.py`` translates them with
  ``QCoreApplication.translate("datasets", info.label)``;
* preset titles live in ``resources/presets/*.json``; the window should show
  them through ``QCoreApplication.translate("presets", preset.title)``;
* ``playground/views/neuron_maps.py`` wraps ``translate("NeuronMaps", text)``
  in a helper ``_tr(text)``, which lupdate does not recognise.

Listing them here with ``QT_TRANSLATE_NOOP`` puts them into
``nn_playground_ja.ts`` on every run of ``update.sh`` (which scans this file
too), so their translations are kept. The app never imports this module;
``tests/playground/test_i18n.py`` checks that every dataset label and
preset title is listed.
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

#: Texts of ``playground/views/neuron_maps.py`` (node titles in the network
#: diagram and the enlarged boundary view). Harmless duplicates once that file
#: calls ``QCoreApplication.translate("NeuronMaps", "…")`` literally.
NEURON_MAP_TEXTS = (
    QT_TRANSLATE_NOOP("NeuronMaps", "tanh"),
    QT_TRANSLATE_NOOP("NeuronMaps", "ReLU"),
    QT_TRANSLATE_NOOP("NeuronMaps", "sigmoid"),
    QT_TRANSLATE_NOOP("NeuronMaps", "linear"),
    QT_TRANSLATE_NOOP("NeuronMaps", "leaky ReLU"),
    QT_TRANSLATE_NOOP("NeuronMaps", "step"),
    QT_TRANSLATE_NOOP("NeuronMaps", "softmax"),
    QT_TRANSLATE_NOOP("NeuronMaps", "Input feature %1"),
    QT_TRANSLATE_NOOP("NeuronMaps", "Output: probability of class %1"),
    QT_TRANSLATE_NOOP("NeuronMaps", "Output: predicted value"),
    QT_TRANSLATE_NOOP("NeuronMaps", "Hidden layer %1, neuron %2 (%3)"),
)
