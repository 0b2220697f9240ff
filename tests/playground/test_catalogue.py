"""The catalogue names exactly what the engine has, once, in one spelling."""

from __future__ import annotations

import pytest

from engine.activations import ACTIVATIONS
from engine.datasets import DATASETS
from engine.features import FEATURES
from engine.initializers import INITIALIZERS
from engine.losses import LOSSES
from engine.network import REGULARIZATIONS
from engine.optimizers import OPTIMIZERS
from playground import catalogue
from playground.settings import SPEC
from tests.playground.test_settings import listed_in_runtime_strings

#: Each catalogue kind and the engine registry it describes.
REGISTRIES = {
    "dataset": DATASETS,
    "feature": FEATURES,
    "activation": ACTIVATIONS,
    "optimizer": OPTIMIZERS,
    "init": INITIALIZERS,
    "regularization": REGULARIZATIONS,
    "loss": LOSSES,
}
#: The setting whose choices each kind offers in the GUI.
OFFERED_BY = {"dataset": "dataset", "feature": "features", "activation": "activations",
              "optimizer": "optimizer", "init": "init", "regularization": "regularization"}


def test_every_kind_is_checked_against_a_registry():
    assert set(catalogue.KINDS) == set(REGISTRIES)


@pytest.mark.parametrize("kind", catalogue.KINDS)
def test_keys_are_the_engines_registry(kind):
    assert set(catalogue.keys(kind)) == set(REGISTRIES[kind])
    assert len(catalogue.keys(kind)) == len(REGISTRIES[kind])


@pytest.mark.parametrize("kind, key", OFFERED_BY.items())
def test_what_the_gui_offers_is_in_the_catalogue_in_the_same_order(kind, key):
    offered = SPEC[key].choices
    assert set(offered) <= set(catalogue.keys(kind))
    in_catalogue = [k for k in catalogue.keys(kind) if k in offered]
    assert in_catalogue == list(offered)


@pytest.mark.parametrize("kind", catalogue.KINDS)
def test_every_entry_has_a_distinct_name_and_a_sentence_for_a_tip(kind):
    entries = [catalogue.entry(kind, key) for key in catalogue.keys(kind)]
    names = [e.name for e in entries]
    assert len(set(names)) == len(names), names
    for e in entries:
        assert e.name.strip() and e.short.strip(), e
        assert e.tip.endswith("."), e.tip
        assert len(e.short) <= len(e.name), e


def test_dataset_names_are_the_engines_labels():
    # So the existing "datasets" translations carry over word for word.
    for key, info in DATASETS.items():
        assert catalogue.entry("dataset", key).name == info.label


def test_one_spelling_of_the_sine_features():
    assert catalogue.names("feature")["sin_x1"] == "sin X₁"
    assert catalogue.names("feature")["sin_x2"] == "sin X₂"
    assert not [text for text in catalogue.texts() if "sin(" in text]


def test_names_and_entries_are_translated_in_the_catalogue_context():
    seen = []

    def translate(context, text):
        seen.append(context)
        return text.upper()

    assert catalogue.names("optimizer", translate)["adam"] == "ADAM"
    assert catalogue.names("dataset", translate, short=True)["reg_gaussian"] == "BUMPS"
    relu = catalogue.entry("activation", "relu").translated(translate)
    assert (relu.key, relu.name) == ("relu", "RELU") and relu.tip.startswith("RELU: MAX(0, A)")
    assert catalogue.label("feature", "x1sq", translate) == "X₁²"
    assert set(seen) == {catalogue.CONTEXT} == {"catalogue"}


def test_unknown_names_are_shown_as_they_are_or_refused_in_words():
    assert catalogue.label("activation", "swish") == "swish"
    with pytest.raises(KeyError, match="no activation 'swish' in the catalogue"):
        catalogue.entry("activation", "swish")
    with pytest.raises(KeyError, match="no catalogue kind 'colour'"):
        catalogue.keys("colour")


def test_every_text_is_listed_for_translators_and_nothing_else():
    assert listed_in_runtime_strings("catalogue") == set(catalogue.texts())
