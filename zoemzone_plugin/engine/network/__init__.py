"""The habitat network: resistance, cost distance (costdistance.py on arrays; its runner over
tiles costdistance_runner.py, one tile's solve costdistance_tile.py, the tiles on Dask
costdistance_cluster.py), patches, least-cost links, and the graph's indices in their parts
(graph.py; graph_small, graph_paths, graph_removals, graph_schedule; graph_cluster on Dask)."""
