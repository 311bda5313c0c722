import pg from "pg";

const retryMs = { first: 100, max: 5_000 };
const heartbeatMs = 30_000;

/**
 * LISTEN on a PostgreSQL server through a connection of its own (a pool's connections come and
 * go). A lost connection is reported and retried with a growing delay until it comes back.
 */
export async function listenOnServer(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onGap: (state: "lost" | "restored") => void = () => {},
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = retryMs.first;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    // Keep-alive probes and a periodic statement notice a link that died without a word.
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      query_timeout: 10_000,
    });
    next.on("notification", (msg) => {
      if (msg.channel === channel) onMessage(msg.payload ?? "");
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`listen "${channel}"`);
    } catch (err) {
      await next.end().catch(() => {});
      throw err;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    delay = retryMs.first;
  };
  const lost = (which: pg.Client) => {
    if (stopped || which !== client) return;
    client = undefined;
    which.end().catch(() => {});
    onGap("lost");
    retry();
  };
  const retry = () => {
    timer = setTimeout(async () => {
      try {
        await connect();
        if (!stopped) onGap("restored");
      } catch {
        delay = Math.min(delay * 2, retryMs.max);
        if (!stopped) retry();
      }
    }, delay);
    timer.unref();
  };

  await connect();
  const heartbeat = setInterval(() => {
    const current = client;
    current?.query("select 1").catch(() => lost(current));
  }, heartbeatMs);
  heartbeat.unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(heartbeat);
    await client?.end().catch(() => {});
  };
}
