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

/** Midday on a watergang: a canal running to the horizon between market gardens, a barge, reeds. */
function watergang(width, height) {
  const rand = random(1966);
  const horizon = Math.round(height * 0.42);
  const vx = width * 0.44;
  let clouds = '';
  for (let i = 0; i < 9; i++) {
    const cx = rand() * width;
    const cy = height * (0.06 + rand() * 0.22);
    const rx = 90 + rand() * 200;
    clouds += `<ellipse cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" rx="${rx.toFixed(1)}" ry="${(rx * (0.22 + rand() * 0.15)).toFixed(1)}" fill="#ffffff" opacity="${(0.55 + rand() * 0.35).toFixed(2)}" filter="url(#cloud)"/>`;
  }
  let trees = '';
  for (let x = -30; x < width + 30; x += 10 + rand() * 26) {
    const tall = rand() < 0.18;
    const r = tall ? 10 + rand() * 8 : 14 + rand() * 24;
    const h = tall ? 70 + rand() * 60 : r;
    const shade = ['#3f5a37', '#4d6b3f', '#36502f', '#5a7848'][Math.floor(rand() * 4)];
    trees += `<ellipse cx="${x.toFixed(1)}" cy="${(horizon - h * 0.6).toFixed(1)}" rx="${r.toFixed(1)}" ry="${h.toFixed(1)}" fill="${shade}"/>`;
  }
  // Market-garden plots on both banks, in perspective: bands that widen towards the viewer.
  let plots = '';
  const greens = ['#7f9b4e', '#93ad5c', '#6d8c45', '#a3b86a', '#86a352'];
  for (let i = 0, y = horizon; y < height; i++) {
    const band = 4 + i * i * 1.6;
    plots += `<rect x="0" y="${y.toFixed(1)}" width="${width}" height="${(band + 1).toFixed(1)}" fill="${greens[i % greens.length]}"/>`;
    y += band;
  }
  const left = (y) => vx - ((y - horizon) / (height - horizon)) * width * 0.5;
  const right = (y) => vx + 6 + ((y - horizon) / (height - horizon)) * width * 0.36;
  const canal = `M${vx} ${horizon} L${vx + 6} ${horizon} L${right(height)} ${height} L${left(height)} ${height} Z`;
  let glints = '';
  for (let i = 0; i < 120; i++) {
    const t = rand() ** 0.7;
    const y = horizon + 4 + t * (height - horizon - 4);
    const x = left(y) + rand() * (right(y) - left(y));
    const w = 6 + t * 90 * rand();
    glints += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${(1 + t * 2).toFixed(1)}" fill="#e8f1f4" opacity="${(0.15 + rand() * 0.3).toFixed(2)}"/>`;
  }
  const by = height * 0.7;
  const bw = width * 0.2;
  const bx = vx - bw * 0.35;
  const boat = `<path d="M${bx} ${by} L${bx + bw} ${by - 8} L${bx + bw * 0.94} ${by + 26} L${bx + bw * 0.08} ${by + 30} Z" fill="#3b2a1e"/>
  <path d="M${bx + 8} ${by + 2} L${bx + bw - 8} ${by - 6} L${bx + bw - 10} ${by + 4} L${bx + 10} ${by + 10} Z" fill="#5a4330"/>
  <rect x="${bx + bw * 0.7}" y="${by - 70}" width="14" height="64" rx="6" fill="#25303a"/>
  <circle cx="${bx + bw * 0.7 + 7}" cy="${by - 80}" r="10" fill="#c99a7a"/>
  <path d="M${bx + bw * 0.7 + 10} ${by - 60} L${bx + bw * 1.1} ${by + 60}" stroke="#2a2118" stroke-width="4"/>
  <ellipse cx="${bx + bw * 0.5}" cy="${by + 40}" rx="${bw * 0.55}" ry="10" fill="#1f3340" opacity="0.35"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky2" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#4f86b8"/><stop offset="0.7" stop-color="#9cc2de"/><stop offset="1" stop-color="#d9e7ee"/>
    </linearGradient>
    <linearGradient id="canal" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#b9d2de"/><stop offset="0.35" stop-color="#6f96a8"/><stop offset="1" stop-color="#2e4d5a"/>
    </linearGradient>
    <linearGradient id="haze" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#dfe9ee" stop-opacity="0.55"/><stop offset="1" stop-color="#dfe9ee" stop-opacity="0"/>
    </linearGradient>
    <filter id="cloud" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="22"/></filter>
  </defs>
  <rect width="${width}" height="${horizon}" fill="url(#sky2)"/>
  ${clouds}
  ${trees}
  ${plots}
  <rect y="${horizon}" width="${width}" height="${height * 0.12}" fill="url(#haze)"/>
  <path d="${canal}" fill="url(#canal)"/>
  ${glints}
  ${boat}
  ${reeds(rand, width * 0.3, height, 120, '#4c6a2f')}
  <g transform="translate(${width * 0.74} 0)">${reeds(rand, width * 0.26, height, 110, '#557536')}</g>
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
await draw('marais-barque.jpg', watergang(1600, 1067), 1600, 1067);
