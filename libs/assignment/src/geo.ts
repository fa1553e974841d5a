import type { GeoPoint } from './types';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** A point prepared for repeated distance computations (radians and the latitude's cosine). */
export interface PreparedPoint {
  lat: number;
  lng: number;
  cosLat: number;
}

export function preparePoint(p: GeoPoint): PreparedPoint {
  const lat = p.lat * RAD;
  return { lat, lng: p.lng * RAD, cosLat: Math.cos(lat) };
}

/** Great-circle (haversine) distance in km between prepared points. */
export function haversineKm(a: PreparedPoint, b: PreparedPoint): number {
  const sLat = Math.sin((b.lat - a.lat) / 2);
  const sLng = Math.sin((b.lng - a.lng) / 2);
  const h = sLat * sLat + a.cosLat * b.cosLat * sLng * sLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle (haversine) distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(preparePoint(a), preparePoint(b));
}

/** Whether a job's location is usable: both coordinates finite. */
export function isKnownPoint(p: GeoPoint | null | undefined): p is GeoPoint {
  return p != null && Number.isFinite(p.lat) && Number.isFinite(p.lng);
}
