import type { Block } from "../../../views/blocks.js";
import { affiliationRoleLabel } from "./affiliations.schema.js";
import { listAffiliationsOf } from "./affiliations.service.js";
import { AffiliationTarget } from "./views/AffiliationList.js";

/** On the account page: whom the person represents, and where to change it. One statement. */
export const affiliationBlock: Block = {
  name: "directory.affiliations",
  on: ["account"],
  order: 10,
  tables: ["affiliations"],
  async render({ deps, page }) {
    if (!page.user) return null;
    const mine = (await listAffiliationsOf({ db: deps.database.db, people: [page.user.id] })).get(
      page.user.id,
    );
    const { t } = page;
    return (
      <section aria-labelledby="account-affiliations">
        <h2 id="account-affiliations">{t("affiliations.title")}</h2>
        {mine ? (
          <ul class="affiliations">
            {mine.map((a) => (
              <li key={a.id}>
                {t(affiliationRoleLabel(a.role))} – <AffiliationTarget ctx={page} affiliation={a} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("affiliations.none")}</p>
        )}
        <p>
          <a href={page.url("/account/affiliations")}>{t("affiliations.account.change")}</a>
        </p>
      </section>
    );
  },
};
