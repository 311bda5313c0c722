import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { freePort, startTestSmtp, type TestSmtp } from "../../../tests/smtp.js";
import { listOutbox, mailModule, mailSettings, type OutboxEntry, queueMail } from "./index.js";
import { insertMessage } from "./mail.repo.js";

async function outboxEntry(platform: TestPlatform, subject: string): Promise<OutboxEntry | undefined> {
  const { entries } = await listOutbox(platform.deps, { page: 1, perPage: 50 });
  return entries.find((e) => e.subject === subject);
}

async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(engines)("mail on %s", (engine) => {
  describe("with an SMTP server", () => {
    let platform: TestPlatform;
    let smtp: TestSmtp;
    beforeAll(async () => {
      smtp = await startTestSmtp();
      platform = await createTestPlatform(engine, {
        SMTP_URL: smtp.url,
        MAIL_FROM: "Cities <hello@example.org>",
      });
    });
    afterAll(async () => {
      await platform?.stop();
      await smtp?.close();
    });

    it("delivers a queued message through SMTP and marks it sent", async () => {
      await queueMail(platform.deps, {
        to: "ana@example.org",
        subject: "Bienvenue à Izmir",
        text: "Café ☕ olé",
      });
      const mail = await smtp.waitFor((m) => m.to.includes("ana@example.org"));
      expect(mail.subject).toBe("Bienvenue à Izmir");
      expect(mail.text).toContain("Café ☕ olé");
      expect(mail.from).toBe("hello@example.org");
      const entry = await eventually(async () => {
        const e = await outboxEntry(platform, "Bienvenue à Izmir");
        return e?.status === "sent" && e;
      });
      expect(entry.attempts).toBe(1);
    });
  });

  describe("while the SMTP server is down", () => {
    let platform: TestPlatform;
    let smtp: TestSmtp | undefined;
    let port: number;
    const saved = { ...mailSettings };
    beforeAll(async () => {
      mailSettings.retryDelaySeconds = 1;
      port = await freePort();
      platform = await createTestPlatform(engine, { SMTP_URL: `smtp://127.0.0.1:${port}` });
    });
    afterEach(() => Object.assign(mailSettings, saved));
    afterAll(async () => {
      await platform?.stop();
      await smtp?.close();
    });

    it("keeps the message queued with its failed attempts, and delivers it once the server is back", async () => {
      await queueMail(platform.deps, { to: "bo@example.org", subject: "Outage", text: "Still here" });
      const failed = await eventually(async () => {
        const e = await outboxEntry(platform, "Outage");
        return e && e.attempts >= 1 && e;
      });
      expect(failed.status).toBe("queued");
      expect(failed.lastError).toBeTruthy();

      smtp = await startTestSmtp({ port });
      const mail = await smtp.waitFor((m) => m.subject === "Outage", 30_000);
      expect(mail.text).toContain("Still here");
      const sent = await eventually(async () => {
        const e = await outboxEntry(platform, "Outage");
        return e?.status === "sent" && e;
      });
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
    }, 60_000);
  });

  describe("without SMTP", () => {
    let platform: TestPlatform;
    beforeAll(async () => {
      platform = await createTestPlatform(engine);
    });
    afterAll(() => platform?.stop());

    it("keeps the message in the outbox, marked as logged", async () => {
      await queueMail(platform.deps, {
        to: "cy@example.org",
        subject: "No server",
        text: "Read me at /admin",
      });
      const entry = await eventually(async () => {
        const e = await outboxEntry(platform, "No server");
        return e?.status === "logged" && e;
      });
      expect(entry.text).toBe("Read me at /admin");
    });
  });

  describe("after a crash between saving a message and queueing it", () => {
    let platform: TestPlatform;
    beforeAll(async () => {
      platform = await createTestPlatform(engine, {}, { workers: false });
    });
    afterAll(() => platform?.stop());

    it("sends the stranded message when the workers start again", async () => {
      await insertMessage(platform.database.db, { to: "di@example.org", subject: "Stranded", text: "Found" });
      await mailModule.start?.(platform.deps);
      const entry = await eventually(async () => {
        const e = await outboxEntry(platform, "Stranded");
        return e?.status === "logged" && e;
      });
      expect(entry.attempts).toBe(1);
    });
  });
});
