# Zoem Zone: build, demo, tests, package. `make demo` and `make test` install what they need.
PLUGIN   := zoemzone_plugin
VERSION  := $(shell sed -n 's/^version=//p' metadata.txt)
BUILD    := build/$(PLUGIN)
PYTHON   := /usr/bin/python3
VENV     := .venv
TS       := $(wildcard $(PLUGIN)/translations/*.ts)
QM       := $(TS:.ts=.qm)
QGIS_PROFILE_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
DEMO_LANDUSE := demo/synthetic_demo_landuse.tif
DEMO_VECTORS := demo/synthetic_bgt.gpkg

.PHONY: deps test-deps translations build package install demo test bench clean web-lib

deps:
	scripts/install_deps.sh

test-deps:
	scripts/install_deps.sh --test

%.qm: %.ts
	lrelease -silent $< -qm $@

translations: deps $(QM)


# The installable plugin folder: the package plus resources, metadata, licence, translations.
build: translations
	rm -rf $(BUILD)
	mkdir -p $(BUILD)
	cp -r $(PLUGIN)/. $(BUILD)/
	cp -r resources metadata.txt LICENSE $(BUILD)/
	find $(BUILD) \( -name __pycache__ -o -name '*.pyc' -o -name '*.ts' \) -prune -exec rm -rf {} +

package: build
	mkdir -p dist
	rm -f dist/$(PLUGIN)-$(VERSION).zip
	cd build && zip -qr ../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

install: build
	mkdir -p $(QGIS_PROFILE_PLUGINS)
	rm -rf $(QGIS_PROFILE_PLUGINS)/$(PLUGIN)
	cp -r $(BUILD) $(QGIS_PROFILE_PLUGINS)/
	@echo "Installed in $(QGIS_PROFILE_PLUGINS)/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

$(DEMO_LANDUSE): scripts/make_demo_landuse.py
	mkdir -p demo
	$(PYTHON) scripts/make_demo_landuse.py $@

$(DEMO_VECTORS): scripts/make_demo_vectors.py $(DEMO_LANDUSE)
	rm -f $@
	$(PYTHON) scripts/make_demo_vectors.py $(DEMO_LANDUSE) $@

# The chain's outputs, written under a route's folder (used for both pilot routes).
CHAIN_OUTPUTS = suitability:supply=$(1)/supply.tif suitability:abundance=$(1)/abundance.tif \
  foodgaps:food_gaps=$(1)/food_gaps.tif patches:patches=$(1)/patches.gpkg \
  network:nodes=$(1)/network_nodes.gpkg network:links=$(1)/network_links.gpkg \
  kansenkaart:gain=$(1)/gain.tif kansenkaart:best_measure=$(1)/best_measure.tif \
  kansenkaart:priority=$(1)/priority.tif kansenkaart:parcel_ranking=$(1)/parcel_ranking.gpkg

demo: build $(DEMO_LANDUSE) $(DEMO_VECTORS)
	rm -rf demo_output && mkdir -p demo_output/datapoor demo_output/datarich
	scripts/qgis_process.sh run zoemzone:habitatsuitability -- \
	  LANDUSE=$(DEMO_LANDUSE) \
	  NESTING=demo_output/nesting.tif FLORAL=demo_output/floral.tif \
	  SUPPLY=demo_output/supply.tif ABUNDANCE=demo_output/abundance.tif \
	  INVEST_FOLDER=demo_output/invest
	# data-poor pilot: the kansenkaart chain on LGN alone
	scripts/qgis_process.sh run zoemzone:kansenkaartchain -- landuse=$(DEMO_LANDUSE) \
	  parcels=$(DEMO_VECTORS)'|layername=gewaspercelen' $(call CHAIN_OUTPUTS,demo_output/datapoor)
	# data-rich pilot: BGT-like layers burnt into LGN at 5 m, then the same chain
	scripts/qgis_process.sh run zoemzone:buildlanduse -- LANDUSE=$(DEMO_LANDUSE) \
	  LAYERS=$(DEMO_VECTORS)'|layername=gewaspercelen' LAYERS=$(DEMO_VECTORS)'|layername=bermen' \
	  LAYERS=$(DEMO_VECTORS)'|layername=heggen' LAYERS=$(DEMO_VECTORS)'|layername=partner_habitats' \
	  MAPPING=demo/bgt_mapping.csv CELL_SIZE=5 OUTPUT=demo_output/datarich/landuse_5m.tif
	scripts/qgis_process.sh run zoemzone:kansenkaartchain -- \
	  landuse=demo_output/datarich/landuse_5m.tif \
	  parcels=$(DEMO_VECTORS)'|layername=gewaspercelen' $(call CHAIN_OUTPUTS,demo_output/datarich)
	QT_QPA_PLATFORM=offscreen $(PYTHON) scripts/make_demo_project.py demo_output
	@echo "Open demo_output/zoemzone_demo.qgz in QGIS."

test: test-deps build
	scripts/start_postgis.sh || { [ "$${CI:-}" != true ] && \
	  echo "PostGIS could not be started: its tests will be skipped (CI fails instead)"; }
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest tests --qgis_disable_gui -q -p no:cacheprovider

bench: deps
	for b in bench/bench_*.py; do $(PYTHON) $$b || exit 1; done

# The website's map library (resources/web/leaflet): a pinned Leaflet release from npm.
LEAFLET := 1.9.4
web-lib:
	rm -rf build/leaflet && mkdir -p build/leaflet
	cd build/leaflet && npm pack -q leaflet@$(LEAFLET) && tar xzf leaflet-$(LEAFLET).tgz
	rm -rf resources/web/leaflet && mkdir -p resources/web/leaflet
	cp -r build/leaflet/package/dist/leaflet.js build/leaflet/package/dist/leaflet.css \
	  build/leaflet/package/dist/images build/leaflet/package/LICENSE resources/web/leaflet/
	echo "leaflet $(LEAFLET) (npm pack leaflet@$(LEAFLET), files from its dist/; refresh: make web-lib)" \
	  > resources/web/leaflet/VERSION

clean:
	rm -rf build dist demo_output $(QM)
