"""Outputs that appear whole or not at all.

Every result is written to a temporary file beside its target, named so it does not look
like a result (``.<name>.partial-<pid><ext>``: hidden, and marked by the writing process),
and renamed onto the target only once complete. A rename within one folder replaces the
target in one step, so the target always holds either the earlier result or the new one:
a run that fails, is cancelled or is killed halfway leaves the earlier result as it was.
(A killed run cannot clean up; its partial file stays, under a name no one takes for a
result.)

Sidecars follow their file: the files GDAL lists with it (a shapefile's .dbf and .shx) and
those named like it with more after its name (GDAL's .aux.xml and .ovr). The earlier
result's sidecars that the new one lacks are removed: a stale .aux.xml would give the new
raster the old one's statistics.
"""
import errno
import os

from osgeo import gdal

from ..errors import EngineError

gdal.UseExceptions()


class OutputError(EngineError):
    """An output that cannot be written where it was asked for."""


def cannot_write(path, error):
    """The OutputError for ``path``, saying what the system or GDAL said (``error``)."""
    return OutputError("Cannot write '{path}' ({reason}). Choose a folder that exists or can "
                       "be created, and that you may write to.",
                       path=path, reason=getattr(error, "strerror", None) or str(error))


def partial_path(path):
    """Where the output ``path`` is written until it is complete."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, extension = os.path.splitext(name)
    return os.path.join(folder, ".%s.partial-%d%s" % (stem, os.getpid(), extension))


RASTER_SIDECARS = (".aux.xml", ".ovr", ".msk")    # listed by GDAL only where PAM is on


def _dataset_files(path):
    """The files of the dataset at ``path``: itself, its sidecars and, for a format of
    several files (a shapefile), its parts, as GDAL lists them."""
    if not os.path.exists(path):
        return []
    files = [path] + [path + suffix for suffix in RASTER_SIDECARS
                      if os.path.exists(path + suffix)]
    try:
        dataset = gdal.OpenEx(path)
    except RuntimeError:
        dataset = None
    if dataset is not None:
        files += dataset.GetFileList() or []
        dataset = None
    return sorted({os.path.abspath(f) for f in files})


def _pieces(path):
    """(file, the name it takes at the target) of the partial of ``path`` and its sidecars,
    the partial itself last: until it is renamed the target is still the earlier result."""
    partial = partial_path(path)
    folder, name = os.path.split(os.path.abspath(path))
    lead = os.path.splitext(os.path.basename(partial))[0]
    stem = os.path.splitext(name)[0]
    files = set(_dataset_files(partial))
    if os.path.isdir(folder):
        files.update(os.path.join(folder, entry) for entry in os.listdir(folder)
                     if entry.startswith(os.path.basename(partial) + "."))
    return [(f, os.path.join(folder, stem + os.path.basename(f)[len(lead):]))
            for f in sorted(files, key=lambda f: (f == partial, f))]


def prepare(path):
    """Make the folder of ``path``; the folders it had to create, outermost first."""
    folder = os.path.dirname(os.path.abspath(path))
    created = []
    parent = folder
    while not os.path.exists(parent):
        created.insert(0, parent)
        parent = os.path.dirname(parent)
    try:
        if not os.path.isdir(parent):       # makedirs would say 'File exists'
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), parent)
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise cannot_write(path, error) from None
    return created


def check_writable(path):
    """Refuse ``path`` now, before a long run, if its partial file cannot be created there;
    leaves nothing behind."""
    created = prepare(path)
    try:
        with open(partial_path(path), "wb"):
            pass
        os.remove(partial_path(path))
    except OSError as error:
        raise cannot_write(path, error) from None
    finally:
        remove_folders(created)


def remove_folders(folders):
    """Remove those of ``folders`` that are empty, innermost first."""
    for folder in reversed(folders):
        try:
            os.rmdir(folder)
        except OSError:
            pass


def commit(path):
    """Put the complete partial of ``path`` (and its sidecars) in place of ``path``."""
    old = set(_dataset_files(path))
    pieces = _pieces(path)
    new = {target for _, target in pieces}
    try:
        for stale in sorted(old - new):
            if os.path.exists(stale):
                os.remove(stale)
        for partial, target in pieces:
            os.replace(partial, target)
    except OSError as error:
        raise cannot_write(path, error) from None


def discard(path):
    """Remove the partial of ``path`` and its sidecars."""
    for partial, _ in _pieces(path):
        try:
            os.remove(partial)
        except OSError:
            pass


class Outputs:
    """The outputs of one run: kept back until the whole run has succeeded, then put in place
    together, so a failure after the first of them leaves no new result beside old ones.

    Use it as a context manager: leaving it normally commits, leaving it by an exception
    (an error, a cancel) discards. The writers added have ``finish()`` (complete the partial
    file), ``commit()``, ``discard()`` and ``created`` (the folders they made)."""

    def __init__(self):
        self._writers = []

    def add(self, writer):
        self._writers.append(writer)
        return writer

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is None:
            self.commit()
        else:
            self.discard()
        return False

    def commit(self):
        """Finish every output, then put them in place one by one; on a failure the outputs
        not yet in place are discarded (those before it stay: they are complete)."""
        try:
            for writer in self._writers:
                writer.finish()
            while self._writers:
                self._writers[0].commit()
                self._writers.pop(0)
        except BaseException:
            self.discard()
            raise

    def discard(self):
        writers, self._writers = self._writers, []
        for writer in writers:
            writer.discard()
        remove_folders(sorted({f for w in writers for f in w.created}, key=len))


class OutputFile:
    """An output file for an Outputs that its maker writes to ``partial`` (a PDF that a
    QGIS print layout exports there, say); the folder is made now."""

    def __init__(self, path):
        self.path = path
        self.partial = partial_path(path)
        self.created = prepare(path)

    def finish(self):
        pass

    def commit(self):
        commit(self.path)

    def discard(self):
        discard(self.path)


class TextFile(OutputFile):
    """A text output (an HTML or CSV report) for an Outputs."""

    def __init__(self, path, text):
        super().__init__(path)
        try:
            with open(self.partial, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as error:
            self.discard()
            remove_folders(self.created)
            raise cannot_write(path, error) from None


def write_text(path, text):
    """Write a text output whole, in place of any earlier one."""
    with Outputs() as outputs:
        outputs.add(TextFile(path, text))
