import { gzipSync } from "node:zlib";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { buildAssets } from "../lib/assets.js";
import { registerMessages, translator } from "../lib/i18n/index.js";
import type { PageContext } from "./context.js";
import { Layout } from "./Layout.js";
import { landAsset, MAP_HEIGHT, MAP_WIDTH } from "./map/land.js";
import { mapMessages } from "./map/map.messages.js";
import { gatherPoints, MAP_POINT_LIMIT, type MapPoint, WorldMap } from "./WorldMap.js";

registerMessages(mapMessages);

function context(locale: "en" | "fr" | "es" = "en"): PageContext {
  return {
    locale,
    t: translator(locale),
    user: null,
    path: "/",
    url: (p) => p,
    csrf: () => "token",
    nav: [],
    assets: { css: "/a.css", js: "/a.js" },
  };
}

function render(points: MapPoint[], locale: "en" | "fr" | "es" = "en") {
  return renderToString(<WorldMap ctx={context(locale)} title="Members of UCCN" points={points} />);
}

function circles(html: string) {
  return [
    ...html.matchAll(/<circle class="point" cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>([^<]*)<\/title>/g),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3] }));
}

describe("the world map", () => {
  it("puts each place where it is on Earth", () => {
    const html = render([
      { label: "Null Island", latitude: 0, longitude: 0 },
      { label: "Paris", latitude: 48.85, longitude: 2.35 },
      { label: "Santiago", latitude: -33.45, longitude: -70.67 },
      { label: "Sydney", latitude: -33.87, longitude: 151.21 },
    ]);
    const [origin, paris, santiago, sydney] = circles(html);
    expect(origin).toEqual({ x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2, label: "Null Island" });
    expect(paris.x).toBeGreaterThan(origin.x);
    expect(paris.y).toBeLessThan(origin.y - 100);
    expect(santiago.x).toBeLessThan(origin.x - 150);
    expect(santiago.y).toBeGreaterThan(origin.y + 50);
    expect(sydney.x).toBeGreaterThan(MAP_WIDTH * 0.85);
    expect(Math.abs(sydney.y - santiago.y)).toBeLessThan(2);
  });

  it("rounds coordinates to a tenth of a unit to keep pages light", () => {
    const [point] = circles(render([{ label: "Almaty", latitude: 43.238949, longitude: 76.889709 }]));
    expect(String(point.x)).toMatch(/^\d+(\.\d)?$/);
    expect(String(point.y)).toMatch(/^\d+(\.\d)?$/);
  });

  it("is a drawing hidden from screen readers, its links out of the Tab order, described in words", () => {
    const html = render([{ label: "Izmir", latitude: 38.42, longitude: 27.14, href: "/places/izmir" }]);
    expect(html).toContain('aria-hidden="true" focusable="false"');
    expect(html).toMatch(/<a href="\/places\/izmir" tabindex="-1"><circle class="point"/);
    expect(html).toContain("<figcaption>1 place on a world map.");
    expect(html).toContain(`<image href="${landAsset().url}"`);
    expect(html).not.toContain("style=");
  });

  it("gives every point in a table with the same links, in the visitor's language", () => {
    const html = render(
      [
        {
          label: "Kütahya",
          latitude: 39.42,
          longitude: 29.98,
          href: "/fr/places/kutahya-tr",
          area: "Turquie",
        },
        {
          label: "12 lieux, dont Durban",
          latitude: -29.86,
          longitude: 31.03,
          count: 12,
          area: "Afrique du Sud",
        },
      ],
      "fr",
    );
    expect(html).toContain("<caption>Members of UCCN</caption>");
    expect(html).toContain(
      '<th scope="row"><a href="/fr/places/kutahya-tr">Kütahya</a></th><td>Turquie</td><td>1</td>',
    );
    expect(html).toContain("<td>Afrique du Sud</td><td>12</td>");
    expect(html).toContain("13 lieux sur une carte du monde");
  });

  it("says there is nothing to show when the list is empty, with no table", () => {
    const html = render([]);
    expect(circles(html)).toEqual([]);
    expect(html).toContain("No places to show on this map yet.");
    expect(html).not.toContain("<table");
  });

  it("escapes the names of places", () => {
    const html = render([
      { label: '<script>alert("x")</script>', latitude: 1, longitude: 1, href: '/p?a="><b>' },
    ]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('"><b>');
    expect(html).toContain("&lt;script>");
  });

  it("draws the land once per process, in a small file", () => {
    const land = landAsset();
    expect(landAsset()).toBe(land);
    expect(land.url).toMatch(/^\/assets\/world-land\.[0-9a-f]{10}\.svg$/);
    expect(land.body.length).toBeLessThan(30_000);
    expect(land.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it("keeps a page with 300 linked points and their table under 50 KB compressed, stylesheet, script and land included", async () => {
    const points = Array.from({ length: 300 }, (_, i) => ({
      label: `Creative City number ${i}`,
      latitude: ((i * 37) % 140) - 60,
      longitude: ((i * 73) % 340) - 170,
      href: `/places/creative-city-number-${i}-fr`,
      area: "France",
    }));
    const ctx = context();
    const page = renderToString(
      <Layout ctx={ctx} title="Members of UCCN">
        <WorldMap ctx={ctx} title="Members of UCCN" points={points} />
      </Layout>,
    );
    const assets = await buildAssets();
    const sizes = [page, assets.css.body, assets.js.body, landAsset().body].map((t) => gzipSync(t).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    // The rest of a network's page (figures, sections) must fit in what is left.
    expect(total, `page ${sizes[0]}, css ${sizes[1]}, js ${sizes[2]}, land ${sizes[3]}`).toBeLessThan(35_000);
  });

  it("gathers 2,000 places of a country into at most 300 points, each at its places' mean position", () => {
    const places = Array.from({ length: 2000 }, (_, i) => ({
      latitude: ((i * 37) % 140) - 60,
      longitude: ((i * 73) % 340) - 170,
      count: 1,
      group: i % 2 ? "FR" : "IT",
      name: `City ${i}`,
    }));
    const gathered = gatherPoints(places, MAP_POINT_LIMIT, (parts) => parts[0]);
    expect(gathered.length).toBeLessThanOrEqual(MAP_POINT_LIMIT);
    expect(gathered.length).toBeGreaterThan(50);
    expect(gathered.reduce((sum, p) => sum + p.count, 0)).toBe(2000);
    // Never across groups: a point of France gathers French places only.
    expect(gathered.every((p) => p.group === (Number(p.name.split(" ")[1]) % 2 ? "FR" : "IT"))).toBe(true);
    const few = places.slice(0, 10);
    expect(gatherPoints(few, MAP_POINT_LIMIT, (parts) => parts[0])).toBe(few);
  });
});
