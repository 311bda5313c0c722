import type { Database } from "../../src/db/client.js";
import { countryCodes, regionOf } from "../../src/lib/countries.js";

export const sizes = { networks: 50, sectionsPerNetwork: 7, places: 20_000, organisations: 500 };

/**
 * Network n has 2000 + 36·(2n − 51) members: from 236 to 3,764, 100,000 in all. Each network's
 * members are places k·13 apart (mod 20,000), so no place joins the same network twice.
 */
export const membersOf = (n: number) => 2000 + 36 * (2 * n - 51);

/** The network whose size is closest to the average, used for the filtered routes. */
export const typicalNetwork = "network-25";

/**
 * Fills an empty, migrated database with a large directory in a few bulk statements: generated
 * rows, not inserts one by one. Deterministic (seeded), so runs compare. With `places` other than
 * 20,000, every network's members grow in the same proportion (200,000 places: 1,000,000 memberships).
 */
export async function generateDirectory(
  database: Database,
  places = sizes.places,
): Promise<Record<string, number>> {
  const scale = places / sizes.places;
  const countries = countryCodes("en").filter((c) => /^[A-Z]{2}$/.test(c) && regionOf(c) !== "antarctica");
  // Codes are checked above to be two capital letters: safe to write into the statement.
  const countryList = countries.map((c) => `('${c}','${regionOf(c)}')`).join(",");
  await database.execute(`
    select setseed(0.42);

    insert into networks (slug, acronym, name, description, original_lang, website, founded_year)
    select 'network-' || n, 'NET' || n,
      jsonb_build_object('en', 'Network ' || n, 'fr', 'Réseau ' || n, 'es', 'Red ' || n),
      jsonb_build_object('en', 'A network of cities working together on topic ' || n || '.'),
      'en', 'https://network-' || n || '.example.org', 1950 + n
    from generate_series(1, ${sizes.networks}) n;

    insert into network_sections (network_id, slug, kind, name, position)
    select nw.id, 'field-' || s, 'field',
      jsonb_build_object('en', 'Field ' || s, 'fr', 'Domaine ' || s, 'es', 'Ámbito ' || s), s
    from networks nw, generate_series(1, ${sizes.sectionsPerNetwork}) s;

    create temporary table bench_countries (n serial, code text, region text);
    insert into bench_countries (code, region) values ${countryList};

    -- Skewed towards the first countries, as real memberships are; names from syllables. Each has a
    -- GeoNames id, as imported places do: two places of a country may then share a name.
    insert into places (slug, kind, name, names, country, region, latitude, longitude, population, geonames_id)
    select 'place-' || i, p.kind, p.name,
      case when i % 3 = 0 then jsonb_build_object('fr', p.name || 'e', 'es', p.name || 'a')
           else jsonb_build_object('en', p.name) end,
      c.code, c.region, round((random() * 140 - 60)::numeric, 4), round((random() * 360 - 180)::numeric, 4),
      (power(random(), 3) * 5000000)::int + 1000, 90000000 + i
    from generate_series(1, ${places}) i
    cross join lateral (
      select initcap(
          (array['ba','ka','lo','mi','ran','sel','tor','vi','zen','mar','li','no','pa','qua','sa','te','ul','ya','do','fe'])[1 + floor(random() * 20)::int]
          || (array['ra','ne','po','si','ku','la','mo','ti','va','ge'])[1 + floor(random() * 10)::int]
          || (array['','n','s','l','ville','burg','polis','grad','ton','abad'])[1 + floor(random() * 10)::int]
        ) as name,
        case when i % 10 = 0 then 'region' when i % 17 = 0 then 'local_government' else 'city' end as kind,
        1 + floor(power(random(), 2) * (select count(*) from bench_countries))::int as country_n
    ) p
    join bench_countries c on c.n = p.country_n;

    insert into memberships (network_id, place_id, section_id, since_year, status, ended_at)
    select nw.id, pl.id, sec.id, 1985 + (k % 38),
      case when k % 20 = 19 then 'ended' else 'active' end,
      case when k % 20 = 19 then now() else null end
    from networks nw
    cross join lateral generate_series(0, round((2000 + 36 * (2 * (nw.id - (select min(id) from networks) + 1) - 51)) * ${scale})::int - 1) k
    join places pl on pl.id = (select min(id) from places) + ((nw.id * 7919 + k * 13) % ${places})
    join network_sections sec on sec.network_id = nw.id and sec.position = 1 + (k % ${sizes.sectionsPerNetwork});

    insert into organisations (slug, acronym, name, description, original_lang, kind, country, website)
    select 'organisation-' || i, 'ORG' || i,
      jsonb_build_object('en', 'Organisation ' || i, 'fr', 'Organisation ' || i),
      jsonb_build_object('en', 'A partner of city networks.'), 'en',
      (array['un_agency','university','ngo','company','city_network','national_government'])[1 + i % 6],
      (select code from bench_countries where n = 1 + i % 50), 'https://org-' || i || '.example.org'
    from generate_series(1, ${sizes.organisations}) i;

    drop table bench_countries;
    analyze;
  `);
  const { rows } = await database.execute(`
    select (select count(*)::int from networks) as networks,
      (select count(*)::int from network_sections) as sections,
      (select count(*)::int from places) as places,
      (select count(*)::int from memberships) as memberships,
      (select count(*)::int from organisations) as organisations`);
  return rows[0] as Record<string, number>;
}

/** A place that belongs to several networks, for the place page. */
export async function busyPlace(database: Database): Promise<string> {
  const { rows } = await database.execute(`
    select p.slug from places p join memberships m on m.place_id = p.id and m.status = 'active'
    group by p.slug order by count(*) desc, p.slug limit 1`);
  return String(rows[0]?.slug);
}

/** The country with the most places, for the country filter. */
export async function commonCountry(database: Database): Promise<string> {
  const { rows } = await database.execute(
    "select country from places group by country order by count(*) desc, country limit 1",
  );
  return String(rows[0]?.country);
}

/** A place some 500 places (at most half way) into a country's cities in English order: where a deep page starts. */
export async function deepPlace(database: Database, country: string): Promise<string> {
  const cities = `from places where country = '${country.replace(/[^A-Z]/g, "")}' and kind = 'city'`;
  const { rows } = await database.execute(
    `select slug ${cities} order by sort_en, id offset least(500, (select count(*) / 2 ${cities})) limit 1`,
  );
  return String(rows[0]?.slug);
}
