"""Publishing the kansenkaart for the partners: the static website (QGIS-side: tiles are
drawn by QGIS's map renderer, so the engine cannot hold this)."""
