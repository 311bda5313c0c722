import type { Module } from "../../lib/http.js";
import { registerDirectoryApi } from "./directory.api.js";
import { messages } from "./directory.messages.js";
import { registerDirectoryPages } from "./directory.pages.js";
import { seedDirectoryDemo } from "./directory.seed.js";
import { directorySitemap } from "./directory.sitemap.js";
import { forgetExpiredInvitations } from "./invitations.service.js";
import { withManageMessages } from "./manage.messages.js";
import { registerManageRoutes } from "./memberships.routes.js";

export { canManageNetwork } from "./directory.policy.js";
export type {
  NetworkView,
  OrganisationView,
  PlaceView,
  SectionView,
} from "./directory.presenters.js";
export {
  presentNetwork,
  presentOrganisation,
  presentPlace,
  presentSection,
} from "./directory.presenters.js";
export type {
  MembershipInput,
  NetworkInput,
  OrganisationInput,
  PlaceFilter,
  PlaceFilterInput,
  PlaceInput,
} from "./directory.schema.js";
export {
  filterLabels,
  organisationKinds,
  placeFilterSchema,
  placeKinds,
  sectionKinds,
  slugSchema,
} from "./directory.schema.js";
export type { NetworkRole } from "./networks.repo.js";
export type { MemberGroup, MemberView, NetworkDetail, NetworkFigures } from "./networks.service.js";
export {
  createNetwork,
  getNetworkBySlug,
  getNetworkDetail,
  getRoleInNetwork,
  grantNetworkRole,
  joinNetwork,
  listNetworks,
  listSections,
} from "./networks.service.js";
export type { OrganisationList } from "./organisations.service.js";
export {
  createOrganisation,
  getOrganisationBySlug,
  listOrganisations,
} from "./organisations.service.js";
export type { PlaceDetail, PlaceList, PlaceListItem, PlaceMembershipView } from "./places.service.js";
export { createPlace, createPlaces, getPlaceBySlug, listPlaces, placesPerPage } from "./places.service.js";

export const directoryModule: Module = {
  name: "directory",
  messages: withManageMessages(messages),
  nav: [
    { key: "directory.nav.directory", path: "/directory", order: 10 },
    { key: "directory.nav.networks", path: "/networks", order: 20 },
    { key: "directory.nav.organisations", path: "/organisations", order: 30 },
  ],
  routes(app, deps) {
    registerDirectoryPages(app, deps);
    registerManageRoutes(app, deps);
    registerDirectoryApi(app, deps);
  },
  seedDemo: seedDirectoryDemo,
  privateTables: ["invitations"],
  sitemap: directorySitemap,
  privatePaths: ["/networks/*/manage", "/networks/*/editors", "/invitations/"],
  schedules: [
    {
      name: "directory.expired-invitations",
      cron: "30 3 * * *",
      tz: "UTC",
      handler: async (deps) => void (await forgetExpiredInvitations(deps)),
    },
  ],
  // A place's page names its focal points, who are people with accounts.
  pageTables: [
    "networks",
    "network_sections",
    "places",
    "organisations",
    "memberships",
    "focal_points",
    "users",
  ],
};
