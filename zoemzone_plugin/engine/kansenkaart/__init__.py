"""The kansenkaart: the model on arrays (model.py), its runner over files and tiles (runner.py),
its kernel passes over one tile (passes.py) and as Dask tasks (cluster.py); the measure
catalogue, the network gain, the priority classes (ranking.py), measure scenarios, seasonal food
gaps (foodgaps.py, foodgaps_runner.py, foodgaps_cluster.py), the fund and the report's area
figures."""
