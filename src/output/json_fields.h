// Fields shared by the JSON-based formats of the output layer (json, geojson): one
// spelling of a gazetteer place, so a place reads the same in every format.
#pragma once

#include "marsad/gazetteer.h"
#include "marsad/geo.h"
#include "marsad/json_write.h"

namespace marsad::output {

// name, name_ar, geonameid (null for the marsad supplement, then marsad_id), feature_class,
// feature_code, country, admin1, population, source.
void WritePlaceFields(json::Writer& w, const gazetteer::PlaceView& p);

// A place mention's start, end and surface, then its place's fields, or (unresolved or a
// relative place) its surface as name and a null geonameid.
void WriteMention(json::Writer& w, const geo::Mention& m, const text::Utf8Text& t, const gazetteer::Gazetteer& gaz);

}  // namespace marsad::output
