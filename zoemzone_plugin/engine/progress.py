"""The feedback protocol of the engine.

The engine reports through the two methods of QgsProcessingFeedback it needs, so an algorithm
passes its feedback straight in; scripts, tests and benchmarks use this stand-in.
"""


class NullFeedback:
    def setProgress(self, percent):  # noqa: N802 (QGIS's spelling)
        pass

    def isCanceled(self):  # noqa: N802
        return False
