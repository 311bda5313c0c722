import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { fieldId } from "../../../../views/forms.js";
import type { WorldCity } from "../../places/places.add.service.js";
import { Country, PlaceName } from "../../views/names.js";
import type { PlaceMatch } from "../memberships.presenter.js";

/** What tells namesakes apart: a US state's code, the population, where it is. */
function WorldCityFacts({ ctx, city }: { ctx: PageContext; city: WorldCity }) {
  const degrees = new Intl.NumberFormat(ctx.locale, {
    style: "unit",
    unit: "degree",
    maximumFractionDigits: 2,
  });
  const facts = [
    /^[A-Z]{2,3}$/.test(city.adminCode) ? city.adminCode : "",
    city.population ? ctx.t("manage.world.population", { population: city.population }) : "",
    ctx.t("directory.place.latLong", {
      latitude: degrees.format(city.latitude),
      longitude: degrees.format(city.longitude),
    }),
  ];
  return <span class="hint"> ({facts.filter(Boolean).join(" · ")})</span>;
}

/**
 * The search results as radio buttons: the directory's places (a current member cannot be chosen
 * again), then the world's cities not yet in it, which are added to the directory when chosen.
 */
export function PlaceChoice({
  ctx,
  matches,
  world,
  value,
  errors,
}: {
  ctx: PageContext;
  matches: PlaceMatch[];
  world: WorldCity[];
  value?: string;
  errors?: FieldErrors;
}) {
  const error = errors?.place;
  const id = fieldId("place");
  const inputId = (i: number) => (i === 0 ? id : `${id}-${i}`);
  return (
    <div class={error ? "field field-error" : "field"}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{ctx.t("manage.add.choose")}</legend>
        {error && (
          <p class="error-message" id={`${id}-error`}>
            <span class="visually-hidden">{ctx.t("form.errorPrefix")}</span> {error}
          </p>
        )}
        {matches.map((match, i) => {
          const taken = match.status === "active";
          return (
            <div class="choice" key={match.place.slug}>
              <input
                type="radio"
                id={inputId(i)}
                name="place"
                value={match.place.slug}
                checked={value === match.place.slug}
                disabled={taken}
              />
              <label for={inputId(i)}>
                <PlaceName ctx={ctx} place={match.place} />, <Country ctx={ctx} code={match.place.country} />
                {match.status && (
                  <span class="hint"> ({ctx.t(taken ? "manage.match.member" : "manage.match.former")})</span>
                )}
              </label>
            </div>
          );
        })}
        {world.length > 0 && <p class="hint">{ctx.t("manage.world.hint")}</p>}
        {world.map((city, j) => {
          const i = matches.length + j;
          const choice = `geonames:${city.geonamesId}`;
          return (
            <div class="choice" key={choice}>
              <input type="radio" id={inputId(i)} name="place" value={choice} checked={value === choice} />
              <label for={inputId(i)}>
                {city.name}, <Country ctx={ctx} code={city.country} />
                <WorldCityFacts ctx={ctx} city={city} />
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
