import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../lib/http.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { blockTables, renderBlocks } from "../../../views/blocks.js";
import { pageContext, sendPage } from "../../../views/page.js";
import { absoluteUrl, publicPageWith, publicTables, searchedText, slugParam } from "../directory.http.js";
import { networkJsonLd } from "../directory.jsonld.js";
import { acronymIn } from "../directory.names.js";
import { nameSearchSchema } from "../directory.schema.js";
import { plainText } from "../views/names.js";
import { canManageNetwork } from "./networks.policy.js";
import type { NetworkView } from "./networks.presenters.js";
import { getNetworkDetail, listNetworks } from "./networks.service.js";
import { NetworkPage, NetworksPage } from "./views/NetworkPages.js";

/** The list of networks and each network's page. */
export function registerNetworkPages(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;

  app.get("/networks", publicPageWith(nameSearchSchema), async (request, reply) => {
    const parsed = parseInput(nameSearchSchema, request.query, request.t, { q: "find.q" });
    const show = (status: number, networks: NetworkView[], query?: string, errors?: FieldErrors) =>
      sendPage(request, reply, {
        title: request.t("directory.networks.title"),
        description: request.t("directory.networks.lead"),
        status,
        body: (ctx) => <NetworksPage ctx={ctx} networks={networks} query={query} errors={errors} />,
      });
    if (!parsed.ok) return show(422, [], searchedText(request.query), parsed.errors);
    const query = parsed.data.q || undefined;
    const search = query ? { text: query, locale: request.locale } : undefined;
    return show(200, await listNetworks({ db, search }), query);
  });

  // A network's page also shows what other modules draw on it, so it depends on their tables too.
  const networkPage = {
    schema: { hide: true },
    config: { publicCache: { tables: [...publicTables, ...blockTables("network")] } },
  };
  app.get("/networks/:slug", networkPage, async (request, reply) => {
    const slug = slugParam(request);
    const detail = await getNetworkDetail({
      db,
      slug,
      userId: request.user?.id,
      keeper: app.responseCache,
    });
    const canManage = canManageNetwork(request.user, detail.role);
    const blocks = await renderBlocks("network", {
      deps,
      page: pageContext(request, reply),
      network: detail.network,
    });
    return sendPage(request, reply, {
      title: `${plainText(request, detail.network.name, detail.network.originalLang)} (${acronymIn(request.locale, detail.network)})`,
      jsonLd: networkJsonLd(
        detail,
        request.locale,
        absoluteUrl(deps.config.baseUrl, request, `/networks/${slug}`),
      ),
      body: (ctx) => <NetworkPage ctx={ctx} detail={detail} canManage={canManage} blocks={blocks} />,
    });
  });
}
