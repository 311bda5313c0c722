import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/**
 * A browser without a browser: keeps cookies between requests and submits forms with the
 * CSRF token of the page they came from, through the real routes (fastify.inject).
 */
export class Agent {
  private cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
    /** The address the requests come from (the socket's, not a header's): 127.0.0.1 unless given. */
    private readonly remoteAddress?: string,
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: LightMyRequestResponse) {
    for (const c of response.cookies) {
      if (!this.keepsCookie(c.name)) continue;
      if (c.maxAge === 0 || c.value === "" || (c.expires && new Date(c.expires).getTime() < Date.now())) {
        this.cookies.delete(c.name);
      } else {
        this.cookies.set(c.name, c.value);
      }
    }
  }

  protected keepsCookie(_name: string): boolean {
    return true;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method: "GET",
      url,
      remoteAddress: this.remoteAddress,
      headers: { ...this.headers, cookie: this.cookieHeader(), ...headers },
    });
    this.remember(response);
    return response;
  }

  /** Posts url-encoded fields as a form would, adding a CSRF token unless one is given. */
  async post(
    url: string,
    fields: Record<string, string | string[]>,
    options: { csrfFrom?: string; headers?: Record<string, string> } = {},
  ) {
    const body = new URLSearchParams();
    if (!("_csrf" in fields)) body.append("_csrf", await this.csrfToken(options.csrfFrom ?? url));
    for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) body.append(k, item);
    const response = await this.app.inject({
      method: "POST",
      url,
      remoteAddress: this.remoteAddress,
      headers: {
        ...this.headers,
        cookie: this.cookieHeader(),
        "content-type": "application/x-www-form-urlencoded",
        ...options.headers,
      },
      payload: body.toString(),
    });
    this.remember(response);
    return response;
  }

  /** Sends JSON to the API with the CSRF token in a header, as a script in the page would. */
  async json(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: unknown, csrfFrom = "/") {
    const token = await this.csrfToken(csrfFrom);
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.remoteAddress,
      headers: { ...this.headers, cookie: this.cookieHeader(), "x-csrf-token": token },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    this.remember(response);
    return response;
  }

  /** Sends a multipart form (a file upload) as a browser would, its CSRF token in the address. */
  async multipart(url: string, form: FormData, csrfFrom: string) {
    const token = await this.csrfToken(csrfFrom);
    const response = await this.app.inject({
      method: "POST",
      url: `${url}?_csrf=${encodeURIComponent(token)}`,
      remoteAddress: this.remoteAddress,
      headers: { ...this.headers, cookie: this.cookieHeader() },
      payload: form,
    });
    this.remember(response);
    return response;
  }

  /** Reads the CSRF token from a form on the page at `url`. */
  async csrfToken(url: string): Promise<string> {
    const page = await this.get(url);
    const match = /name="_csrf" value="([^"]+)"/.exec(page.body);
    if (!match) throw new Error(`No form with a CSRF token on ${url} (status ${page.statusCode})`);
    return match[1];
  }
}

/**
 * A visitor that keeps no language choice, as a search engine reads each language's address in
 * turn: a bare address is English for it whatever it read before.
 */
export class Crawler extends Agent {
  protected override keepsCookie(name: string): boolean {
    return name !== "lang";
  }
}

/** The text of a page without its tags, for assertions about what a reader sees. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
