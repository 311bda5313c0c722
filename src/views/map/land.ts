import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { type GeoPermissibleObjects, geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

const require = createRequire(import.meta.url);

/** The map's drawing area, in SVG user units; the page scales it to the available width. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 467;

/** Equal Earth keeps areas true, so no region of the world looks bigger than it is. */
export const projection = geoEqualEarth().fitExtent(
  [
    [1, 1],
    [MAP_WIDTH - 1, MAP_HEIGHT - 1],
  ],
  { type: "Sphere" },
);

/** A projected point rounded to 0.1 unit (about 0.3 px on screen): enough, and half the bytes. */
export function projectPoint(longitude: number, latitude: number): [number, number] | null {
  const xy = projection([longitude, latitude]);
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
  return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}

/**
 * Draws a shape with whole-unit relative moves ("l3-2"): a quarter of d3's absolute output.
 * Each vertex is rounded in absolute terms before the difference is taken, so errors never add up.
 */
function compactPath(object: GeoPermissibleObjects): string {
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let command = "";
  let start: [number, number] = [0, 0];
  const step = (letter: string, px: number, py: number) => {
    const nx = Math.round(px);
    const ny = Math.round(py);
    const dx = nx - x;
    const dy = ny - y;
    if (letter === "l" && dx === 0 && dy === 0) return;
    parts.push(`${letter === command ? " " : letter}${dx}${dy < 0 ? "" : " "}${dy}`);
    command = letter === "m" ? "l" : letter;
    x = nx;
    y = ny;
  };
  const context = {
    moveTo: (px: number, py: number) => {
      step("m", px, py);
      start = [x, y];
    },
    lineTo: (px: number, py: number) => step("l", px, py),
    closePath: () => {
      // After "z" the pen is back at the start of the ring, and the next move is relative to it.
      parts.push("z");
      [x, y] = start;
      command = "";
    },
    arc: () => {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return parts.join("");
}

export interface LandAsset {
  url: string;
  body: string;
  type: string;
}

let cached: LandAsset | undefined;

/**
 * The oceans and the land as one small SVG file, drawn once per process. Pages reference it
 * by a content-hashed URL, so a browser fetches it once and each page carries only its points.
 * Colours are presentation attributes: an SVG used as an image cannot read the site's stylesheet.
 */
export function landAsset(): LandAsset {
  if (cached) return cached;
  const topology = require("world-atlas/land-110m.json") as Topology;
  const land = feature(topology, topology.objects.land) as unknown as FeatureCollection;
  const body =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
    `<path fill="#e8f1f8" stroke="#9aa7b4" stroke-width="0.5" d="${compactPath({ type: "Sphere" })}"/>` +
    `<path fill="#d5dbe1" stroke="#ffffff" stroke-width="0.5" d="${compactPath(land)}"/></svg>`;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  cached = { url: `/assets/world-land.${hash}.svg`, body, type: "image/svg+xml" };
  return cached;
}
