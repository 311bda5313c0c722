import type { ComponentChildren } from "preact";
import type { PageContext } from "../../../../views/context.js";
import type { NetworkView } from "../../networks/networks.presenters.js";

export type ManageTab = "details" | "sections" | "members" | "editors";

/** Title, the management tabs and the outcome of the last change, shared by the editors' pages. */
export function ManageHeader({
  ctx,
  network,
  title,
  current,
  notice,
  children,
}: {
  ctx: PageContext;
  network: Pick<NetworkView, "slug">;
  title: string;
  current?: ManageTab;
  notice?: string;
  children?: ComponentChildren;
}) {
  const base = `/networks/${network.slug}`;
  const tabs: { tab: ManageTab; path: string; key: string }[] = [
    { tab: "details", path: `${base}/edit`, key: "networks.nav.details" },
    { tab: "sections", path: `${base}/sections`, key: "sections.nav" },
    { tab: "members", path: `${base}/manage`, key: "manage.nav.members" },
  ];
  if (ctx.user?.isAdmin) tabs.push({ tab: "editors", path: `${base}/editors`, key: "manage.nav.editors" });
  return (
    <>
      <h1>{title}</h1>
      <nav aria-label={ctx.t("manage.nav.label")}>
        <ul class="nav-list">
          {tabs.map((item) => (
            <li key={item.tab}>
              <a href={ctx.url(item.path)} aria-current={item.tab === current ? "page" : undefined}>
                {ctx.t(item.key)}
              </a>
            </li>
          ))}
          <li>
            <a href={ctx.url(base)}>{ctx.t("manage.nav.public")}</a>
          </li>
        </ul>
      </nav>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {children}
    </>
  );
}
