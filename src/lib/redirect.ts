/**
 * A redirect target from the client (`?next=`), kept only when a browser would resolve it to this
 * site: parsed as a browser parses a Location (WHATWG URL against BASE_URL, which drops tabs and
 * newlines and reads a backslash as a slash), then sent as the path it resolved to. Anything that
 * leaves the site, or cannot be parsed, gives undefined and the caller's default.
 */
export function sameSiteTarget(target: unknown, baseUrl: string): string | undefined {
  if (typeof target !== "string" || target.length > 2000) return undefined;
  const base = new URL(baseUrl);
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.username || url.password) return undefined;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser would read as a host.
  if (url.pathname.startsWith("//")) return undefined;
  return url.pathname + url.search + url.hash;
}
