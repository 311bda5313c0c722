import { formatNumber } from "../lib/i18n/index.js";
import type { PageContext } from "./context.js";

/** Big computed numbers, each with its label ("246 cities · 80 countries"), as text, never an image. */
export function Figures({
  ctx,
  label,
  items,
}: {
  ctx: PageContext;
  /** Names the list for screen readers ("The platform in figures"). */
  label: string;
  /** Labels come from the catalogue with the count, so they agree with it ("1 city", "2 cities"). */
  items: { value: number; label: string }[];
}) {
  return (
    <ul class="figures-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.label}>
          <span class="figure">{formatNumber(ctx.locale, item.value)}</span> {item.label}
        </li>
      ))}
    </ul>
  );
}
