// Draws the sample photos of the repository (no download): run `node assets/images/generate.mjs`.
// Each is an SVG scene rasterised by sharp, with a fixed-seed grain so it reads as a photo.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function reeds(rand, width, baseline, count, color) {
  let paths = '';
  for (let i = 0; i < count; i++) {
    const x = rand() * width;
    const h = 60 + rand() * 220;
    const lean = (rand() - 0.5) * 60;
    const w = 2 + rand() * 4;
    paths += `<path d="M${x.toFixed(1)} ${baseline} q${(lean / 2).toFixed(1)} ${(-h / 2).toFixed(1)} ${lean.toFixed(1)} ${(-h).toFixed(1)} l${w.toFixed(1)} 0 q${(-lean / 2).toFixed(1)} ${(h / 2).toFixed(1)} ${(-lean + w).toFixed(1)} ${h.toFixed(1)}z" fill="${color}"/>`;
  }
  return paths;
}

/** Dawn over a marsh: sky gradient, low sun, tree line, still water with reflections, reeds. */
function marsh(width, height) {
  const rand = random(2017);
  const horizon = Math.round(height * 0.55);
  const sunX = width * 0.62;
  const sunY = horizon - height * 0.1;
  let trees = '';
  for (let x = -20; x < width + 20; x += 14 + rand() * 18) {
    const r = 18 + rand() * 34;
    trees += `<circle cx="${x.toFixed(1)}" cy="${(horizon - r * 0.5).toFixed(1)}" r="${r.toFixed(1)}" fill="#2c3b33"/>`;
  }
  let ripples = '';
  for (let y = horizon + 8; y < height; y += 6 + rand() * 10) {
    const x = rand() * width;
    const w = 40 + rand() * 260;
    ripples += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="2" fill="#f6d7a7" opacity="${(0.08 + rand() * 0.2).toFixed(2)}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3d5a80"/><stop offset="0.55" stop-color="#c9a0a4"/><stop offset="1" stop-color="#f4c58f"/>
    </linearGradient>
    <linearGradient id="water" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#d8a77f"/><stop offset="0.4" stop-color="#7d7f8c"/><stop offset="1" stop-color="#2f4356"/>
    </linearGradient>
    <filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="18"/></filter>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff4d6"/><stop offset="0.25" stop-color="#ffe0a3" stop-opacity="0.9"/><stop offset="1" stop-color="#ffd08a" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${width}" height="${horizon}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="${sunY}" r="${height * 0.28}" fill="url(#sun)"/>
  <rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#water)"/>
  <ellipse cx="${sunX}" cy="${horizon + height * 0.12}" rx="${width * 0.05}" ry="${height * 0.16}" fill="#ffe3b0" opacity="0.35" filter="url(#soft)"/>
  ${trees}
  ${ripples}
  ${reeds(rand, width * 0.4, height, 90, '#1d2a22')}
  <g transform="translate(${width * 0.78} 0)">${reeds(rand, width * 0.22, height, 50, '#223026')}</g>
</svg>`;
}

/** A noise layer with a fixed seed: film grain that makes flat gradients read as a photo. */
function grain(width, height, seed) {
  const rand = random(seed);
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = Math.round(rand() * 255);
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 14;
  }
  return sharp(data, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

async function draw(name, svg, width, height) {
  const noise = await grain(width, height, 7);
  const jpeg = await sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: 'over' }])
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer();
  writeFileSync(join(here, name), jpeg);
  console.log(`${name}: ${width}×${height}, ${(jpeg.length / 1024).toFixed(0)} KB`);
}

await draw('marais-aube.jpg', marsh(1600, 1067), 1600, 1067);
