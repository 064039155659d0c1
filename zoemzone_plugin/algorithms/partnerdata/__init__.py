"""The toolbox's Partner data group: the data package, importing partner data and observations,
validating suitability."""
