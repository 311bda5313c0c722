import type { Module } from "../../lib/module.js";
import { messages } from "./audit.messages.js";

export { commentField, commentLabel } from "./audit.schema.js";
export { diffFields, listHistory, type RecordedChange, recordChange } from "./audit.service.js";
export type { AuditChange, AuditValue } from "./audit.tables.js";

/** The audit trail: who did what to which record, when, with a comment. Other modules record through it. */
export const auditModule: Module = {
  name: "audit",
  messages,
  // The history shows only on editors' pages, never on a kept public one.
  privateTables: ["audit_events"],
};
