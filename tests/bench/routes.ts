/** A route the benchmark drives: a page (held to the page targets) or an API answer. */
export interface BenchRoute {
  page: boolean;
  label: string;
  path: string;
}

/**
 * Every route the benchmark measures, on the generated directory: `net` a network of typical size,
 * `place` a place of several networks, `country` the country with most places and `deep` a place
 * some 500 cities into it (where a deep page of the directory starts).
 */
export function benchRoutes({
  net,
  place,
  country,
  deep,
}: {
  net: string;
  place: string;
  country: string;
  deep: string;
}): BenchRoute[] {
  return [
    { page: true, label: "Home page (directory's blocks)", path: "/" },
    { page: true, label: "Directory, first page", path: "/directory" },
    { page: true, label: "Directory, network and region", path: `/directory?network=${net}&region=europe` },
    {
      page: true,
      label: "Directory, country and kind, a deep page",
      path: `/directory?country=${country}&kind=city&after=${deep}`,
    },
    { page: true, label: "Network page", path: `/networks/${net}` },
    { page: true, label: "Place page", path: `/places/${place}` },
    { page: true, label: "Organisations", path: "/organisations" },
    { page: false, label: "API: places, 100 a page", path: "/api/v1/places?perPage=100" },
    {
      page: false,
      label: "API: places of a network in a region",
      path: `/api/v1/places?network=${net}&region=europe`,
    },
    {
      page: false,
      label: "API: memberships of a network",
      path: `/api/v1/memberships?network=${net}&perPage=100`,
    },
    { page: false, label: "API: a network with figures", path: `/api/v1/networks/${net}` },
    { page: false, label: "API: networks", path: "/api/v1/networks?perPage=50" },
  ];
}
