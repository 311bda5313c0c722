import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { fieldId } from "../../../../views/forms.js";
import { Country, PlaceName } from "../../views/names.js";
import type { PlaceMatch } from "../memberships.presenter.js";

/** The search results as radio buttons: a current member cannot be chosen again. */
export function PlaceChoice({
  ctx,
  matches,
  value,
  errors,
}: {
  ctx: PageContext;
  matches: PlaceMatch[];
  value?: string;
  errors?: FieldErrors;
}) {
  const error = errors?.place;
  const id = fieldId("place");
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
          const inputId = i === 0 ? id : `${id}-${i}`;
          const taken = match.status === "active";
          return (
            <div class="choice" key={match.place.slug}>
              <input
                type="radio"
                id={inputId}
                name="place"
                value={match.place.slug}
                checked={value === match.place.slug}
                disabled={taken}
              />
              <label for={inputId}>
                <PlaceName ctx={ctx} place={match.place} />, <Country ctx={ctx} code={match.place.country} />
                {match.status && (
                  <span class="hint"> ({ctx.t(taken ? "manage.match.member" : "manage.match.former")})</span>
                )}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
