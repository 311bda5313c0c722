import type { ComponentChildren } from "preact";
import type { PageContext } from "./context.js";

/**
 * A list page under its h1: the count first, then the search and filters folded in a disclosure
 * (closed on a phone, so that the results come right after; the script opens it on a wide screen,
 * where it is a sidebar), then the results. Without JavaScript the disclosure still opens by hand.
 */
export function Listing({
  ctx,
  heading,
  count,
  summary,
  inUse,
  open = false,
  filters,
  children,
}: {
  ctx: PageContext;
  /** The results' heading, for screen readers' list of headings. */
  heading: string;
  /** The result count and the page links. */
  count: ComponentChildren;
  /** The disclosure's label ("Search and filter"). */
  summary: string;
  /** How many filters are in force, said in the label. */
  inUse: number;
  /** Open whatever the screen: when a field must be corrected. */
  open?: boolean;
  filters: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="listing">
      <h2 id="results-title" class="visually-hidden">
        {heading}
      </h2>
      <div class="listing-count">{count}</div>
      <details class="listing-filters" open={open} data-open-wide="">
        <summary>
          {summary}
          {inUse > 0 && (
            <>
              {" "}
              <span class="in-use" aria-hidden="true">
                {inUse}
              </span>
              <span class="visually-hidden">({ctx.t("listing.inUse", { count: inUse })})</span>
            </>
          )}
        </summary>
        {filters}
      </details>
      <section class="listing-results" aria-labelledby="results-title">
        {children}
      </section>
    </div>
  );
}
