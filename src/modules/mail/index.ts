import type { Module } from "../../lib/module.js";
import { startMailWorker } from "./mail.service.js";

export { listOutbox, type OutboxEntry, showOutboxMessage } from "./mail.presenter.js";
export { type MailMessage, mailSettings, queueMail } from "./mail.service.js";
export { outboxStatuses } from "./mail.tables.js";

export const mailModule: Module = {
  name: "mail",
  start: startMailWorker,
  privateTables: ["outbox"],
};
