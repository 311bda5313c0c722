import { z } from "zod";
import { notFound } from "../../lib/errors.js";
import type { Module } from "../../lib/module.js";
import { sendPage } from "../../views/page.js";
import { listOutbox, showOutboxMessage } from "../mail/index.js";
import { messages } from "./admin.messages.js";
import { requireAdmin } from "./admin.policy.js";
import { peopleMessages } from "./people.messages.js";
import { registerPeoplePages } from "./people.pages.js";
import { AdminHome, OutboxList, OutboxMessage } from "./views/AdminPages.js";

const PER_PAGE = 50;
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });
const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

export const adminModule: Module = {
  name: "admin",
  privatePaths: ["/admin"],
  messages: {
    en: { ...messages.en, ...peopleMessages.en },
    fr: { ...messages.fr, ...peopleMessages.fr },
    es: { ...messages.es, ...peopleMessages.es },
  },
  routes(app, deps) {
    registerPeoplePages(app, deps);
    app.get("/admin", { schema: { hide: true } }, (request, reply) => {
      requireAdmin(request);
      return sendPage(request, reply, {
        title: request.t("admin.title"),
        body: (ctx) => <AdminHome ctx={ctx} />,
      });
    });

    app.get("/admin/outbox", { schema: { hide: true } }, async (request, reply) => {
      requireAdmin(request);
      const { page } = pageQuery.parse(request.query ?? {});
      const { entries, total } = await listOutbox(deps, { page, perPage: PER_PAGE });
      const pages = Math.max(1, Math.ceil(total / PER_PAGE));
      return sendPage(request, reply, {
        title: request.t("admin.outbox.title"),
        body: (ctx) => <OutboxList ctx={ctx} entries={entries} page={page} pages={pages} total={total} />,
      });
    });

    app.get("/admin/outbox/:id", { schema: { hide: true } }, async (request, reply) => {
      requireAdmin(request);
      const parsed = idParams.safeParse(request.params);
      const entry = parsed.success ? await showOutboxMessage(deps, parsed.data.id) : undefined;
      if (!entry) throw notFound();
      return sendPage(request, reply, {
        title: entry.subject,
        body: (ctx) => <OutboxMessage ctx={ctx} entry={entry} />,
      });
    });
  },
};
