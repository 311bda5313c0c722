import { jsonb, timestamp } from "drizzle-orm/pg-core";

/** Text in several languages: { en: "Paris", fr: "Paris", es: "París" }. */
export type Translations = Partial<Record<string, string>>;

export const translations = (name: string) => jsonb(name).$type<Translations>().notNull().default({});
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
