import nodemailer, { type Transporter } from "nodemailer";
import pino, { type Logger } from "pino";
import type { AppDeps } from "../../lib/http.js";
import * as repo from "./mail.repo.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Retry timing of the queue; tests shorten the delay so an outage can be watched end to end. */
export const mailSettings = { retryLimit: 8, retryDelaySeconds: 30 };

const QUEUE = "mail";

/** Keeps the message in the outbox, then hands it to the queue: the request never waits for SMTP. */
export async function queueMail(deps: AppDeps, message: MailMessage): Promise<void> {
  const id = await repo.insertMessage(deps.database.db, message);
  await enqueue(deps, id);
}

async function enqueue(deps: AppDeps, id: number): Promise<void> {
  await deps.jobs.send(
    QUEUE,
    { id },
    {
      singletonKey: `mail-${id}`,
      retryLimit: mailSettings.retryLimit,
      retryDelaySeconds: mailSettings.retryDelaySeconds,
    },
  );
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a dead server must fail the attempt, not hold the worker for minutes.
    transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
    transports.set(url, transport);
  }
  return transport;
}

/** Sends one outbox message; a failure is recorded and rethrown so the queue retries it later. */
export async function deliverMessage(deps: AppDeps, id: number, logger: Logger): Promise<void> {
  const { db } = deps.database;
  const message = await repo.findMessage(db, id);
  if (message?.status !== "queued") return;
  const { smtpUrl, mailFrom } = deps.config;
  if (!smtpUrl) {
    // Its links are secrets: a development log shows the text, a production one only the outbox id.
    const shown = deps.config.production ? {} : { text: message.text };
    logger.info(
      { outboxId: id, to: message.to, subject: message.subject, ...shown },
      "mail not sent (no SMTP_URL): kept in the outbox",
    );
    await repo.markDelivered(db, id, "logged");
    return;
  }
  try {
    await transportFor(smtpUrl).sendMail({
      from: mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const attempts = await repo.recordFailure(db, id, reason, mailSettings.retryLimit + 1);
    logger.warn({ outboxId: id, attempts, err: reason }, "mail delivery failed; it will be retried");
    throw err;
  }
  await repo.markDelivered(db, id, "sent");
}

/** Registers the worker and re-enqueues messages a crash left without a job. */
export async function startMailWorker(deps: AppDeps): Promise<void> {
  const logger = pino({ level: deps.config.logLevel, name: "mail" });
  await deps.jobs.work<{ id: number }>(QUEUE, (data) => deliverMessage(deps, Number(data.id), logger));
  for (const id of await repo.listOrphans(deps.database.db)) await enqueue(deps, id);
}
