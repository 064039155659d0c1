"""The toolbox's Habitat group: habitat suitability and seasonal food gaps."""
