import { countryName } from "../../../lib/countries.js";
import { type Locale, pickTranslation, type Translate } from "../../../lib/i18n/index.js";
import { Translated } from "../../../views/components.js";
import type { PageContext } from "../../../views/context.js";
import type { NetworkView } from "../networks/networks.presenters.js";
import { sectionFigure } from "../networks/networks.schema.js";
import type { NetworkFigures } from "../networks/networks.summary.service.js";
import type { PlaceView } from "../places/places.presenters.js";

/** Plain text of a multilingual value, for attributes, titles and select options. */
export function plainText(
  ctx: { locale: Locale },
  values: Partial<Record<string, string>>,
  original: string,
): string {
  return pickTranslation(values, ctx.locale, original).text;
}

export function PlaceName({ ctx, place }: { ctx: PageContext; place: PlaceView }) {
  return <Translated ctx={ctx} values={place.names} original={place.originalLang} name />;
}

export function NetworkName({
  ctx,
  network,
}: {
  ctx: PageContext;
  network: Pick<NetworkView, "name" | "originalLang">;
}) {
  return <Translated ctx={ctx} values={network.name} original={network.originalLang} />;
}

export function Country({ ctx, code }: { ctx: PageContext; code: string }) {
  return <>{countryName(code, ctx.locale)}</>;
}

/** "246 cities from 80 countries in 7 creative fields", from counted figures, in the page's language. */
export function figuresSentence(t: Translate, figures: NetworkFigures): string {
  const members = t("directory.figures.members", { count: figures.members });
  const countries = t("directory.figures.countries", { count: figures.countries });
  if (figures.sections === 0) return t("directory.figures.withoutSections", { members, countries });
  const sections = t(sectionFigure(figures.sectionKind), { count: figures.sections });
  return t("directory.figures.withSections", { members, countries, sections });
}
