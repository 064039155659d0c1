"""The toolbox's Connectivity group: resistance, cost distance, patches, the graph, its metrics,
corridors, Bijenlandschap."""
