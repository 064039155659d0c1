"""The feedback protocol of the engine, and the time-left estimate long runs report.

The engine reports through the two methods of QgsProcessingFeedback it needs, so an algorithm
passes its feedback straight in; scripts, tests and benchmarks use this stand-in. Notes for
the run's log go through ``tell``.
"""
import time


class NullFeedback:
    def setProgress(self, percent):  # noqa: N802 (QGIS's spelling)
        pass

    def isCanceled(self):  # noqa: N802
        return False


def tell(feedback, note):
    """Put ``note`` (an errors.Note) in the run's log: a feedback with a ``note`` method takes
    it (an algorithm's translates it, see algorithms/base.py); others, as in scripts, do not
    keep a log."""
    take = getattr(feedback, "note", None)
    if take is not None:
        take(note)


class TimeLeft:
    """A feedback that also says, now and then, how long the run will still take.

    The estimate extrapolates the time so far over the share done: the engine's stages weigh
    their progress by their cost, so this stays honest over a province run of half an hour.
    It is first given once FIRST_PERCENT is done and FIRST_SECONDS have passed (the first
    tiles' start-up would make a wild guess, and a short run needs none), then again after
    every EVERY_PERCENT more or EVERY_SECONDS, whichever comes first. ``tell(seconds_left,
    percent)`` says it (an algorithm pushes a translated line to the log). Everything else is
    the wrapped feedback's.
    """
    FIRST_PERCENT, FIRST_SECONDS = 5.0, 15.0
    EVERY_PERCENT, EVERY_SECONDS = 10.0, 60.0

    def __init__(self, feedback, tell, clock=time.monotonic):
        self._feedback, self._tell, self._clock = feedback, tell, clock
        self._start = clock()
        self._told_at, self._told_percent = None, 0.0

    def setProgress(self, percent):  # noqa: N802
        self._feedback.setProgress(percent)
        now = self._clock()
        elapsed = now - self._start
        if not self.FIRST_PERCENT <= percent < 100.0 or elapsed < self.FIRST_SECONDS:
            return
        if self._told_at is not None and (now - self._told_at < self.EVERY_SECONDS and
                                          percent - self._told_percent < self.EVERY_PERCENT):
            return
        self._told_at, self._told_percent = now, percent
        self._tell(elapsed * (100.0 - percent) / percent, percent)

    def isCanceled(self):  # noqa: N802
        return self._feedback.isCanceled()

    def __getattr__(self, name):
        return getattr(self._feedback, name)
