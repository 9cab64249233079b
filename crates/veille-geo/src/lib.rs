//! Sahel gazetteer and geoparser
