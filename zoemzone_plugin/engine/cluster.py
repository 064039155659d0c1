"""Running the heavy stages on Dask (``dask.distributed``): on this machine's cores or a cluster.

The stages split into independent tasks (blocks of source patches of the graph, tiles with
their halos of the raster models); here they go to a Dask scheduler instead of this process.
Dask stays optional: without a scheduler named, or without Dask installed and none asked for,
everything runs in-process as before. The scheduler is named as

- ``""`` (or None): in-process, no Dask at all;
- ``local:N``: a LocalCluster of N single-threaded worker processes on this machine, each
  held to 1/N of the memory budget (Dask pauses a worker that grows past it, and restarts
  one far past it; its tasks then run elsewhere);
- ``tcp://host:8786`` (or ``tls://``): an existing cluster. Its workers need numpy, GDAL and
  this engine package (installed with the repository's pyproject.toml, or uploaded from here
  by ``upload_engine``), and see the run's input and output folders under the same paths.

A task that was running on a worker that died is run again on another (Dask's own retries),
so a run gives the same result whatever happens to single workers. A cancel releases every
task of the run and sets a Dask Event that running tasks look at (see RemoteStop).
"""
import asyncio
import importlib.util
import io
import os
import shutil
import sys
import time
import uuid
import zipfile

from . import defaults
from .errors import Cancelled, InputError, Note
from .progress import NullFeedback, tell
from .io.tiling import budget_bytes

ENVIRONMENT = "ZOEMZONE_DASK_SCHEDULER"
# A worker looks at the cancel Event at most this often (it asks the scheduler each time).
STOP_POLL_SECONDS = 0.5
# How long to wait for an existing cluster's scheduler to answer.
CONNECT_SECONDS = 20


def scheduler_from_environment():
    """The scheduler named by ZOEMZONE_DASK_SCHEDULER, or "" (in-process)."""
    return os.environ.get(ENVIRONMENT, "").strip()


def parse_scheduler(spec):
    """(kind, value) of a scheduler setting: (None, None) in-process, ("local", N) or
    ("address", "tcp://host:port"); anything else is refused with the accepted forms."""
    spec = (spec or "").strip()
    if not spec:
        return None, None
    if spec.lower().startswith("local:"):
        count = spec[6:].strip()
        if count.isdigit() and int(count) >= 1:
            return "local", int(count)
    elif spec.lower().startswith(("tcp://", "tls://")) and ":" in spec[6:]:
        return "address", spec
    raise InputError("The Dask scheduler '{value}' is not understood. Give local:N (N worker "
                     "processes on this machine, e.g. local:4), the address of a running "
                     "scheduler such as tcp://host:8786, or leave it empty to compute in this "
                     "process.", value=spec)


def _require_dask(spec):
    """Refuse a scheduler setting at once when Dask is missing, without importing it: the
    import takes 0.2 s, which a local stage that stays in this process (tile_tasks.spreads)
    would pay for nothing."""
    if importlib.util.find_spec("distributed") is None:
        raise InputError("The Dask scheduler is set to '{value}', but Dask is not installed "
                         "for this Python. Install dask and distributed (Debian: apt install "
                         "python3-dask python3-distributed) or empty the setting to compute in "
                         "this process.", value=spec)


def _worker_python():
    """The Python that LocalCluster starts its workers with: inside QGIS sys.executable is
    the QGIS program itself, which cannot run a worker."""
    name = os.path.basename(sys.executable or "").lower()
    if name.startswith("python"):
        return sys.executable
    for candidate in (getattr(sys, "_base_executable", None),
                      shutil.which("python%d.%d" % sys.version_info[:2]), shutil.which("python3")):
        if candidate and os.path.basename(candidate).lower().startswith("python"):
            return candidate
    return sys.executable


def engine_zip(package=None):
    """This engine as a zip of the ``zoemzone_plugin`` package with only its engine and the
    engine's subpackages (the rest needs QGIS) and the defaults files it reads
    (engine.defaults), for workers that do not have it installed.
    ``package``: the plugin's folder (default: the one this module is in)."""
    package = package or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zoemzone_plugin/__init__.py", "")
        for folder, subfolders, names in os.walk(os.path.join(package, "engine")):
            subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
            inside = os.path.relpath(folder, package).replace(os.sep, "/")
            for name in sorted(names):
                if name.endswith(".py"):
                    archive.write(os.path.join(folder, name),
                                  "zoemzone_plugin/%s/%s" % (inside, name))
        for name, data in defaults.packed():
            archive.writestr("zoemzone_plugin/" + name, data)
    return buffer.getvalue()


class Cluster:
    """A connection to a Dask scheduler for one run; use as a context manager.

    ``local:N`` starts its own LocalCluster when first used and stops it at the end; an
    address connects to a running scheduler and uploads this engine to its workers, so they
    compute with exactly the code of this run.
    """

    def __init__(self, spec, memory_budget_mb=None):
        self.spec = spec
        self.kind, value = parse_scheduler(spec)
        if self.kind is None:
            raise ValueError("in-process runs have no Cluster")
        _require_dask(spec)
        self._local = self._client = None
        budget = budget_bytes(memory_budget_mb)
        if self.kind == "local":
            # started on first use (``client``): a stage that finds it computes faster in
            # this process (tile_tasks.spreads) does not wait seconds for worker processes
            self._local_options = dict(
                n_workers=value, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, memory_limit=int(budget / value))
            self.workers = value
            self.worker_budget_mb = int(budget / value) / 2.0 ** 20
            return
        try:
            self._client = self._distributed.Client(value, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as error:
            raise InputError("No Dask scheduler answers at '{value}' ({error}). Start it "
                             "(dask scheduler, then dask worker {value} on each machine) "
                             "or correct the address.", value=value,
                             error=str(error)) from None
        self.upload_engine()
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))
        # Each task's share of the budget: the workers' own limit where they have one.
        limits = [w.get("memory_limit") or 0
                  for w in self.client.scheduler_info()["workers"].values()]
        self.worker_budget_mb = (min(limits) if limits and min(limits) > 0
                                 else budget / self.workers) / 2.0 ** 20

    @property
    def _distributed(self):
        import distributed
        return distributed

    @property
    def client(self):
        """The run's distributed.Client; ``local:N`` starts its worker processes here."""
        if self._client is None:
            import multiprocessing
            multiprocessing.set_executable(_worker_python())
            saved = dict(os.environ)
            try:
                import dask
                # Without distributed's MALLOC_TRIM_THRESHOLD_ (65536): setting it turns off
                # glibc's sliding mmap threshold, and every large numpy temporary is then
                # mapped and unmapped afresh: the graph's sweeps took 59 s instead of 37 s on
                # one core with it (2,000 patches), twice the in-process run's CPU on a worker.
                spawn = {key: value for key, value in dask.config.get(
                    "distributed.nanny.pre-spawn-environ", {}).items()
                    if key != "MALLOC_TRIM_THRESHOLD_"}
                with dask.config.set({"distributed.nanny.pre-spawn-environ": spawn}):
                    self._local = self._distributed.LocalCluster(**self._local_options)
            finally:
                # Each nanny writes distributed.nanny.pre-spawn-environ (OMP_NUM_THREADS=1 and
                # the like) into this process's environment before it spawns its worker; an
                # engine module imported afterwards here would then take one thread for its
                # transforms (convolution.THREADS) and the in-process stages would run on one
                # core. The workers have theirs already.
                os.environ.clear()
                os.environ.update(saved)
            self._client = self._distributed.Client(self._local)
        return self._client

    def upload_engine(self):
        folder = os.path.join(os.path.expanduser("~"), ".cache", "zoemzone")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "zoemzone_engine.zip")
        with open(path, "wb") as out:
            out.write(engine_zip())
        self.client.upload_file(path)

    def where(self):
        """Where the run ran, for the log."""
        if self.kind == "local":
            return Note("Computed on Dask local:{workers} ({workers} worker processes on this "
                        "machine).", workers=self.workers)
        return Note("Computed on the Dask scheduler {address} with {workers} workers.",
                    address=self.spec, workers=self.workers)

    def slots(self):
        """How many tasks the workers run at once (their threads), at least one."""
        info = self.client.scheduler_info()["workers"]
        return max(1, sum(w.get("nthreads", 1) for w in info.values()))

    def map(self, function, items, feedback=None, weights=None, shared=(), take=None):
        """``function(*shared, item, stop)`` for every item on the cluster; the results in
        the order of ``items``, or, with ``take``, each handed to ``take(index, result)``
        as soon as it is back (this process's share of the work, such as writing a tile,
        then overlaps the workers'). ``shared`` values go to the workers once (not with
        every task); ``stop`` is a RemoteStop. Progress is reported as tasks finish,
        weighted by ``weights``; a cancel releases all tasks, stops the running ones and
        raises Cancelled.

        The tasks are handed out here, heaviest first, one per worker thread, the next as
        each comes back: a scheduler deals tasks to its workers as they arrive (Debian 12's
        Dask does not queue them), and a worker dealt two large graph blocks then ran
        them one after the other while the other worker ran two small ones: 62 s instead
        of 51 s for the graph on local:2 (2,000 patches)."""
        feedback = feedback or NullFeedback()
        if feedback.isCanceled():
            raise Cancelled()
        distributed = self._distributed
        weights = list(weights) if weights is not None else [1.0] * len(items)
        total = float(sum(weights)) or 1.0
        stop = RemoteStop("zoemzone-stop-" + uuid.uuid4().hex)
        waiting = sorted(range(len(items)), key=lambda n: (-weights[n], n))
        waiting.reverse()       # popped from the end: the heaviest first
        # keys of their own (hash=False): a key from the content would be the previous
        # map's with the same values, which the scheduler may be forgetting as this one
        # hands it out again, and then cancels the tasks that need it
        scattered = [self.client.scatter([value], broadcast=True, hash=False)[0]
                     for value in shared]
        submitted, where = [], {}

        def submit():
            n = waiting.pop()
            future = self.client.submit(function, *scattered, items[n], stop, pure=False,
                                        key="%s-%d-%s" % (function.__name__, n, stop.name[14:]))
            submitted.append(future)
            where[future.key] = n
            return future

        results = [None] * len(items)
        done = 0.0
        try:
            pending = {submit() for _ in range(min(self.slots(), len(waiting)))}
            while pending:
                try:
                    finished, pending = distributed.wait(pending, timeout=0.2,
                                                         return_when="FIRST_COMPLETED")
                except (TimeoutError, asyncio.TimeoutError):
                    finished = ()
                for future in finished:
                    if waiting:
                        pending.add(submit())
                    n = where[future.key]
                    if take is None:
                        results[n] = future.result()
                    else:
                        take(n, future.result())
                    future.release()
                    done += weights[n]
                    feedback.setProgress(100.0 * done / total)
                if feedback.isCanceled():
                    raise Cancelled()
        except BaseException:
            distributed.Event(stop.name, client=self.client).set()
            self.client.cancel(submitted + scattered, force=True)
            raise
        finally:
            submitted.clear()
            scattered.clear()
        return None if take is not None else results

    def close(self):
        if self._client is not None:
            self._client.close()
        if self._local is not None:
            self._local.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class RemoteStop:
    """The ``stop`` a task looks at (``is_set()``, as a threading.Event): a Dask Event the
    run sets on cancel, asked for at most every STOP_POLL_SECONDS."""

    def __init__(self, name):
        self.name = name
        # first asked after STOP_POLL_SECONDS: a short task never waits for the scheduler
        self._event, self._asked, self._set = None, time.monotonic(), False

    def __getstate__(self):
        return {"name": self.name}

    def __setstate__(self, state):
        self.__init__(state["name"])

    def is_set(self):
        now = time.monotonic()
        if self._set or now - self._asked < STOP_POLL_SECONDS:
            return self._set
        self._asked = now
        from distributed import Event
        if self._event is None:
            self._event = Event(self.name)
        self._set = self._event.is_set()
        return self._set


class TaskFeedback:
    """A task's feedback: no progress of its own (the run counts its tasks), the run's
    cancel."""

    def __init__(self, stop):
        self.stop = stop

    def setProgress(self, percent):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return self.stop.is_set()


def open_cluster(spec, memory_budget_mb=None, feedback=None):
    """A Cluster for ``spec`` (see parse_scheduler), or None to compute in-process; the log
    says which."""
    if parse_scheduler(spec)[0] is None:
        tell(feedback, Note("Computed in this process (no Dask scheduler set)."))
        return None
    cluster = Cluster(spec, memory_budget_mb)
    tell(feedback, cluster.where())
    return cluster
