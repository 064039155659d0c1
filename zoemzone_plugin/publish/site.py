"""The website's folder: built beside the target, then swapped in whole.

A reader of the site (or a web server) never sees a half-written one, and a re-run leaves no
tile of the previous run behind. A folder is only replaced when its manifest shows that this
plugin wrote it: anything else that is not empty is refused rather than deleted.
"""
import json
import os
import shutil
import tempfile

from ..engine.errors import InputError

MANIFEST = "zoemzone-site.json"
GENERATOR = "Zoem Zone publishwebsite"


def check_target(folder):
    """Refuse a folder that holds files but is no site of this plugin."""
    if not os.path.exists(folder):
        return
    if not os.path.isdir(folder):
        raise InputError("The output '{folder}' is a file, not a folder. Choose a new or empty "
                         "folder for the website.", folder=folder)
    if os.listdir(folder) and not is_site(folder):
        raise InputError("The output folder '{folder}' is not empty and holds no website "
                         "published by Zoem Zone (it has no {manifest}). Choose a new or empty "
                         "folder: nothing in this one was changed.", folder=folder,
                         manifest=MANIFEST)


def is_site(folder):
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as handle:
            return json.load(handle).get("generator") == GENERATOR
    except (OSError, ValueError, AttributeError):
        return False


def staging_folder(folder):
    """A new empty folder beside ``folder`` (same file system, so the swap is a rename)."""
    parent = os.path.dirname(os.path.abspath(folder))
    os.makedirs(parent, exist_ok=True)
    path = tempfile.mkdtemp(prefix="." + os.path.basename(os.path.abspath(folder)) + ".new-",
                            dir=parent)
    os.chmod(path, 0o755)      # mkdtemp's 0700 would hide the site from a web server's user
    return path


def finish(staging, folder, manifest):
    """Write the manifest into ``staging`` and put it in the place of ``folder``."""
    with open(os.path.join(staging, MANIFEST), "w", encoding="utf-8") as handle:
        json.dump(dict(manifest, generator=GENERATOR), handle, indent=1)
    old = None
    if os.path.exists(folder):
        old = staging + ".old"
        os.rename(folder, old)
    os.rename(staging, folder)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def folder_size(folder):
    """(number of files, bytes) under ``folder``."""
    files = size = 0
    for base, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(base, name))
    return files, size
