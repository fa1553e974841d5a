import type { GeoPoint, Job, Technician } from './types';

/** 天河区, Guangzhou. */
export const TIANHE: GeoPoint = { lat: 23.125, lng: 113.361 };
export const NOW = Date.UTC(2026, 5, 1, 1, 0); // 09:00 in Shanghai
export const HOUR = 3_600_000;

/** A point `km` due north of `p`. */
export function north(p: GeoPoint, km: number): GeoPoint {
  return { lat: p.lat + (km / (6371.0088 * Math.PI)) * 180, lng: p.lng };
}

export function tech(id: string, over: Partial<Technician> = {}): Technician {
  return {
    id,
    name: `技术员 ${id}`,
    skills: ['AC'],
    regions: ['4401'],
    home: TIANHE,
    dailyCapacity: 8,
    load: 0,
    available: true,
    ...over,
  };
}

export function job(id: string, over: Partial<Job> = {}): Job {
  return {
    id,
    skill: 'AC',
    divisionCode: '440106',
    location: TIANHE,
    dueAt: NOW + 24 * HOUR,
    emergency: false,
    ...over,
  };
}
