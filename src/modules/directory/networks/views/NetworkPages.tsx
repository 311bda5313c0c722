import type { VNode } from "preact";
import { countryName } from "../../../../lib/countries.js";
import { pickTranslation } from "../../../../lib/i18n/index.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import { Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary } from "../../../../views/forms.js";
import { Listing } from "../../../../views/Listing.js";
import { type MapPoint, WorldMap } from "../../../../views/WorldMap.js";
import { acronymIn, networkNames } from "../../directory.names.js";
import { NameSearch } from "../../views/NameSearch.js";
import { NoMatch } from "../../views/NoMatch.js";
import { Country, figuresSentence, NetworkName, PlaceName, plainText } from "../../views/names.js";
import type { NetworkView, SectionView } from "../networks.presenters.js";
import type { MemberGroup, NetworkDetail } from "../networks.service.js";
import type { MemberPoint } from "../networks.summary.service.js";

export function NetworksPage({
  ctx,
  networks,
  query,
  errors,
}: {
  ctx: PageContext;
  networks: NetworkView[];
  /** The name searched for, if any. */
  query?: string;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  const href = ({ q }: { q?: string }) => ctx.url(q ? `/networks?q=${encodeURIComponent(q)}` : "/networks");
  return (
    <>
      <h1>{t("directory.networks.title")}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {ctx.user?.isAdmin && (
        <p>
          <a class="button" href={ctx.url("/networks/new")}>
            {t("networks.new.link")}
          </a>
        </p>
      )}
      <Listing
        ctx={ctx}
        heading={t("directory.networks.title")}
        count={<p class="result-count">{t("pagination.results", { count: networks.length })}</p>}
        summary={t("find.summary.name")}
        inUse={query ? 1 : 0}
        open={errors !== undefined}
        filters={<NameSearch ctx={ctx} action="/networks" query={query} errors={errors} />}
      >
        {networks.length > 0 ? (
          <NetworkCards ctx={ctx} networks={networks} heading="h3" />
        ) : query ? (
          <NoMatch ctx={ctx} kind="network" query={query} href={href} />
        ) : (
          <p>{t("directory.networks.none")}</p>
        )}
      </Listing>
    </>
  );
}

/** Networks as cards, each titled with a link to its page (an h2, or an h3 under a section's h2). */
export function NetworkCards({
  ctx,
  networks,
  heading: Heading = "h2",
}: {
  ctx: PageContext;
  networks: NetworkView[];
  heading?: "h2" | "h3";
}) {
  return (
    <ul class="cards">
      {networks.map((n) => (
        <li class="card" key={n.slug}>
          <Heading>
            <a href={ctx.url(`/networks/${n.slug}`)}>
              <NetworkName ctx={ctx} network={n} /> ({acronymIn(ctx.locale, n)})
            </a>
          </Heading>
          <Description ctx={ctx} network={n} />
        </li>
      ))}
    </ul>
  );
}

function Description({ ctx, network }: { ctx: PageContext; network: NetworkView }) {
  if (!pickTranslation(network.description, ctx.locale, network.originalLang).text) return null;
  return (
    <p>
      <Translated ctx={ctx} values={network.description} original={network.originalLang} />
    </p>
  );
}

export function NetworkPage({
  ctx,
  detail,
  canManage,
  blocks,
}: {
  ctx: PageContext;
  detail: NetworkDetail;
  canManage: boolean;
  /** What other modules draw on a network's page (see views/blocks.tsx). */
  blocks?: VNode[];
}) {
  const { t } = ctx;
  const { network, figures, groups, sectionCounts } = detail;
  const mapTitle = t("directory.network.map", networkNames(ctx.locale, network));
  return (
    <>
      <h1>
        <NetworkName ctx={ctx} network={network} /> ({acronymIn(ctx.locale, network)})
      </h1>
      {network.logo && (
        <img
          class="network-logo"
          src={network.logo.path}
          alt={plainText(ctx, network.logo.alt, network.originalLang)}
          srcset={network.logo.srcset}
          sizes={network.logo.srcset ? `${network.logo.width ?? 160}px` : undefined}
          width={network.logo.width}
          height={network.logo.height ?? 80}
        />
      )}
      <p class="figures">{figuresSentence(t, figures)}</p>
      <Contents ctx={ctx} sectionCounts={sectionCounts} />
      <section aria-labelledby="map-title">
        <h2 id="map-title">{mapTitle}</h2>
        <WorldMap
          ctx={ctx}
          title={mapTitle}
          points={detail.points.map((p) => mapPoint(ctx, network.slug, p))}
          listHref={ctx.url(`/directory?network=${network.slug}`)}
        />
      </section>
      <Description ctx={ctx} network={network} />
      {network.foundedYear !== null && (
        <p>{t("directory.network.founded", { year: String(network.foundedYear) })}</p>
      )}
      {network.website && (
        <dl class="facts">
          <dt>{t("directory.network.website")}</dt>
          <dd>
            <a href={network.website}>{network.website}</a>
          </dd>
        </dl>
      )}
      {canManage && (
        <p>
          <a class="button" href={ctx.url(`/networks/${network.slug}/manage`)}>
            {t("directory.network.manage")}
          </a>
        </p>
      )}
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("directory.network.members")}</h2>
        {sectionCounts.length === 0 && <p>{t("directory.network.noMembers")}</p>}
        {groups ? (
          groups.map((group) => <Group ctx={ctx} group={group} key={group.section?.slug ?? ""} />)
        ) : (
          <SectionLinks ctx={ctx} networkSlug={network.slug} sectionCounts={sectionCounts} />
        )}
        <p>
          <a href={ctx.url(`/directory?network=${network.slug}`)}>{t("directory.network.directoryLink")}</a>
        </p>
      </section>
      {blocks}
    </>
  );
}

/** A point of the map: a member leads to its page, gathered members to the directory for their country. */
function mapPoint(ctx: PageContext, networkSlug: string, p: MemberPoint): MapPoint {
  const name = plainText(ctx, p.place.names, p.place.originalLang);
  const one = p.count === 1;
  return {
    latitude: p.latitude,
    longitude: p.longitude,
    count: p.count,
    label: one ? name : ctx.t("map.cluster", { count: p.count, names: name }),
    href: ctx.url(one ? `/places/${p.place.slug}` : `/directory?network=${networkSlug}&country=${p.country}`),
    area: countryName(p.country, ctx.locale),
  };
}

/** The anchor of a section's members on the page (`other-members` for those in none). */
const anchorOf = (section: SectionView | null) => (section ? `section-${section.slug}` : "other-members");

/** What the page holds, to jump to: the map, the members and each section of them. */
function Contents({
  ctx,
  sectionCounts,
}: {
  ctx: PageContext;
  sectionCounts: NetworkDetail["sectionCounts"];
}) {
  const { t } = ctx;
  const named = sectionCounts.filter((c) => c.section !== null);
  return (
    <nav class="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">{t("directory.network.contents")}</h2>
      <ul>
        <li>
          <a href="#map-title">{t("directory.network.mapShort")}</a>
        </li>
        <li>
          <a href="#members-title">{t("directory.network.members")}</a>
          {named.length > 0 && (
            <ul>
              {sectionCounts.map(({ section }) => (
                <li key={section?.slug ?? ""}>
                  <a href={`#${anchorOf(section)}`}>
                    {section ? (
                      <Translated ctx={ctx} values={section.name} original="en" />
                    ) : (
                      t("directory.network.otherMembers")
                    )}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </nav>
  );
}

function SectionLinks({
  ctx,
  networkSlug,
  sectionCounts,
}: {
  ctx: PageContext;
  networkSlug: string;
  sectionCounts: NetworkDetail["sectionCounts"];
}) {
  return (
    <ul>
      {sectionCounts.map(({ section, members }) => (
        <li key={section?.slug ?? ""} id={anchorOf(section)}>
          {section ? (
            <a href={ctx.url(`/directory?network=${networkSlug}&section=${section.slug}`)}>
              <Translated ctx={ctx} values={section.name} original="en" />
            </a>
          ) : (
            ctx.t("directory.network.otherMembers")
          )}{" "}
          <span class="badge">{ctx.t("directory.figures.members", { count: members })}</span>
        </li>
      ))}
    </ul>
  );
}

// Sorting by the name the reader sees, by the rules of the page's language: one collator per language.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}

function Group({ ctx, group }: { ctx: PageContext; group: MemberGroup }) {
  const { t } = ctx;
  const collator = collatorFor(ctx.locale);
  const members = group.members
    .map((m) => ({ ...m, label: plainText(ctx, m.place.names, m.place.originalLang) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      <h3 id={anchorOf(group.section)}>
        {group.section ? (
          <Translated ctx={ctx} values={group.section.name} original="en" />
        ) : (
          t("directory.network.otherMembers")
        )}{" "}
        <span class="badge">{group.members.length}</span>
      </h3>
      <ul class="members">
        {members.map(({ place, sinceYear }) => (
          <li key={place.slug}>
            <a href={ctx.url(`/places/${place.slug}`)}>
              <PlaceName ctx={ctx} place={place} />
            </a>{" "}
            (<Country ctx={ctx} code={place.country} />
            {sinceYear !== null && `, ${t("directory.network.since", { year: String(sinceYear) })}`})
          </li>
        ))}
      </ul>
    </>
  );
}
