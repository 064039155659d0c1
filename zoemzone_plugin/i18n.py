"""Translation: English source strings, Dutch (and later other) translations from Qt .qm files.

All user-facing strings go through ``tr`` with one context, so one .ts file holds them all and
a test can check that none lacks a translation.
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "ZoemZone"
TRANSLATIONS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "translations")


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def qm_path(language):
    return os.path.join(TRANSLATIONS_DIR, "zoemzone_%s.qm" % language)


def user_language():
    """The two-letter language QGIS runs in (its own setting, else the system's)."""
    from qgis.core import QgsApplication
    return (QgsApplication.locale() or "en")[:2]


def install_translator(language=None):
    """Install the translator for ``language`` (default: QGIS's); None if there is none."""
    path = qm_path(language or user_language())
    translator = QTranslator()
    if os.path.exists(path) and translator.load(path):
        QCoreApplication.installTranslator(translator)
        return translator
    return None


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
