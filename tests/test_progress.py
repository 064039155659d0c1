"""The time-left estimate: when it is given, what it says, and that algorithms give it."""
from qgis.core import QgsProcessingFeedback

from zoemzone_plugin.algorithms.base import ZoemZoneAlgorithm
from zoemzone_plugin.engine.progress import NullFeedback, TimeLeft


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def run(steps):
    """TimeLeft over (seconds since start, percent) steps: the estimates it told."""
    clock, told = Clock(), []
    timer = TimeLeft(NullFeedback(), lambda left, percent: told.append((left, percent)), clock)
    for seconds, percent in steps:
        clock.now = 100.0 + seconds
        timer.setProgress(percent)
    return told


def test_the_estimate_extrapolates_the_time_so_far():
    # 20 % in 30 s: 80 % more at that pace is 120 s
    assert run([(30.0, 20.0)]) == [(120.0, 20.0)]
    # 40 % after 200 s: 300 s left
    assert run([(200.0, 40.0)])[0][0] == 300.0


def test_no_guess_too_early_nor_at_the_end():
    assert run([(10.0, 50.0)]) == []             # under 15 s: a short run needs none
    assert run([(60.0, 4.0)]) == []              # under 5 %: the start-up would mislead
    assert run([(60.0, 100.0)]) == []            # done


def test_then_again_every_tenth_or_every_minute():
    told = run([(20.0, 10.0), (30.0, 15.0), (40.0, 19.9), (45.0, 20.0), (104.0, 21.0),
                (106.0, 22.0)])
    assert [percent for _, percent in told] == [10.0, 20.0, 22.0]


def test_the_wrapped_feedback_gets_progress_and_answers_cancel():
    feedback = QgsProcessingFeedback()
    timer = TimeLeft(feedback, lambda *_: None)
    timer.setProgress(42.0)
    assert feedback.progress() == 42.0
    assert not timer.isCanceled()
    feedback.cancel()
    assert timer.isCanceled()


class Lines(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)


def test_algorithms_report_the_time_left_in_the_log(monkeypatch):
    """run_engine hands the engine a TimeLeft whose estimate lands in the log, one timer for
    all engine calls of a run."""
    clock = Clock()
    monkeypatch.setattr(TimeLeft.__init__, "__defaults__", (clock,))
    alg, feedback = ZoemZoneAlgorithm(), Lines()
    seen = []

    def engine(feedback):
        seen.append(feedback)
        clock.now += 300.0
        feedback.setProgress(25.0)
        return "done"
    assert alg.run_engine(engine, feedback) == "done"
    assert alg.run_engine(engine, feedback=feedback) == "done"
    assert isinstance(seen[0], TimeLeft) and seen[1] is seen[0]
    # 300 s for 25 %, then 600 s for 25 %: the second call's time counts from the first's
    assert feedback.lines == ["About 15 min left (25 % done).", "About 30 min left (25 % done)."]
    assert feedback.progress() == 25.0
