import type { PageContext } from "./context.js";
import { landAsset, MAP_HEIGHT, MAP_WIDTH, projectPoint } from "./map/land.js";

export interface MapPoint {
  label: string;
  latitude: number;
  longitude: number;
  href?: string;
}

interface WorldMapProps {
  ctx: PageContext;
  /** Names the map for everyone: the SVG's title and the table's caption. */
  title: string;
  points: MapPoint[];
  /** Prefix of the element ids; give another one when a page shows two maps. */
  id?: string;
  /** Where every place is listed, for maps with more places than their table shows. */
  listHref?: string;
}

const POINT_RADIUS = 4;
/** Past this many places, nearby points merge and the table gives way to a link, to keep pages light. */
export const MAP_DETAIL_LIMIT = 300;
const CLUSTER_CELL = 8;

interface Drawn {
  x: number;
  y: number;
  labels: string[];
}

/** Merges points that fall in the same small square of the map into one, sized by their number. */
function cluster(points: Drawn[]): Drawn[] {
  const cells = new Map<string, Drawn>();
  for (const p of points) {
    const key = `${Math.floor(p.x / CLUSTER_CELL)}:${Math.floor(p.y / CLUSTER_CELL)}`;
    const cell = cells.get(key);
    if (cell) cell.labels.push(...p.labels);
    else cells.set(key, { ...p, labels: [...p.labels] });
  }
  return [...cells.values()];
}

/**
 * A world map drawn on the server: the land comes from one cached image, the points are inline.
 * The points are not links: inside role="img" a link is hidden from screen readers yet still a
 * tab stop, and a network with 300 members would be 300 of them. The table after the map holds
 * the links, where keyboards and screen readers reach them in a sensible order.
 */
export function WorldMap({ ctx, title, points, id = "world-map", listHref }: WorldMapProps) {
  const land = landAsset();
  const projected = points.flatMap((p): Drawn[] => {
    const xy = projectPoint(p.longitude, p.latitude);
    return xy ? [{ x: xy[0], y: xy[1], labels: [p.label] }] : [];
  });
  const detailed = points.length <= MAP_DETAIL_LIMIT;
  const drawn = detailed ? projected : cluster(projected);
  const description = points.length === 0 ? ctx.t("map.empty") : ctx.t("map.desc", { count: points.length });
  return (
    <div class="map">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <image href={land.url} x="0" y="0" width={MAP_WIDTH} height={MAP_HEIGHT} />
        {drawn.map((p) => (
          <circle
            class="point"
            cx={p.x}
            cy={p.y}
            r={
              p.labels.length === 1
                ? POINT_RADIUS
                : Math.min(14, POINT_RADIUS + Math.log2(p.labels.length) * 1.5)
            }
          >
            <title>{pointTitle(ctx, p.labels)}</title>
          </circle>
        ))}
      </svg>
      {points.length > 0 && detailed && <MapTable ctx={ctx} title={title} points={points} />}
      {!detailed && listHref && (
        <p>
          <a href={listHref}>{ctx.t("map.more", { count: points.length })}</a>
        </p>
      )}
    </div>
  );
}

function pointTitle(ctx: PageContext, labels: string[]): string {
  if (labels.length === 1) return labels[0];
  return ctx.t("map.cluster", { count: labels.length, names: labels.slice(0, 3).join(", ") });
}

function MapTable({ ctx, title, points }: { ctx: PageContext; title: string; points: MapPoint[] }) {
  const degrees = new Intl.NumberFormat(ctx.locale, {
    style: "unit",
    unit: "degree",
    maximumFractionDigits: 2,
  });
  return (
    <details class="map-table">
      <summary>{ctx.t("map.table.summary", { count: points.length })}</summary>
      <div class="table-scroll">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t("map.table.name")}</th>
              <th scope="col">{ctx.t("map.table.latitude")}</th>
              <th scope="col">{ctx.t("map.table.longitude")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr>
                <th scope="row">{p.href ? <a href={p.href}>{p.label}</a> : p.label}</th>
                <td>{degrees.format(p.latitude)}</td>
                <td>{degrees.format(p.longitude)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
