import { isRegion, regionLabel } from "../../../../lib/countries.js";
import { formatNumber } from "../../../../lib/i18n/index.js";
import { Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { PersonCard } from "../../affiliations/views/AffiliationList.js";
import { Country, NetworkName, PlaceName } from "../../views/names.js";
import { placeKindLabel } from "../places.schema.js";
import type { PlaceDetail } from "../places.service.js";

// Building an Intl formatter costs far more than using one: one per language, made once.
const degreeFormats = new Map<string, Intl.NumberFormat>();
function degreesIn(locale: string): Intl.NumberFormat {
  let format = degreeFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit: "degree", maximumFractionDigits: 4 });
    degreeFormats.set(locale, format);
  }
  return format;
}

export function PlacePage({ ctx, detail }: { ctx: PageContext; detail: PlaceDetail }) {
  const { t } = ctx;
  const { place, memberships, focalPoints } = detail;
  const degrees = degreesIn(ctx.locale);
  return (
    <>
      <h1>
        <PlaceName ctx={ctx} place={place} />
      </h1>
      <dl class="facts">
        <dt>{t("directory.place.kind")}</dt>
        <dd>{t(placeKindLabel(place.kind))}</dd>
        <dt>{t("directory.place.country")}</dt>
        <dd>
          <a href={ctx.url(`/directory?country=${place.country}`)}>
            <Country ctx={ctx} code={place.country} />
          </a>
        </dd>
        <dt>{t("directory.place.region")}</dt>
        <dd>{isRegion(place.region) ? t(regionLabel(place.region)) : place.region}</dd>
        {place.population !== null && (
          <>
            <dt>{t("directory.place.population")}</dt>
            <dd>{formatNumber(ctx.locale, place.population)}</dd>
          </>
        )}
        {place.latitude !== null && place.longitude !== null && (
          <>
            <dt>{t("directory.place.coordinates")}</dt>
            <dd>
              {t("directory.place.latLong", {
                latitude: degrees.format(place.latitude),
                longitude: degrees.format(place.longitude),
              })}
            </dd>
          </>
        )}
      </dl>
      <h2>{t("directory.place.networks")}</h2>
      {memberships.length === 0 ? (
        <p>{t("directory.place.noNetworks")}</p>
      ) : (
        <ul>
          {memberships.map((m) => (
            <li key={m.network.slug}>
              <a href={ctx.url(`/networks/${m.network.slug}`)}>
                <NetworkName ctx={ctx} network={m.network} />
              </a>
              {m.section && (
                <>
                  {" – "}
                  <Translated ctx={ctx} values={m.section.name} original="en" />
                </>
              )}
              {m.sinceYear !== null && `, ${t("directory.network.since", { year: String(m.sinceYear) })}`}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("directory.place.focalPoints")}</h2>
      {focalPoints.length === 0 ? (
        <p>{t("directory.place.noFocalPoints")}</p>
      ) : (
        <ul class="people">
          {focalPoints.map((person, i) => (
            <li key={i}>
              <PersonCard ctx={ctx} name={person.name} affiliations={person.affiliations} />
            </li>
          ))}
        </ul>
      )}
      {place.geonamesId !== null && (
        <p class="muted">
          <a href={`https://www.geonames.org/${place.geonamesId}`}>
            {t("directory.place.source", { id: String(place.geonamesId) })}
          </a>
        </p>
      )}
    </>
  );
}
