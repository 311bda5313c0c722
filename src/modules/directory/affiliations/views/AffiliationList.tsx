import type { PageContext } from "../../../../views/context.js";
import { NetworkName, PlaceName } from "../../views/names.js";
import { affiliationRoleLabel } from "../affiliations.schema.js";
import type { AffiliationView } from "../affiliations.service.js";

/** What an affiliation names, as a link to its page. */
export function AffiliationTarget({ ctx, affiliation }: { ctx: PageContext; affiliation: AffiliationView }) {
  const { place, organisation } = affiliation;
  if (place) {
    return (
      <a href={ctx.url(`/places/${place.slug}`)}>
        <PlaceName ctx={ctx} place={place} />
      </a>
    );
  }
  if (!organisation) return null;
  return (
    <a href={ctx.url(`/organisations/${organisation.slug}`)}>
      <NetworkName ctx={ctx} network={organisation} />
    </a>
  );
}

/** A person's public card: their name and, under it, whom they represent in what role. */
export function PersonCard({
  ctx,
  name,
  affiliations,
}: {
  ctx: PageContext;
  name: string;
  affiliations: AffiliationView[];
}) {
  return (
    <div class="person-card">
      <p class="person-name">{name}</p>
      {affiliations.length > 0 && (
        <ul class="affiliations">
          {affiliations.map((a) => (
            <li key={a.id}>
              {ctx.t(affiliationRoleLabel(a.role))} – <AffiliationTarget ctx={ctx} affiliation={a} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
