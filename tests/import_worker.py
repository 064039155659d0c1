"""One zoemzone:importpartnerdata run in a process of its own, for the tests of imports running
at once (tests/test_import_partner_data.py).

    python tests/import_worker.py INPUT PROVIDER BARRIER_DIR NAME

The target layer's source is in the environment variable ZOEMZONE_TARGET (it may hold a
password); PROVIDER is "ogr" or "postgres". The run stops just before it writes, after all its
checks, until the test lets it go: it writes BARRIER_DIR/NAME.checked and waits for
BARRIER_DIR/NAME.go. It prints one line of JSON: {"imported": n, "rejected": [reasons]} or
{"error": "message"}.
"""
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
WAIT_S = 120


def main(source, provider, barrier, name):
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingException,
                           QgsProcessingFeedback, QgsVectorLayer)
    app = QgsApplication([], False)
    app.initQgis()
    from zoemzone_plugin.algorithms.partnerdata import import_partner_data
    algorithm_class = import_partner_data.ImportPartnerDataAlgorithm
    write = algorithm_class.add_all_or_nothing

    def held(self, *args, **kwargs):
        open(os.path.join(barrier, name + ".checked"), "w").close()
        go = os.path.join(barrier, name + ".go")
        waited = 0.0
        while not os.path.exists(go):
            if waited > WAIT_S:
                raise RuntimeError("the test did not let %s go" % name)
            time.sleep(0.05)
            waited += 0.05
        return write(self, *args, **kwargs)
    algorithm_class.add_all_or_nothing = held

    target = QgsVectorLayer(os.environ["ZOEMZONE_TARGET"], "measures_area", provider)
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    params = {"INPUT": source, "TARGET": target, "REJECTED": "memory:"}
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    try:
        assert algorithm.prepare(params, context, feedback)
        result = algorithm.processAlgorithm(params, context, feedback)
        rejected = context.takeResultLayer(result["REJECTED"])
        reasons = sorted(f["reason"] for f in rejected.getFeatures()) if rejected else []
        print(json.dumps({"imported": result["IMPORTED"], "rejected": reasons}))
    except QgsProcessingException as error:
        print(json.dumps({"error": str(error)}))
    # QGIS's objects go before QGIS does (else it crashes on the way out)
    del algorithm, context, feedback, params, target
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
