import { messageKeys } from "../../../lib/i18n/keys.js";
import type { PageContext } from "../../../views/context.js";

const listKinds = ["place", "network", "organisation"] as const;
const noneLabel = messageKeys("find.none", listKinds);

/**
 * An empty list of places, networks or organisations: what found nothing, and what to try next
 * (the spelling, the name without the other filters, the list without the name, the whole site).
 */
export function NoMatch({
  ctx,
  kind,
  query,
  filtered = false,
  href,
}: {
  ctx: PageContext;
  kind: (typeof listKinds)[number];
  query?: string;
  /** Whether filters other than the name are in force. */
  filtered?: boolean;
  /** The list's address with some of its values changed (`undefined` takes one away). */
  href: (changed: Record<string, string | undefined>) => string;
}) {
  const { t } = ctx;
  const withoutFilters = {
    network: undefined,
    section: undefined,
    country: undefined,
    region: undefined,
    kind: undefined,
  };
  if (!query) {
    return (
      <div class="no-match">
        <p>{t("find.none.filtered")}</p>
        <p>
          <a href={href(withoutFilters)}>{t("directory.filter.clear")}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="no-match">
      <p>{t(filtered ? "find.none.place.filtered" : noneLabel(kind), { query })}</p>
      <p>{t("find.next")}</p>
      <ul>
        <li>{t("find.next.spelling")}</li>
        {filtered && (
          <li>
            <a href={href(withoutFilters)}>{t("find.next.withoutFilters", { query })}</a>
          </li>
        )}
        <li>
          <a href={href({ q: undefined })}>{t("find.next.all")}</a>
        </li>
        <li>
          <a href={ctx.url(`/search?q=${encodeURIComponent(query)}`)}>{t("find.next.site", { query })}</a>
        </li>
      </ul>
    </div>
  );
}
