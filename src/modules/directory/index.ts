import type { Module } from "../../lib/module.js";
import { affiliationBlock } from "./affiliations/affiliations.blocks.js";
import { affiliationMessages } from "./affiliations/affiliations.messages.js";
import { registerAffiliationPages } from "./affiliations/affiliations.pages.js";
import { registerDirectoryApi } from "./api/directory.api.js";
import { directoryApiMessages, directoryApiTexts } from "./api/directory.api.messages.js";
import { seedDirectoryDemo } from "./demo/demo.seed.js";
import { findMessages } from "./directory.find.messages.js";
import { directoryBlocks } from "./directory.home.js";
import { homeMessages } from "./directory.home.messages.js";
import { publicTables } from "./directory.http.js";
import { messages } from "./directory.messages.js";
import { directorySearch } from "./directory.search.js";
import { directorySitemap } from "./directory.sitemap.js";
import { forgetExpiredInvitations } from "./memberships/invitations.service.js";
import { withManageMessages } from "./memberships/memberships.messages.js";
import { registerManageRoutes } from "./memberships/memberships.routes.js";
import { myNetworksMessages } from "./memberships/my-networks.messages.js";
import { myNetworksBlock, registerMyNetworksPage } from "./memberships/my-networks.pages.js";
import { networkEditMessages } from "./networks/networks.edit.messages.js";
import { registerNetworkEditPages } from "./networks/networks.edit.pages.js";
import { registerNetworkPages } from "./networks/networks.pages.js";
import { networkSectionMessages } from "./networks/networks.sections.messages.js";
import { registerNetworkSectionPages } from "./networks/networks.sections.pages.js";
import { registerOrganisationPages } from "./organisations/organisations.pages.js";
import { addImportCommand } from "./places/import/places-import.cli.js";
import { registerPlacePages } from "./places/places.pages.js";

export type { AffiliationRole, AffiliationView } from "./affiliations/affiliations.service.js";
export { countCitiesRepresented, listAffiliationsOf } from "./affiliations/affiliations.service.js";
export { slugSchema } from "./directory.schema.js";
export type { HeldRole } from "./memberships/editors.service.js";
export {
  giveEditorRole,
  listRoleHolders,
  listRolesOf,
  takeEditorRole,
} from "./memberships/editors.service.js";
export type { MembershipInput } from "./memberships/memberships.schema.js";
export { canManageNetwork } from "./networks/networks.policy.js";
export type { NetworkView, SectionView } from "./networks/networks.presenters.js";
export { presentNetwork, presentSection } from "./networks/networks.presenters.js";
export type { NetworkRole } from "./networks/networks.repo.js";
export type { NetworkInput } from "./networks/networks.schema.js";
export { sectionKinds } from "./networks/networks.schema.js";
export type { MemberGroup, MemberView, NetworkDetail } from "./networks/networks.service.js";
export {
  createNetwork,
  getNetworkBySlug,
  getNetworkDetail,
  getRoleInNetwork,
  grantNetworkRole,
  hasNetworks,
  joinNetwork,
  listNetworks,
  listSections,
} from "./networks/networks.service.js";
export type { NetworkFigures } from "./networks/networks.summary.service.js";
export type { OrganisationView } from "./organisations/organisations.presenters.js";
export { presentOrganisation } from "./organisations/organisations.presenters.js";
export type { OrganisationInput } from "./organisations/organisations.schema.js";
export { organisationKinds } from "./organisations/organisations.schema.js";
export type { OrganisationList } from "./organisations/organisations.service.js";
export {
  createOrganisation,
  getOrganisationBySlug,
  listOrganisations,
} from "./organisations/organisations.service.js";
export { ensureGeonamesIndex as prepareWorldCities } from "./places/import/geonames-index.js";
export type { PlaceView } from "./places/places.presenters.js";
export { presentPlace } from "./places/places.presenters.js";
export type { PlaceFilter, PlaceFilterInput, PlaceInput } from "./places/places.schema.js";
export { filterLabels, placeFilterSchema, placeKinds } from "./places/places.schema.js";
export type { PlaceDetail, PlaceList, PlaceListItem, PlaceMembershipView } from "./places/places.service.js";
export {
  createPlace,
  createPlaces,
  getPlaceBySlug,
  listPlaces,
  placesPerPage,
} from "./places/places.service.js";

export const directoryModule: Module = {
  name: "directory",
  messages: withManageMessages({
    en: {
      ...messages.en,
      ...homeMessages.en,
      ...findMessages.en,
      ...networkEditMessages.en,
      ...networkSectionMessages.en,
      ...directoryApiMessages.en,
      ...affiliationMessages.en,
      ...myNetworksMessages.en,
    },
    fr: {
      ...messages.fr,
      ...homeMessages.fr,
      ...findMessages.fr,
      ...networkEditMessages.fr,
      ...networkSectionMessages.fr,
      ...directoryApiMessages.fr,
      ...affiliationMessages.fr,
      ...myNetworksMessages.fr,
    },
    es: {
      ...messages.es,
      ...homeMessages.es,
      ...findMessages.es,
      ...networkEditMessages.es,
      ...networkSectionMessages.es,
      ...directoryApiMessages.es,
      ...affiliationMessages.es,
      ...myNetworksMessages.es,
    },
  }),
  api: { tags: ["networks", "places", "memberships", "organisations"], texts: directoryApiTexts },
  nav: [
    { key: "directory.nav.directory", path: "/directory", order: 10 },
    { key: "directory.nav.networks", path: "/networks", order: 20 },
    { key: "directory.nav.organisations", path: "/organisations", order: 30 },
  ],
  routes(app, deps) {
    registerPlacePages(app, deps);
    registerNetworkEditPages(app, deps);
    registerNetworkSectionPages(app, deps);
    registerNetworkPages(app, deps);
    registerOrganisationPages(app, deps);
    registerManageRoutes(app, deps);
    registerAffiliationPages(app, deps);
    registerMyNetworksPage(app, deps);
    registerDirectoryApi(app, deps);
  },
  /** `cityexchange import places` fills the places table from GeoNames or a CSV file. */
  cli: addImportCommand,
  seedDemo: seedDirectoryDemo,
  privateTables: ["invitations"],
  blocks: [...directoryBlocks, myNetworksBlock, affiliationBlock],
  sitemap: directorySitemap,
  privatePaths: ["/networks/*/manage", "/networks/*/editors", "/invitations/"],
  schedules: [
    {
      name: "directory.expired-invitations",
      cron: "30 3 * * *",
      tz: "UTC",
      handler: async (deps) => void (await forgetExpiredInvitations({ db: deps.database.db })),
    },
  ],
  pageTables: publicTables,
  search: directorySearch,
};
