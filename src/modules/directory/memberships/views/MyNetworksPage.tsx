import { Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { NetworkName } from "../../views/names.js";
import type { MyNetwork } from "../my-networks.service.js";

/** An editor's or member's home: their networks and, for those they edit, what needs attention. */
export function MyNetworksPage({ ctx, networks }: { ctx: PageContext; networks: MyNetwork[] }) {
  const t = ctx.t;
  return (
    <>
      <h1>{t("mine.title")}</h1>
      {networks.length === 0 ? (
        <p>
          {t("mine.none")} <a href={ctx.url("/networks")}>{t("mine.browse")}</a>
        </p>
      ) : (
        networks.map((m) => <NetworkSection key={m.network.slug} ctx={ctx} mine={m} />)
      )}
    </>
  );
}

function NetworkSection({ ctx, mine }: { ctx: PageContext; mine: MyNetwork }) {
  const t = ctx.t;
  const { network, attention } = mine;
  const headingId = `mine-${network.slug}`;
  const manage = `/networks/${network.slug}/manage`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={ctx.url(`/networks/${network.slug}`)}>
          <NetworkName ctx={ctx} network={network} />
        </a>
      </h2>
      <p>{t(mine.role === "editor" ? "mine.role.editor" : "mine.role.member")}</p>
      {attention && (
        <>
          {attention.pendingInvitations === 0 && attention.withoutFocalPoint === 0 ? (
            <p>{t("mine.allClear")}</p>
          ) : (
            <ul>
              {attention.pendingInvitations > 0 && (
                <li>{t("mine.pendingInvitations", { count: attention.pendingInvitations })}</li>
              )}
              {attention.withoutFocalPoint > 0 && (
                <li>
                  {t("mine.withoutFocalPoint", { count: attention.withoutFocalPoint })}
                  <ul>
                    {attention.firstWithoutFocalPoint.map((w) => (
                      <li key={w.membershipId}>
                        <a href={ctx.url(`${manage}/${w.membershipId}`)}>
                          <Translated ctx={ctx} values={w.place.names} original={w.place.originalLang} name />
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              )}
            </ul>
          )}
          <p>
            <a href={ctx.url(manage)}>{t("mine.manage")}</a>
          </p>
        </>
      )}
    </section>
  );
}
