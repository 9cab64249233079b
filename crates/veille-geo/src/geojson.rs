//! Events as a GeoJSON FeatureCollection (RFC 7946): Point geometry `[lon, lat]`, one feature
//! per event with coordinates. Events without coordinates are skipped and counted in the
//! collection's foreign member `"veille": {"skipped_without_coordinates": n}`.

use serde_json::{Value, json};
use veille_core::record::{ActorRef, DocMeta, EventRecord};

fn actors(v: &[ActorRef]) -> Value {
    Value::Array(v.iter().map(|a| json!({ "id": a.id, "name": a.name })).collect())
}

/// One Feature for an event, or None when its location has no coordinates.
pub fn feature(doc: &DocMeta, ev: &EventRecord) -> Option<Value> {
    let loc = ev.location.as_ref()?;
    let (lat, lon) = (loc.lat?, loc.lon?);
    if !lat.is_finite() || !lon.is_finite() {
        return None;
    }
    Some(json!({
        "type": "Feature",
        "id": ev.id,
        "geometry": { "type": "Point", "coordinates": [lon, lat] },
        "properties": {
            "id": ev.id,
            "type": ev.kind.as_str(),
            "mode": ev.mode,
            "status": ev.status.as_str(),
            "date": ev.date,
            "date_precision": ev.date_precision.map(|p| p.as_str()),
            "actors": actors(&ev.actor),
            "recipients": actors(&ev.recipient),
            "fatalities": ev.fatalities,
            "troops": ev.troops,
            "doc_id": doc.id,
            "doc_url": doc.url,
            "doc_title": doc.title,
            "location": loc.name,
            "country": loc.country,
            "admin1": loc.admin1,
            "geonames_id": loc.geonames_id,
            "precision": loc.precision,
            "offset_km": loc.offset_km,
            "bearing": loc.bearing,
        }
    }))
}

/// The FeatureCollection of the events that have coordinates.
pub fn feature_collection(events: &[(DocMeta, EventRecord)]) -> Value {
    let mut features = Vec::with_capacity(events.len());
    let mut skipped = 0usize;
    for (doc, ev) in events {
        match feature(doc, ev) {
            Some(f) => features.push(f),
            None => skipped += 1,
        }
    }
    json!({
        "type": "FeatureCollection",
        "features": features,
        "veille": { "skipped_without_coordinates": skipped },
    })
}
