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

/** One house of a Flemish row: brick front, stepped gable, windows (some lit), a shopfront. */
function flemishHouse(rand, x, w, ground, wallTop) {
  const bricks = ['#a4553f', '#b3644a', '#8e4a3a', '#c98f6b', '#d9c2a0', '#9c5c46'];
  const brick = bricks[Math.floor(rand() * bricks.length)];
  const steps = 3 + Math.floor(rand() * 3);
  const gable = w * (0.45 + rand() * 0.25);
  const rise = gable / steps;
  const run = w / 2 / (steps + 0.6);
  let d = `M${x} ${ground} L${x} ${wallTop}`;
  for (let i = 0; i < steps; i++) {
    d += ` L${x + i * run} ${wallTop - (i + 1) * rise} L${x + (i + 1) * run} ${wallTop - (i + 1) * rise}`;
  }
  const top = wallTop - steps * rise;
  d += ` L${x + w - steps * run} ${top}`;
  for (let i = steps - 1; i >= 0; i--) {
    d += ` L${x + w - (i + 1) * run} ${wallTop - i * rise} L${x + w - i * run} ${wallTop - i * rise}`;
  }
  d += ` L${x + w} ${ground} Z`;
  let out = `<path d="${d}" fill="${brick}"/><path d="${d}" fill="url(#dusk)" opacity="0.35"/>`;
  const floors = Math.max(2, Math.round((ground - wallTop) / 95));
  const floorH = (ground - wallTop - 70) / floors;
  const columns = Math.max(2, Math.round(w / 70));
  const gap = w / columns;
  for (let f = 0; f < floors; f++) {
    for (let c = 0; c < columns; c++) {
      const lit = rand() < 0.3;
      const wx = x + c * gap + gap * 0.28;
      const wy = wallTop + 18 + f * floorH;
      out += `<rect x="${wx.toFixed(1)}" y="${wy.toFixed(1)}" width="${(gap * 0.44).toFixed(1)}" height="${(floorH * 0.62).toFixed(1)}" fill="${lit ? '#f7d58b' : '#33414f'}" stroke="#efe6d6" stroke-width="3"/>`;
    }
  }
  out += `<rect x="${x + 10}" y="${ground - 62}" width="${w - 20}" height="62" fill="#2f3338"/>`;
  out += `<rect x="${x + 18}" y="${ground - 54}" width="${w - 36}" height="38" fill="#f3c978" opacity="0.75"/>`;
  out += `<path d="M${x + 6} ${ground - 70} L${x + w - 6} ${ground - 70} L${x + w - 14} ${ground - 56} L${x + 14} ${ground - 56} Z" fill="${['#1f4f7a', '#7a2f2f', '#2f5a3f'][Math.floor(rand() * 3)]}"/>`;
  return out;
}

/** The cathedral's square tower: buttresses, tall belfry lancets, a pinnacled top. */
function cathedralTower(cx, base, width, height) {
  const left = cx - width / 2;
  const top = base - height;
  const stone = '#b59b7c';
  const shade = '#8f785f';
  let out = `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="${stone}"/>`;
  out += `<rect x="${cx}" y="${top}" width="${width / 2}" height="${height}" fill="${shade}" opacity="0.55"/>`;
  for (const bx of [left - 10, cx - 8, left + width - 6]) {
    out += `<rect x="${bx}" y="${top + 30}" width="16" height="${height - 30}" fill="${shade}"/>`;
  }
  for (const lx of [left + width * 0.2, left + width * 0.58]) {
    const lw = width * 0.2;
    const ly = top + height * 0.12;
    const lh = height * 0.34;
    out += `<path d="M${lx} ${ly + lh} L${lx} ${ly + lw / 2} Q${lx + lw / 2} ${ly - lw / 2} ${lx + lw} ${ly + lw / 2} L${lx + lw} ${ly + lh} Z" fill="#3a3430"/>`;
  }
  out += `<rect x="${left - 6}" y="${top - 8}" width="${width + 12}" height="14" fill="${shade}"/>`;
  for (let i = 0; i <= 8; i++) {
    out += `<rect x="${left - 6 + (i * (width + 4)) / 8}" y="${top - 22}" width="8" height="16" fill="${stone}"/>`;
  }
  for (const px of [left - 6, left + width - 4]) {
    out += `<path d="M${px} ${top - 8} L${px + 5} ${top - 70} L${px + 10} ${top - 8} Z" fill="${stone}"/>`;
  }
  return out;
}

/** Evening on the town square: a row of Flemish houses under the cathedral's tower, cobbles, lamps. */
function townSquare(width, height) {
  const rand = random(1559);
  const ground = Math.round(height * 0.74);
  const towerTop = Math.round(height * 0.12);
  let houses = '';
  for (let x = -40; x < width + 40; ) {
    const w = 150 + rand() * 90;
    const wallTop = ground - (230 + rand() * 120);
    houses += flemishHouse(rand, x, w, ground, wallTop);
    x += w;
  }
  let cobbles = '';
  for (let i = 0, y = ground + 6; y < height; i++) {
    const band = 3 + i * 1.4;
    cobbles += `<rect x="0" y="${y.toFixed(1)}" width="${width}" height="1.6" fill="#5b534b" opacity="${(0.25 + rand() * 0.2).toFixed(2)}"/>`;
    y += band;
  }
  let lamps = '';
  for (const lx of [width * 0.16, width * 0.5, width * 0.84]) {
    const top = ground + 40 - height * 0.24;
    lamps += `<rect x="${lx - 4}" y="${top}" width="8" height="${ground + 40 - top}" fill="#1e2226"/>`;
    lamps += `<circle cx="${lx}" cy="${top - 8}" r="46" fill="url(#glow)"/><rect x="${lx - 12}" y="${top - 22}" width="24" height="26" rx="4" fill="#ffe2a0"/>`;
  }
  let trees = '';
  for (const [tx, r] of [
    [width * 0.03, 120],
    [width * 0.97, 130],
  ]) {
    trees += `<rect x="${tx - 10}" y="${ground - 40}" width="20" height="120" fill="#2b241d"/><circle cx="${tx}" cy="${ground - 120}" r="${r}" fill="#2f4a34"/><circle cx="${tx + r * 0.3}" cy="${ground - 160}" r="${r * 0.7}" fill="#3b5a3f"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="evening" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#27456e"/><stop offset="0.42" stop-color="#5d6f99"/><stop offset="0.72" stop-color="#e3a988"/><stop offset="1" stop-color="#f3c08f"/>
    </linearGradient>
    <linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f6c48e"/><stop offset="1" stop-color="#1d2433"/>
    </linearGradient>
    <linearGradient id="square" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#a89a88"/><stop offset="1" stop-color="#6d645b"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#ffe7b0" stop-opacity="0.8"/><stop offset="1" stop-color="#ffe7b0" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${width}" height="${ground}" fill="url(#evening)"/>
  ${cathedralTower(width * 0.6, ground - 120, 230, ground - 120 - towerTop)}
  ${houses}
  <rect y="${ground}" width="${width}" height="${height - ground}" fill="url(#square)"/>
  ${cobbles}
  <rect y="${ground}" width="${width}" height="40" fill="#f3c978" opacity="0.18"/>
  ${trees}
  ${lamps}
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
await draw('saint-omer-place.jpg', townSquare(1600, 1067), 1600, 1067);
