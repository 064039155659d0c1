"""Files in and out: rasters and vectors through GDAL/OGR, rasterising, the users' CSV tables,
outputs that appear whole, and windows (tiles) over rasters."""
