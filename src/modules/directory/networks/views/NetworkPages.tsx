import type { VNode } from "preact";
import { pickTranslation } from "../../../../lib/i18n/index.js";
import { Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { WorldMap } from "../../../../views/WorldMap.js";
import { Country, figuresSentence, NetworkName, PlaceName, plainText } from "../../views/names.js";
import type { NetworkView } from "../networks.presenters.js";
import type { MemberGroup, NetworkDetail } from "../networks.service.js";

export function NetworksPage({ ctx, networks }: { ctx: PageContext; networks: NetworkView[] }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("directory.networks.title")}</h1>
      <p class="lead">{t("directory.networks.lead")}</p>
      {ctx.user?.isAdmin && (
        <p>
          <a class="button" href={ctx.url("/networks/new")}>
            {t("networks.new.link")}
          </a>
        </p>
      )}
      {networks.length === 0 ? (
        <p>{t("directory.networks.none")}</p>
      ) : (
        <NetworkCards ctx={ctx} networks={networks} />
      )}
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
              <NetworkName ctx={ctx} network={n} /> ({n.acronym})
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
  const { network, figures, groups } = detail;
  const name = plainText(ctx, network.name, network.originalLang);
  const points = groups.flatMap((g) =>
    g.members.flatMap(({ place }) =>
      place.latitude === null || place.longitude === null
        ? []
        : [
            {
              label: plainText(ctx, place.names, place.originalLang),
              latitude: place.latitude,
              longitude: place.longitude,
              href: ctx.url(`/places/${place.slug}`),
            },
          ],
    ),
  );
  return (
    <>
      <h1>
        <NetworkName ctx={ctx} network={network} /> ({network.acronym})
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
      <p>
        <a href={ctx.url(`/directory?network=${network.slug}`)}>{t("directory.network.directoryLink")}</a>
      </p>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("directory.network.members")}</h2>
        {groups.length === 0 && <p>{t("directory.network.noMembers")}</p>}
        {figures.members > listedMembersLimit ? (
          <SectionLinks ctx={ctx} networkSlug={network.slug} groups={groups} />
        ) : (
          groups.map((group) => <Group ctx={ctx} group={group} key={group.section?.slug ?? ""} />)
        )}
      </section>
      <section aria-labelledby="map-title">
        <h2 id="map-title">{t("directory.network.map", { network: name })}</h2>
        <WorldMap
          ctx={ctx}
          title={t("directory.network.map", { network: name })}
          points={points}
          listHref={ctx.url(`/directory?network=${network.slug}`)}
        />
      </section>
      {blocks}
    </>
  );
}

/** Past this many members, the page links to each section in the directory instead of naming everyone. */
export const listedMembersLimit = 300;

function SectionLinks({
  ctx,
  networkSlug,
  groups,
}: {
  ctx: PageContext;
  networkSlug: string;
  groups: MemberGroup[];
}) {
  return (
    <ul>
      {groups.map(({ section, members }) => (
        <li key={section?.slug ?? ""}>
          {section ? (
            <a href={ctx.url(`/directory?network=${networkSlug}&section=${section.slug}`)}>
              <Translated ctx={ctx} values={section.name} original="en" />
            </a>
          ) : (
            ctx.t("directory.network.otherMembers")
          )}{" "}
          <span class="badge">{ctx.t("directory.figures.members", { count: members.length })}</span>
        </li>
      ))}
    </ul>
  );
}

function Group({ ctx, group }: { ctx: PageContext; group: MemberGroup }) {
  const { t } = ctx;
  // Sorted by the name the reader sees, by the rules of the page's language.
  const collator = new Intl.Collator(ctx.locale);
  const members = group.members
    .map((m) => ({ ...m, label: plainText(ctx, m.place.names, m.place.originalLang) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      <h3>
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
