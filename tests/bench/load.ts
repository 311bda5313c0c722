// Runs in a child process: the load generator must not share the server's thread or core time slices.
import autocannon from "autocannon";

const [url, seconds, connections] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const headers = JSON.parse(process.argv[5] ?? "{}") as Record<string, string>;
const latencies: number[] = [];
const instance = autocannon({ url, duration: seconds, connections, headers }, (err, result) => {
  if (err) throw err;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  process.send?.({
    requestsPerSecond: result.requests.total / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  });
});
instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
