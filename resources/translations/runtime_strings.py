"""Strings the app translates at run time but ``pyside6-lupdate`` cannot find.

lupdate reads source text only from literal ``tr("…")`` /
``QCoreApplication.translate("context", "…")`` calls. Some labels reach the
translator another way:

* dataset labels live in ``engine/datasets.py`` (the engine never imports Qt)
  and ``playground/panels/data_panel.py`` translates them with
  ``QCoreApplication.translate("datasets", info.label)`` (until the panels use
  the catalogue below);
* preset titles live in ``resources/presets/*.json``; the window shows them
  through ``QCoreApplication.translate("presets", preset.title)``;
* ``playground/setting_specs.py`` declares each setting's name, tip and the
  speed levels' labels (context ``"settings"``); ``playground/settings.py`` is
  pure Python (the training process imports it): a refused setting raises
  ``SettingError`` with a constant English template, and
  ``playground.state.translated_message`` translates that template, and the
  setting's name, in context ``"settings"``;
* ``playground/presets.py`` does the same with ``PresetError`` in context
  ``"presets"``, and ``playground/setup_format.py`` with ``SetupError`` (and
  the words it fills in, ``Phrase``) in context ``"setup"``;
* ``playground/catalogue.py`` holds the names and tips of datasets, features,
  activations, optimizers, initialisations, regularisations and losses,
  translated in context ``"catalogue"``;
* ``engine/expression.py`` refuses a typed expression with an
  ``ExpressionError`` whose template (``MESSAGES``) the graph view translates
  in context ``"expression"``;
* ``playground/lessons/*.py`` refuses a lesson file with a ``LessonError``
  (templates and ``Phrase`` words in context ``"lessons"``, some passed to
  ``fields.exactly_one`` through its ``template`` argument).

Listing them here with ``QT_TRANSLATE_NOOP`` puts them into
``nn_playground_ja.ts`` on every run of ``update.sh`` (which scans this file
too), so their translations are kept. The app never imports this module;
``tests/playground/test_i18n.py`` and ``test_settings.py``,
``test_setup_format.py`` and ``test_catalogue.py`` check that every text of
those modules is listed here.
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

#: ``SettingSpec.name`` of every setting (``settings.SETTING_NAMES``; they fill
#: ``{setting}``), then ``SettingSpec.item_name`` of the list settings
#: (``settings.ITEM_NAMES``; they fill ``{item}``).
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
    QT_TRANSLATE_NOOP("settings", "loss per minibatch step"),
    QT_TRANSLATE_NOOP("settings", "input feature"),
    QT_TRANSLATE_NOOP("settings", "neurons per layer"),
    QT_TRANSLATE_NOOP("settings", "activation function"),
)

#: ``SettingSpec.tip`` of every setting (``settings.SETTING_TIPS``).
SETTING_TIPS = (
    QT_TRANSLATE_NOOP("settings", "Which points the network learns to separate, or for regression to predict. Each picture shows the dataset's points."),
    QT_TRANSLATE_NOOP("settings", "Noise: blurs the data (flips labels near the boundary, or jitters points). A perfect fit to noisy data is overfitting."),
    QT_TRANSLATE_NOOP("settings", "Share of the points used for training; the rest are test points the network never learns from, to show how well it generalises."),
    QT_TRANSLATE_NOOP("settings", "Number of classes (colours) in this dataset. The output layer gets one neuron per class; softmax turns their scores into probabilities."),
    QT_TRANSLATE_NOOP("settings", "Seed of the random points: the same seed gives the same points, so a session can be reproduced. Changing it draws new data for the same network; Regenerate picks the next seed."),
    QT_TRANSLATE_NOOP("settings", "Batch size: how many training points each gradient step averages over. Small batches give noisy, cheap steps; large ones smooth but slow steps. Changing it keeps the network."),
    QT_TRANSLATE_NOOP("settings", "Which properties do you want to feed in?"),
    QT_TRANSLATE_NOOP("settings", "Hidden layers and their neurons. Each neuron computes a = Σ xᵢwᵢ + b and passes on y = h(a); more neurons and more layers can draw more complex boundaries."),
    QT_TRANSLATE_NOOP("settings", "Activation function h of each hidden layer: the non-linearity applied to each neuron's a. Without one, stacked layers collapse into a single straight-line model."),
    QT_TRANSLATE_NOOP("settings", "Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too small and the loss falls slowly; too large and it jumps around or blows up to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05."),
    QT_TRANSLATE_NOOP("settings", "Optimizer: how each gradient is turned into a weight update. Plain SGD steps straight downhill; the others remember past gradients or scale each step."),
    QT_TRANSLATE_NOOP("settings", "Regularization: adds a penalty for large weights to the loss, which discourages over-complicated boundaries (overfitting). Biases are not penalised."),
    QT_TRANSLATE_NOOP("settings", "Regularization rate λ: how strongly large weights are penalised. 0 turns the penalty off; too large and every weight is squeezed toward 0 (underfitting)."),
    QT_TRANSLATE_NOOP("settings", "Initial random weights, used at every reset. Xavier (std √(1/n)) suits tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all neurons start nearly alike. Changing it resets the network."),
    QT_TRANSLATE_NOOP("settings", "Seed of the initial random weights: the same seed gives the same starting network. Reset moves to the next seed, so each reset draws new weights."),
    QT_TRANSLATE_NOOP("settings", "How fast to train. Slow speeds let you watch each update; one epoch per frame is TensorFlow Playground's pace; 'max' trains as fast as this computer can."),
    QT_TRANSLATE_NOOP("settings", "Draw the held-out test points (hollow markers) on the boundary."),
    QT_TRANSLATE_NOOP("settings", "Colour each region by its winning class only, without confidence shading."),
    QT_TRANSLATE_NOOP("settings", "Plot the loss on a logarithmic axis, to see small late improvements."),
    QT_TRANSLATE_NOOP("settings", "Plot the loss of every minibatch step (the book's iterations axis) instead of the whole-set loss after each epoch."),
)

#: ``SpeedLevel.label`` of every level of ``setting_specs.SPEED_LEVELS``.
SPEED_LABELS = (
    QT_TRANSLATE_NOOP("settings", "2 steps/s"),
    QT_TRANSLATE_NOOP("settings", "10 steps/s"),
    QT_TRANSLATE_NOOP("settings", "50 steps/s"),
    QT_TRANSLATE_NOOP("settings", "250 steps/s"),
    QT_TRANSLATE_NOOP("settings", "1000 steps/s"),
    QT_TRANSLATE_NOOP("settings", "1 epoch per frame"),
    QT_TRANSLATE_NOOP("settings", "max"),
)

#: ``SettingError`` templates of ``playground/settings.py``.
SETTING_MESSAGES = (
    QT_TRANSLATE_NOOP("settings", "{setting} must be true or false, got {value}"),
    QT_TRANSLATE_NOOP("settings", "unknown {setting} {value} (choose from {choices})"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a whole number, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be {lo}…{hi}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a number, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a number in ({lo}, {hi}], got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be between {lo} and {hi}, got {value}"),
    QT_TRANSLATE_NOOP("settings", "{setting} must be a list, got {value}"),
    QT_TRANSLATE_NOOP("settings", "at most {max} {setting}, got {count}"),
    QT_TRANSLATE_NOOP("settings", "pick at least one {item}"),
    QT_TRANSLATE_NOOP("settings", "{setting} {value} is listed twice"),
    QT_TRANSLATE_NOOP("settings", "one activation per hidden layer is needed (hidden layers: {layers}, activations: {count})"),
    QT_TRANSLATE_NOOP("settings", "unknown setting(s): {names}"),
)

#: ``PresetError`` templates of ``playground/presets.py``.
PRESET_MESSAGES = (
    QT_TRANSLATE_NOOP("presets", "no preset named {name}; there are no presets"),
    QT_TRANSLATE_NOOP("presets", "no preset named {name} (known: {known})"),
    QT_TRANSLATE_NOOP("presets", "preset {name} is too large ({size} bytes)"),
    QT_TRANSLATE_NOOP("presets", "preset {name} could not be read: {reason}"),
    QT_TRANSLATE_NOOP("presets", "preset {name}: {reason}"),
)

#: ``JsonTextError`` templates of ``playground/json_text.py``.
JSON_MESSAGES = (
    QT_TRANSLATE_NOOP("json", "it is not UTF-8 text"),
    QT_TRANSLATE_NOOP("json", "its lists or objects are nested too deeply"),
    QT_TRANSLATE_NOOP("json", "line {line}, column {column}: not valid JSON ({reason})"),
    QT_TRANSLATE_NOOP("json", "{key} is given twice in one object"),
)

#: ``SetupError`` templates of ``playground/setup_format.py``.
SETUP_MESSAGES = (
    QT_TRANSLATE_NOOP("setup", "{source} is too large for a setup ({size} bytes, at most {max})"),
    QT_TRANSLATE_NOOP("setup", "could not read {source}: {reason}"),
    QT_TRANSLATE_NOOP("setup", "{source}: {reason}"),
    QT_TRANSLATE_NOOP("setup", "{reason}"),
    QT_TRANSLATE_NOOP("setup", "a setup must be at most {max} characters, got {size}"),
    QT_TRANSLATE_NOOP("setup", "a setup must be a JSON object, got {kind}"),
    QT_TRANSLATE_NOOP("setup", "{field} is missing: this is not an nn-playground setup"),
    QT_TRANSLATE_NOOP("setup", "{field} must be {expected}, got {value}: this is not an nn-playground setup"),
    QT_TRANSLATE_NOOP("setup", "{field} is missing"),
    QT_TRANSLATE_NOOP("setup", "{field} must be a whole number from 1, got {value}"),
    QT_TRANSLATE_NOOP("setup", "this setup is version {version}, newer than this nn-playground reads (up to {supported}); update nn-playground to open it"),
    QT_TRANSLATE_NOOP("setup", "{field}: unknown field (known: {known})"),
    QT_TRANSLATE_NOOP("setup", "{field} must be text, got {kind}"),
    QT_TRANSLATE_NOOP("setup", "{field} must be a JSON object, got {kind}"),
    QT_TRANSLATE_NOOP("setup", "{field}: unknown setting (known: {known})"),
    QT_TRANSLATE_NOOP("setup", "{field}: {reason}"),
    QT_TRANSLATE_NOOP("setup", "{field} must be a list, got {kind}"),
    QT_TRANSLATE_NOOP("setup", "{field}: unknown view {value} (known: {known})"),
    QT_TRANSLATE_NOOP("setup", "{field}: {value} is not a view name"),
    QT_TRANSLATE_NOOP("setup", "{field}: view {value} is listed twice"),
)

#: ``Phrase`` words of ``playground/setup_format.py`` (the kind of a JSON value).
SETUP_WORDS = (
    QT_TRANSLATE_NOOP("setup", "an object"),
    QT_TRANSLATE_NOOP("setup", "a list"),
    QT_TRANSLATE_NOOP("setup", "text"),
    QT_TRANSLATE_NOOP("setup", "true or false"),
    QT_TRANSLATE_NOOP("setup", "a number"),
    QT_TRANSLATE_NOOP("setup", "null"),
)

#: Every name, short name and tip of ``playground/catalogue.py``.
CATALOGUE = (
    # dataset
    QT_TRANSLATE_NOOP("catalogue", "Circle"),
    QT_TRANSLATE_NOOP("catalogue", "One class inside a ring of the other. No straight line separates them: add X₁² and X₂², or a hidden layer."),
    QT_TRANSLATE_NOOP("catalogue", "Exclusive or"),
    QT_TRANSLATE_NOOP("catalogue", "XOR"),
    QT_TRANSLATE_NOOP("catalogue", "Opposite quadrants share a class. Needs X₁X₂ or a hidden layer: a single neuron draws only one straight line."),
    QT_TRANSLATE_NOOP("catalogue", "Gaussian"),
    QT_TRANSLATE_NOOP("catalogue", "Gauss"),
    QT_TRANSLATE_NOOP("catalogue", "Two clouds of points: a straight line separates them, so even a network without hidden layers succeeds."),
    QT_TRANSLATE_NOOP("catalogue", "Spiral"),
    QT_TRANSLATE_NOOP("catalogue", "Interleaved spiral arms, the hardest set: try several hidden layers, or sin X₁, sin X₂. Supports 2–5 classes."),
    QT_TRANSLATE_NOOP("catalogue", "Two moons"),
    QT_TRANSLATE_NOOP("catalogue", "Moons"),
    QT_TRANSLATE_NOOP("catalogue", "Two interleaved half circles: a curved boundary."),
    QT_TRANSLATE_NOOP("catalogue", "Gaussian blobs"),
    QT_TRANSLATE_NOOP("catalogue", "Blobs"),
    QT_TRANSLATE_NOOP("catalogue", "Clusters around a circle, one per class (2–5): softmax with several outputs."),
    QT_TRANSLATE_NOOP("catalogue", "Plane"),
    QT_TRANSLATE_NOOP("catalogue", "Regression: the target rises linearly with X₁ + X₂."),
    QT_TRANSLATE_NOOP("catalogue", "Multi Gaussian"),
    QT_TRANSLATE_NOOP("catalogue", "Bumps"),
    QT_TRANSLATE_NOOP("catalogue", "Regression: six positive and negative bumps."),
    QT_TRANSLATE_NOOP("catalogue", "AND gate"),
    QT_TRANSLATE_NOOP("catalogue", "AND"),
    QT_TRANSLATE_NOOP("catalogue", "The AND truth table (4 points): one neuron is enough."),
    QT_TRANSLATE_NOOP("catalogue", "OR gate"),
    QT_TRANSLATE_NOOP("catalogue", "OR"),
    QT_TRANSLATE_NOOP("catalogue", "The OR truth table (4 points): one neuron is enough."),
    QT_TRANSLATE_NOOP("catalogue", "NAND gate"),
    QT_TRANSLATE_NOOP("catalogue", "NAND"),
    QT_TRANSLATE_NOOP("catalogue", "The NAND truth table (4 points): one neuron is enough."),
    QT_TRANSLATE_NOOP("catalogue", "XOR gate"),
    QT_TRANSLATE_NOOP("catalogue", "The XOR truth table (4 points): one neuron cannot do it; XOR = AND(NAND, OR) needs a hidden layer."),
    # feature
    QT_TRANSLATE_NOOP("catalogue", "X₁"),
    QT_TRANSLATE_NOOP("catalogue", "X₁: the horizontal coordinate of the point, as it is."),
    QT_TRANSLATE_NOOP("catalogue", "X₂"),
    QT_TRANSLATE_NOOP("catalogue", "X₂: the vertical coordinate of the point, as it is."),
    QT_TRANSLATE_NOOP("catalogue", "X₁²"),
    QT_TRANSLATE_NOOP("catalogue", "X₁²: large on both the left and the right edge. With X₂², one neuron can draw a circle (the Circle dataset)."),
    QT_TRANSLATE_NOOP("catalogue", "X₂²"),
    QT_TRANSLATE_NOOP("catalogue", "X₂²: large at both the top and the bottom edge."),
    QT_TRANSLATE_NOOP("catalogue", "X₁X₂"),
    QT_TRANSLATE_NOOP("catalogue", "X₁X₂: positive in two opposite quadrants, negative in the others, which solves XOR with no hidden layer."),
    QT_TRANSLATE_NOOP("catalogue", "sin X₁"),
    QT_TRANSLATE_NOOP("catalogue", "sin X₁: stripes that repeat left to right; helps with the spiral."),
    QT_TRANSLATE_NOOP("catalogue", "sin X₂"),
    QT_TRANSLATE_NOOP("catalogue", "sin X₂: stripes that repeat bottom to top."),
    # activation
    QT_TRANSLATE_NOOP("catalogue", "tanh"),
    QT_TRANSLATE_NOOP("catalogue", "tanh(a): squashes into −1…1, centred on 0."),
    QT_TRANSLATE_NOOP("catalogue", "ReLU"),
    QT_TRANSLATE_NOOP("catalogue", "ReLU: max(0, a). Fast to train; a neuron whose a stays negative stops learning (\"dead\")."),
    QT_TRANSLATE_NOOP("catalogue", "sigmoid"),
    QT_TRANSLATE_NOOP("catalogue", "sigmoid: 1 / (1 + e^−a), squashes into 0…1. Saturates, so gradients vanish in deep networks."),
    QT_TRANSLATE_NOOP("catalogue", "linear"),
    QT_TRANSLATE_NOOP("catalogue", "linear: h(a) = a. Layers of linear neurons add up to one linear model."),
    QT_TRANSLATE_NOOP("catalogue", "leaky ReLU"),
    QT_TRANSLATE_NOOP("catalogue", "leaky ReLU: a for a > 0, else 0.01·a, so it never quite dies."),
    QT_TRANSLATE_NOOP("catalogue", "step"),
    QT_TRANSLATE_NOOP("catalogue", "step: 1 for a > 0, else 0. Its gradient is 0 almost everywhere, so gradient descent cannot train it."),
    # optimizer
    QT_TRANSLATE_NOOP("catalogue", "SGD"),
    QT_TRANSLATE_NOOP("catalogue", "Stochastic gradient descent: W ← W − η·∂L/∂W."),
    QT_TRANSLATE_NOOP("catalogue", "Momentum"),
    QT_TRANSLATE_NOOP("catalogue", "Momentum: builds up speed like a ball rolling downhill, smoothing the zig-zag of SGD (β = 0.9)."),
    QT_TRANSLATE_NOOP("catalogue", "Nesterov"),
    QT_TRANSLATE_NOOP("catalogue", "Nesterov: momentum that looks ahead before stepping."),
    QT_TRANSLATE_NOOP("catalogue", "AdaGrad"),
    QT_TRANSLATE_NOOP("catalogue", "AdaGrad: shrinks the step of weights that have already moved a lot."),
    QT_TRANSLATE_NOOP("catalogue", "RMSprop"),
    QT_TRANSLATE_NOOP("catalogue", "RMSprop: like AdaGrad, but forgets old gradients, so steps do not shrink to nothing."),
    QT_TRANSLATE_NOOP("catalogue", "Adam"),
    QT_TRANSLATE_NOOP("catalogue", "Adam: momentum plus per-weight step sizes; a robust default (try η = 0.001…0.01)."),
    # init
    QT_TRANSLATE_NOOP("catalogue", "Xavier"),
    QT_TRANSLATE_NOOP("catalogue", "Xavier: normal with std √(1/n_in); for tanh and sigmoid."),
    QT_TRANSLATE_NOOP("catalogue", "He"),
    QT_TRANSLATE_NOOP("catalogue", "He: normal with std √(2/n_in); for ReLU."),
    QT_TRANSLATE_NOOP("catalogue", "Fixed std 0.01"),
    QT_TRANSLATE_NOOP("catalogue", "Normal with a fixed std of 0.01: with sigmoid, activations all sit near 0.5 and learning is slow."),
    QT_TRANSLATE_NOOP("catalogue", "Uniform ±0.5"),
    QT_TRANSLATE_NOOP("catalogue", "Uniform between −0.5 and +0.5."),
    # regularization
    QT_TRANSLATE_NOOP("catalogue", "None"),
    QT_TRANSLATE_NOOP("catalogue", "No penalty: the loss is the data loss only."),
    QT_TRANSLATE_NOOP("catalogue", "L1"),
    QT_TRANSLATE_NOOP("catalogue", "L1: adds λ·Σ|W|, pushing unneeded weights to exactly zero."),
    QT_TRANSLATE_NOOP("catalogue", "L2"),
    QT_TRANSLATE_NOOP("catalogue", "L2 (weight decay): adds ½λ·ΣW², shrinking all weights a little every step."),
    # loss
    QT_TRANSLATE_NOOP("catalogue", "softmax + cross-entropy"),
    QT_TRANSLATE_NOOP("catalogue", "softmax"),
    QT_TRANSLATE_NOOP("catalogue", "Classification: one output neuron per class; softmax turns their scores into probabilities that add up to 1, and the cross-entropy loss is −log(probability of the right class)."),
    QT_TRANSLATE_NOOP("catalogue", "identity + mean squared error"),
    QT_TRANSLATE_NOOP("catalogue", "Regression: the output neuron passes its value through unchanged, and the loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ makes each point's gradient simply y − t)."),
)

#: Menu titles of ``playground/window_menus.py``. ``WindowMenus.retranslate``
#: calls ``QCoreApplication.translate`` through a local alias ``tr``, which
#: lupdate reads as ``tr(source, disambiguation)`` in no context, so without
#: these the menus stay English in Japanese.
WINDOW_MENUS = (
    QT_TRANSLATE_NOOP("WindowMenus", "&File"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Presets"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Training"),
    QT_TRANSLATE_NOOP("WindowMenus", "&View"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Views"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Language"),
    QT_TRANSLATE_NOOP("WindowMenus", "Space"),
)

#: Texts of ``describe()`` in ``playground/views/inspect/picked_point.py``, called
#: through a local alias ``tr = QCoreApplication.translate`` that lupdate cannot
#: follow (same as the menus above).
PICKED_POINT = (
    QT_TRANSLATE_NOOP("PickedPoint", "Training point %1 at %2"),
    QT_TRANSLATE_NOOP("PickedPoint", "Test point %1 at %2"),
    QT_TRANSLATE_NOOP("PickedPoint", "Location %1"),
    QT_TRANSLATE_NOOP("PickedPoint", "no target yet"),
    QT_TRANSLATE_NOOP("PickedPoint", "class %1"),
    QT_TRANSLATE_NOOP("PickedPoint", "target %1"),
)

#: ``ExpressionError`` templates: every value of ``engine.expression.MESSAGES``.
#: ``playground/views/graph/graph_expression.py`` words a refused expression with
#: ``error.message(QCoreApplication.translate)``, which looks the template up in
#: context ``"expression"`` (the engine never imports Qt).
EXPRESSION_MESSAGES = (
    QT_TRANSLATE_NOOP("expression", "The expression is empty."),
    QT_TRANSLATE_NOOP("expression", "Unexpected character '{char}'."),
    QT_TRANSLATE_NOOP("expression", "{text} is not a number."),
    QT_TRANSLATE_NOOP("expression", "The result is too large."),
    QT_TRANSLATE_NOOP("expression", "Expected a number, a name or '(' but found '{text}'."),
    QT_TRANSLATE_NOOP("expression", "The expression ends too early."),
    QT_TRANSLATE_NOOP("expression", "An operator is missing before '{text}'."),
    QT_TRANSLATE_NOOP("expression", "Missing ')' for the '(' at column {open}."),
    QT_TRANSLATE_NOOP("expression", "This ')' has no matching '('."),
    QT_TRANSLATE_NOOP("expression", "Unexpected '{text}'."),
    QT_TRANSLATE_NOOP("expression", "Unexpected '=': give values before a ':', as in x=3, y=2: x*y."),
    QT_TRANSLATE_NOOP("expression", "{name} takes one argument."),
    QT_TRANSLATE_NOOP("expression", "Unknown function {name}."),
    QT_TRANSLATE_NOOP("expression", "{name} is a function: write {name}(...)."),
    QT_TRANSLATE_NOOP("expression", "No value given for {name}."),
    QT_TRANSLATE_NOOP("expression", "Expected a variable name but found '{text}'."),
    QT_TRANSLATE_NOOP("expression", "Expected '=' after {name}."),
    QT_TRANSLATE_NOOP("expression", "Expected ',' or ':' but found '{text}'."),
    QT_TRANSLATE_NOOP("expression", "{name} is given twice."),
    QT_TRANSLATE_NOOP("expression", "{name} is a function name; choose another name for the variable."),
    QT_TRANSLATE_NOOP("expression", "The value of {variable} must be a number, not another variable ({name})."),
    QT_TRANSLATE_NOOP("expression", "The exponent must be a constant, but {name} is a variable."),
    QT_TRANSLATE_NOOP("expression", "log needs a positive number, got {value}."),
    QT_TRANSLATE_NOOP("expression", "Division by zero."),
    QT_TRANSLATE_NOOP("expression", "A negative number ({base}) cannot be raised to a non-integer power ({exponent})."),
    QT_TRANSLATE_NOOP("expression", "0 to the power {exponent} has no finite derivative."),
    QT_TRANSLATE_NOOP("expression", "The expression is nested too deeply."),
)

#: ``LessonError`` templates of ``playground/lessons/*.py`` (context ``"lessons"``),
#: including the ones handed to ``fields.exactly_one`` as its ``template``
#: argument; the lessons panel shows them with ``translated_message``.
LESSON_MESSAGES = (
    # fields.py
    QT_TRANSLATE_NOOP("lessons", "must be an object, got {kind}"),
    QT_TRANSLATE_NOOP("lessons", "unknown field {name} (known: {known})"),
    QT_TRANSLATE_NOOP("lessons", "must be a list, got {kind}"),
    QT_TRANSLATE_NOOP("lessons", "needs at least {lo} item(s), got {count}"),
    QT_TRANSLATE_NOOP("lessons", "takes at most {hi} items, got {count}"),
    QT_TRANSLATE_NOOP("lessons", "must be a number, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "must be between {lo} and {hi}, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "must be a whole number, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "must be {lo}…{hi}, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "must be true, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "must be one of {choices}, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "must be a name like playButton, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "unknown view {value} (known: {known})"),
    # format.py
    QT_TRANSLATE_NOOP("lessons", "too large for a lesson ({size} bytes, at most {max})"),
    QT_TRANSLATE_NOOP("lessons", "could not be read: {reason}"),
    QT_TRANSLATE_NOOP("lessons", "a lesson must be a JSON object, got {kind}"),
    QT_TRANSLATE_NOOP("lessons", "must be {expected}: this is not an nn-playground lesson"),
    QT_TRANSLATE_NOOP("lessons", "this lesson is version {version}, newer than this nn-playground reads (up to {supported}); update nn-playground to open it"),
    QT_TRANSLATE_NOOP("lessons", "is missing"),
    QT_TRANSLATE_NOOP("lessons", "{reason}"),
    QT_TRANSLATE_NOOP("lessons", "is missing: say what to do"),
    QT_TRANSLATE_NOOP("lessons", "a step with a check needs its solution in show_me"),
    QT_TRANSLATE_NOOP("lessons", "give the text in at least one of {languages}"),
    QT_TRANSLATE_NOOP("lessons", "must be text, got {value}"),
    QT_TRANSLATE_NOOP("lessons", "is too long ({count} characters, at most {max})"),
    # actions.py
    QT_TRANSLATE_NOOP("lessons", "an action is exactly one of {names} (found {count})"),
    QT_TRANSLATE_NOOP("lessons", "unknown field {name} beside {kind}"),
    QT_TRANSLATE_NOOP("lessons", "name at least one setting"),
    QT_TRANSLATE_NOOP("lessons", "unknown setting (known: {known})"),
    QT_TRANSLATE_NOOP("lessons", "one activation per hidden layer is needed (hidden layers: {layers}, activations: {count})"),
    QT_TRANSLATE_NOOP("lessons", "index is missing"),
    QT_TRANSLATE_NOOP("lessons", "select exactly one of {names} (found {count})"),
    QT_TRANSLATE_NOOP("lessons", "say at least one of {names}"),
    # checks.py
    QT_TRANSLATE_NOOP("lessons", "say what to check with exactly one of {names} (found {count})"),
    QT_TRANSLATE_NOOP("lessons", "compare with exactly one of {names} (found {count})"),
    QT_TRANSLATE_NOOP("lessons", "test the setting with exactly one of {names} (found {count})"),
    QT_TRANSLATE_NOOP("lessons", "{setting} is not a number: use equals"),
    QT_TRANSLATE_NOOP("lessons", "{setting} is not a list: use equals"),
    QT_TRANSLATE_NOOP("lessons", "say at least one of computes, target, mode"),
    QT_TRANSLATE_NOOP("lessons", "checks nest at most {max} deep"),
)

#: ``Phrase`` words of ``playground/lessons/fields.py`` (the kind of a JSON value).
LESSON_WORDS = (
    QT_TRANSLATE_NOOP("lessons", "an object"),
    QT_TRANSLATE_NOOP("lessons", "a list"),
    QT_TRANSLATE_NOOP("lessons", "text"),
    QT_TRANSLATE_NOOP("lessons", "true or false"),
    QT_TRANSLATE_NOOP("lessons", "a number"),
    QT_TRANSLATE_NOOP("lessons", "null"),
)

#: ``playground/views/lessons/lessons_panel.py`` writes ``self.tr('Lesson complete')``
#: inside an f-string, where lupdate does not look.
LESSONS_PANEL = (
    QT_TRANSLATE_NOOP("LessonsPanel", "Lesson complete"),
)
