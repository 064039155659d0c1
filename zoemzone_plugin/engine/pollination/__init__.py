"""The InVEST pollination model: the model on arrays (model.py), its runner over files and tiles
(runner.py) and as Dask tasks (cluster.py), its tables, kernels and output files."""
