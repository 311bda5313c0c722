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
}

const POINT_RADIUS = 4;

/**
 * A world map drawn on the server: the land comes from one cached image, the points are inline.
 * The points are not links: inside role="img" a link is hidden from screen readers yet still a
 * tab stop, and a network with 300 members would be 300 of them. The table after the map holds
 * the links, where keyboards and screen readers reach them in a sensible order.
 */
export function WorldMap({ ctx, title, points, id = "world-map" }: WorldMapProps) {
  const land = landAsset();
  const drawn = points.flatMap((p) => {
    const xy = projectPoint(p.longitude, p.latitude);
    return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
  });
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
          <circle class="point" cx={p.x} cy={p.y} r={POINT_RADIUS}>
            <title>{p.label}</title>
          </circle>
        ))}
      </svg>
      {points.length > 0 && <MapTable ctx={ctx} title={title} points={points} />}
    </div>
  );
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
    </details>
  );
}
