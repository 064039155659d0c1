"""The Bijenlandschap rules (WENR + Brabants Landschap): the rules on arrays, per guild and for
all guilds (model.py), their runner over files and row blocks (runner.py), and flower-rich
strips from vector data at their real width (strip_layer.py)."""
