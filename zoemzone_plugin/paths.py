"""Where the plugin's files are, in the source tree and in the installed plugin alike.

In the repository ``resources/`` sits beside the package; ``make build`` copies it into the
package, which is where QGIS finds it after installation.
"""
import configparser
import os

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def resource(*parts):
    for base in (os.path.join(PACKAGE_DIR, "resources"),
                 os.path.join(os.path.dirname(PACKAGE_DIR), "resources")):
        path = os.path.join(base, *parts)
        if os.path.exists(path):
            return path
    raise FileNotFoundError(os.path.join("resources", *parts))


def plugin_version():
    """The version in metadata.txt, for files that say which plugin wrote them: beside the
    package once installed (make build copies it there), above it in the repository."""
    for folder in (PACKAGE_DIR, os.path.dirname(PACKAGE_DIR)):
        path = os.path.join(folder, "metadata.txt")
        if os.path.exists(path):
            parser = configparser.ConfigParser(interpolation=None)
            parser.read(path, encoding="utf-8")
            return parser.get("general", "version", fallback="unknown")
    return "unknown"


def default_table(name):
    """A default table in resources/tables (e.g. 'biophysical_nl.csv')."""
    return resource("tables", name)


ICON = "icons/zoemzone.svg"
