import { formatNumber } from "../lib/i18n/index.js";
import type { PageContext } from "./context.js";
import { landAsset, MAP_HEIGHT, MAP_WIDTH, projectPoint } from "./map/land.js";

export interface MapPoint {
  /** What the point is: a place's name, or "12 places, among them Lyon". */
  label: string;
  latitude: number;
  longitude: number;
  /** How many places the point stands for; 1 when not given. */
  count?: number;
  /** Where the point leads: the place's page, or the list of the places it stands for. */
  href?: string;
  /** Where it is, in words (its country), for the table. */
  area?: string;
}

interface WorldMapProps {
  ctx: PageContext;
  /** Names the map for everyone: the table's caption. */
  title: string;
  points: MapPoint[];
  /** Where every place is listed, for maps of more places than it names. */
  listHref?: string;
}

const POINT_RADIUS = 4;
/** At most this many points are drawn: past it, nearby places of one group are gathered into one. */
export const MAP_POINT_LIMIT = 300;

/** A point to gather: its position, how many places it stands for, and the group it may merge within. */
export interface Gatherable {
  latitude: number;
  longitude: number;
  count: number;
  group: string;
}

/**
 * Gathers points of the same group (a country) that fall in the same square of the map, doubling
 * the square until at most `max` points remain. A gathered point sits at the mean position of its
 * places and is made by `merge` from the points it gathers, largest first.
 */
export function gatherPoints<T extends Gatherable>(points: T[], max: number, merge: (parts: T[]) => T): T[] {
  let drawn = points;
  for (let cell = 8; drawn.length > max && cell <= MAP_WIDTH; cell *= 2) {
    const squares = new Map<string, T[]>();
    for (const p of points) {
      const xy = projectPoint(p.longitude, p.latitude);
      const key = xy ? `${p.group} ${Math.floor(xy[0] / cell)}:${Math.floor(xy[1] / cell)}` : `${p.group}`;
      const square = squares.get(key);
      if (square) square.push(p);
      else squares.set(key, [p]);
    }
    drawn = [...squares.values()].map((parts) => {
      if (parts.length === 1) return parts[0];
      const count = parts.reduce((sum, p) => sum + p.count, 0);
      const mean = (pick: (p: T) => number) => parts.reduce((sum, p) => sum + pick(p) * p.count, 0) / count;
      const sorted = [...parts].sort((a, b) => b.count - a.count);
      return {
        ...merge(sorted),
        count,
        latitude: mean((p) => p.latitude),
        longitude: mean((p) => p.longitude),
      };
    });
  }
  return drawn;
}

/**
 * A world map drawn on the server: the land comes from one cached image, the points are inline,
 * each a link to its place or to the list of the places it gathers. The drawing is for the eye and
 * the pointer: it is hidden from screen readers and its links from the Tab key (hundreds of tab
 * stops in no useful order). The table that follows, behind a disclosure, holds the same points
 * with the same links, where keyboards and screen readers reach them.
 */
export function WorldMap({ ctx, title, points, listHref }: WorldMapProps) {
  const land = landAsset();
  const places = points.reduce((sum, p) => sum + (p.count ?? 1), 0);
  const description = points.length === 0 ? ctx.t("map.empty") : ctx.t("map.desc", { count: places });
  return (
    <figure class="map">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        <image href={land.url} x="0" y="0" width={MAP_WIDTH} height={MAP_HEIGHT} />
        {points.map((p) => {
          const xy = projectPoint(p.longitude, p.latitude);
          if (!xy) return null;
          const count = p.count ?? 1;
          const r = count === 1 ? POINT_RADIUS : Math.min(14, POINT_RADIUS + Math.log2(count) * 1.5);
          const circle = (
            <circle class="point" cx={xy[0]} cy={xy[1]} r={r}>
              <title>{p.label}</title>
            </circle>
          );
          return p.href ? (
            <a href={p.href} tabindex={-1}>
              {circle}
            </a>
          ) : (
            circle
          );
        })}
      </svg>
      <figcaption>{description}</figcaption>
      {points.length > 0 && <MapTable ctx={ctx} title={title} points={points} places={places} />}
      {listHref && places > 0 && (
        <p>
          <a href={listHref}>{ctx.t("map.more", { count: places })}</a>
        </p>
      )}
    </figure>
  );
}

function MapTable({
  ctx,
  title,
  points,
  places,
}: {
  ctx: PageContext;
  title: string;
  points: MapPoint[];
  places: number;
}) {
  return (
    <details class="map-table">
      <summary>{ctx.t("map.table.summary", { count: places })}</summary>
      <div class="table-scroll">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t("map.table.name")}</th>
              <th scope="col">{ctx.t("map.table.area")}</th>
              <th scope="col">{ctx.t("map.table.places")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr>
                <th scope="row">{p.href ? <a href={p.href}>{p.label}</a> : p.label}</th>
                <td>{p.area}</td>
                <td>{formatNumber(ctx.locale, p.count ?? 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
