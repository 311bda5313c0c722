import { z } from "zod";
import { messageKeys } from "../../lib/i18n/keys.js";
import { emptyToUndefined } from "../../lib/validation.js";
import { slugSchema } from "../directory/index.js";

const optionalSlug = z.preprocess(emptyToUndefined, slugSchema.optional()).catch(undefined);

export const listedRoles = ["admin", "editor", "member"] as const;
export const peopleNotices = ["given", "taken", "self"] as const;
/** "Platform admins", "Editors"...: a role as a filter. */
export const roleFilterLabel = messageKeys("admin.people.roles", listedRoles);
/** "Platform admin", "Editor"...: a role one person holds. */
export const roleLabel = messageKeys("admin.people.roles", listedRoles, "One");
export const peopleNoticeLabel = messageKeys("admin.people.notice", peopleNotices);

/** The filters of the admins' list of people; anything malformed is simply no filter. */
export const peopleFilterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.enum(listedRoles).optional().catch(undefined),
  network: optionalSlug,
  after: z.coerce.number().int().min(1).max(2_147_483_647).optional().catch(undefined),
  notice: z.enum(peopleNotices).optional().catch(undefined),
});
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;

/** A role given or taken from the list; `back` is the list's query, to return to the same page. */
export const roleChangeSchema = z.object({
  role: z.enum(["admin", "editor"]),
  network: z.preprocess(emptyToUndefined, slugSchema.optional()),
  back: z.string().max(1000).catch(""),
});

export const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
