import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../lib/http.js";
import { blockTables, renderBlocks } from "../../../views/blocks.js";
import { pageContext, sendPage } from "../../../views/page.js";
import { absoluteUrl, publicPage, publicTables, slugParam } from "../directory.http.js";
import { networkJsonLd } from "../directory.jsonld.js";
import { plainText } from "../views/names.js";
import { canManageNetwork } from "./networks.policy.js";
import { getNetworkDetail, listNetworks } from "./networks.service.js";
import { NetworkPage, NetworksPage } from "./views/NetworkPages.js";

/** The list of networks and each network's page. */
export function registerNetworkPages(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;

  app.get("/networks", publicPage, async (request, reply) => {
    const networks = await listNetworks({ db });
    return sendPage(request, reply, {
      title: request.t("directory.networks.title"),
      description: request.t("directory.networks.lead"),
      body: (ctx) => <NetworksPage ctx={ctx} networks={networks} />,
    });
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
      title: `${plainText(request, detail.network.name, detail.network.originalLang)} (${detail.network.acronym})`,
      jsonLd: networkJsonLd(
        detail,
        request.locale,
        absoluteUrl(deps.config.baseUrl, request, `/networks/${slug}`),
      ),
      body: (ctx) => <NetworkPage ctx={ctx} detail={detail} canManage={canManage} blocks={blocks} />,
    });
  });
}
