# `make install PREFIX=...` (cmake --install): the marsad binary, the bundled data with the
# default gazetteer index, the map page and the npm assets it serves. The installed binary
# finds <prefix>/share/marsad/data relative to itself (tools/marsad/main.cc, DataDir), and
# `marsad serve` finds web/ and third_party/npm/node_modules/ beside that data directory.
#   <prefix>/bin/marsad
#   <prefix>/share/man/man1/marsad.1     the man page (docs/marsad.1)
#   <prefix>/share/bash-completion/completions/marsad   (tools/marsad/marsad.bash)
#   <prefix>/share/marsad/data/          dictionaries, models, gazetteer/ with default.mgz
#   <prefix>/share/marsad/web/           the map page
#   <prefix>/share/marsad/third_party/npm/node_modules/   leaflet, leaflet.markercluster,
#                                        topojson-client, world-atlas,
#                                        the Noto Naskh Arabic font (licences too)
# The index is built into the source tree by scripts/build-gazetteer.sh (make gazetteer),
# so installing needs it built first.
include(GNUInstallDirs)
# Installing (and CPack) needs only the marsad binary, not the tests and benchmarks; the
# Makefile's install and package targets build marsad first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(MARSAD_INSTALL_SHARE ${CMAKE_INSTALL_DATADIR}/marsad)
set(_npm ${CMAKE_SOURCE_DIR}/third_party/npm/node_modules)
set(_npm_dest ${MARSAD_INSTALL_SHARE}/third_party/npm/node_modules)

install(CODE "
  if(NOT EXISTS \"${CMAKE_SOURCE_DIR}/data/gazetteer/default.mgz\")
    message(FATAL_ERROR \"marsad install: no gazetteer index at ${CMAKE_SOURCE_DIR}/data/gazetteer/default.mgz (build it first: make gazetteer)\")
  endif()
  if(NOT EXISTS \"${_npm}/leaflet/dist/leaflet.js\")
    message(FATAL_ERROR \"marsad install: the npm assets are missing in ${_npm} (run scripts/install-deps.sh demo)\")
  endif()")

install(TARGETS marsad RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/docs/marsad.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/tools/marsad/marsad.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME marsad)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/data/ DESTINATION ${MARSAD_INSTALL_SHARE}/data
  PATTERN "*.tmp" EXCLUDE)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/web/ DESTINATION ${MARSAD_INSTALL_SHARE}/web)
# Only what the server serves (tools/server/server.cc, LoadAssets) and the licences.
install(DIRECTORY ${_npm}/leaflet/dist/ DESTINATION ${_npm_dest}/leaflet/dist
  FILES_MATCHING PATTERN "leaflet.js" PATTERN "leaflet.css" REGEX "/images/[^/]+$")
install(FILES ${_npm}/leaflet/LICENSE DESTINATION ${_npm_dest}/leaflet OPTIONAL)
install(FILES ${_npm}/leaflet.markercluster/dist/leaflet.markercluster.js ${_npm}/leaflet.markercluster/dist/MarkerCluster.css
  ${_npm}/leaflet.markercluster/dist/MarkerCluster.Default.css DESTINATION ${_npm_dest}/leaflet.markercluster/dist)
install(FILES ${_npm}/leaflet.markercluster/MIT-LICENCE.txt DESTINATION ${_npm_dest}/leaflet.markercluster OPTIONAL)
install(FILES ${_npm}/topojson-client/dist/topojson-client.min.js DESTINATION ${_npm_dest}/topojson-client/dist)
install(FILES ${_npm}/topojson-client/LICENSE DESTINATION ${_npm_dest}/topojson-client OPTIONAL)
install(FILES ${_npm}/world-atlas/countries-50m.json ${_npm}/world-atlas/countries-110m.json
  ${_npm}/world-atlas/LICENSE DESTINATION ${_npm_dest}/world-atlas)
install(DIRECTORY ${_npm}/@fontsource/noto-naskh-arabic/ DESTINATION ${_npm_dest}/@fontsource/noto-naskh-arabic
  FILES_MATCHING PATTERN "arabic-*.css" PATTERN "arabic.css" PATTERN "noto-naskh-arabic-arabic-*.woff2"
  PATTERN "LICENSE")

# `make package`: a Debian package (CPack's DEB generator) of the same tree under /usr,
# its library dependencies computed by dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME marsad)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "marsad maintainers <marsad@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "places, actors and events from Arabic and English news")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libpq5")
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)  # fast enough to build in a test (tests/cli/package.sh)
include(CPack)
