import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetwork, createPlace } from "../../tests/factories-directory.js";
import { createPerson } from "../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { createApiToken } from "../modules/accounts/index.js";

type Headers = Record<string, string>;

describe.each(engines)("the conventions every API route inherits, on %s", (engine) => {
  let platform: TestPlatform;
  let bearer: Headers;
  const request = (method: string, url: string, headers: Headers = {}, payload?: string) =>
    platform.app.inject({
      method: method as "GET",
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
  const errorOf = (res: { json: () => unknown }) =>
    (res.json() as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uccn",
      acronym: "UCCN",
      name: { en: "UNESCO Creative Cities Network" },
      sections: [{ slug: "music", kind: "field", name: { en: "Music" } }],
    });
    await createPlace(db, { slug: "seoul-kr", name: "Seoul", country: "KR" });
    const editor = await createPerson(platform, { email: "editor@uccn.org", roles: { uccn: "editor" } });
    const { token } = await createApiToken(platform.deps, { userId: editor.id, name: "tests" });
    bearer = { authorization: `Bearer ${token}` };
  });
  afterAll(() => platform?.stop());

  describe("errors", () => {
    it("answers an unknown API route with 404 in the documented shape, translated", async () => {
      const res = await request("GET", "/api/v1/nothing-here?lang=fr");
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).code).toBe("not_found");
      expect(errorOf(res).message).toMatch(/adresse/);
    });

    it("answers a method the path does not take with 405, listing the ones it does", async () => {
      const res = await request("PUT", "/api/v1/places/seoul-kr", {}, "{}");
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD");
      expect(errorOf(res).code).toBe("method_not_allowed");
    });

    it("treats a slug of 101 to 120 characters as the document says: a slug, unknown here (404)", async () => {
      for (const length of [101, 120]) {
        const res = await request("GET", `/api/v1/places/${"a".repeat(length)}`);
        expect(res.statusCode, String(length)).toBe(404);
        expect(errorOf(res).code).toBe("not_found");
      }
    });

    it("refuses a slug longer than the document allows as bad input naming it, not with the router's 414", async () => {
      const res = await request("GET", `/api/v1/places/${"a".repeat(121)}`);
      expect(res.statusCode).toBe(422);
      expect(Object.keys(errorOf(res).fields ?? {})).toEqual(["slug"]);
    });

    it("gives the framework's own refusals the same shape: a URL it cannot decode, a parameter past any length", async () => {
      const bad = await request("GET", "/api/v1/places/%E0%A4%A");
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).code).toBe("bad_request");
      const long = await request("GET", `/api/v1/places/${"a".repeat(3000)}`, { "accept-language": "es" });
      expect(long.statusCode).toBe(414);
      expect(errorOf(long)).toEqual({
        code: "uri_too_long",
        message: "La dirección web supera la longitud que acepta este sitio.",
      });
    });

    it("answers 404 to an unknown slug in a filter, as in a path, naming the parameter", async () => {
      for (const url of [
        "/api/v1/places?network=nowhere",
        "/api/v1/places?network=uccn&section=nowhere",
        "/api/v1/memberships?network=nowhere",
        "/api/v1/memberships?place=nowhere",
      ]) {
        const res = await request("GET", url);
        expect(res.statusCode, url).toBe(404);
        expect(errorOf(res).code, url).toBe("not_found");
        expect(Object.keys(errorOf(res).fields ?? {}).length, url).toBe(1);
      }
    });
  });

  describe("ids and bodies", () => {
    const json = { ...{ "content-type": "application/json" } };

    it("reads ids in decimal digits only, naming the parameter", async () => {
      for (const id of ["0x10", "1e1", "%2016", "+16", "16.0", "-1"]) {
        const res = await request("PATCH", `/api/v1/memberships/${id}`, { ...bearer, ...json }, "{}");
        expect(res.statusCode, id).toBe(422);
        expect(errorOf(res).fields?.id, id).toBe("id must be a whole number");
      }
      const decimal = await request("PATCH", "/api/v1/memberships/16", { ...bearer, ...json }, "{}");
      expect(decimal.statusCode).toBe(404);
    });

    it("takes JSON bodies only: a form-encoded write is 415, even with its CSRF token", async () => {
      const form = await request(
        "POST",
        "/api/v1/networks/uccn/memberships",
        { ...bearer, "content-type": "application/x-www-form-urlencoded" },
        "place=seoul-kr",
      );
      expect(form.statusCode).toBe(415);
      expect(errorOf(form).code).toBe("unsupported_media_type");
      expect(errorOf(form).message).toContain("application/json");
      const text = await request(
        "POST",
        "/api/v1/networks/uccn/memberships",
        { ...bearer, "content-type": "text/plain" },
        "x",
      );
      expect(text.statusCode).toBe(415);
      const memberships = await request("GET", "/api/v1/memberships?network=uccn");
      expect(memberships.json()).toMatchObject({ meta: { total: 0 } });
    });

    it("answers a body it cannot parse with 400, and one too large with 413, in the same shape", async () => {
      const broken = await request(
        "POST",
        "/api/v1/networks/uccn/memberships",
        { ...bearer, ...json },
        '{"place":',
      );
      expect(broken.statusCode).toBe(400);
      expect(errorOf(broken).code).toBe("bad_request");
      const huge = await request(
        "POST",
        "/api/v1/networks/uccn/memberships",
        { ...bearer, ...json },
        JSON.stringify({ place: "x".repeat(1024 * 1024 + 10) }),
      );
      expect(huge.statusCode).toBe(413);
      expect(errorOf(huge).code).toBe("payload_too_large");
    });

    it("accepts JSON with a charset", async () => {
      const res = await request(
        "POST",
        "/api/v1/networks/uccn/memberships",
        { ...bearer, "content-type": "application/json; charset=utf-8" },
        JSON.stringify({ place: "seoul-kr" }),
      );
      expect(res.statusCode).toBe(201);
    });

    it("reads page numbers in decimal digits only, naming the parameter", async () => {
      for (const page of ["0x2", "1e1", "+2"]) {
        const res = await request("GET", `/api/v1/networks?page=${encodeURIComponent(page)}`);
        expect(res.statusCode, page).toBe(422);
        expect(errorOf(res).fields?.page, page).toBe("page must be a whole number");
      }
    });
  });

  describe("caching", () => {
    it("gives a public read an ETag and a short public Cache-Control, and 304 when the client has it", async () => {
      const first = await request("GET", "/api/v1/networks");
      expect(first.statusCode).toBe(200);
      expect(first.headers["cache-control"]).toBe("public, max-age=60");
      expect(first.headers.vary).toMatch(/accept-language/i);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/"/);
      const again = await request("GET", "/api/v1/networks", { "if-none-match": etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
    });

    it("still answers 304 to a reload that asks for a fresh copy (Cache-Control: no-cache)", async () => {
      const fresh = await request("GET", "/api/v1/places/seoul-kr", { "cache-control": "no-cache" });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.headers["x-cache"]).toBeUndefined();
      const etag = String(fresh.headers.etag);
      expect(etag).toMatch(/^W\/"/);
      const revalidated = await request("GET", "/api/v1/places/seoul-kr", {
        "cache-control": "no-cache",
        "if-none-match": etag,
      });
      expect(revalidated.statusCode).toBe(304);
    });

    it("gives every GET page an ETag too, and keeps forms with a token private", async () => {
      const page = await request("GET", "/signin");
      expect(page.statusCode).toBe(200);
      expect(page.headers.etag).toBeDefined();
      expect(page.headers["cache-control"]).toBe("private, no-cache");
      const directory = await request("GET", "/directory", { cookie: "lang=en" });
      expect(directory.headers["cache-control"]).toBe("public, no-cache");
    });

    it("keeps errors out of caches", async () => {
      const res = await request("GET", "/api/v1/places/nowhere");
      expect(res.headers["cache-control"]).toBe("no-store");
    });
  });

  describe("CORS", () => {
    it("lets a web page on another site read the open data, without credentials", async () => {
      const res = await request("GET", "/api/v1/places", { origin: "https://example.org" });
      expect(res.statusCode).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
      expect(res.headers["cross-origin-resource-policy"]).toBe("cross-origin");
      const doc = await request("GET", "/api/openapi.json", { origin: "https://example.org" });
      expect(doc.headers["access-control-allow-origin"]).toBe("*");
    });

    it("answers a preflight for a read", async () => {
      const res = await request("OPTIONS", "/api/v1/places", {
        origin: "https://example.org",
        "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match",
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    });

    it("opens neither writes nor pages to other sites", async () => {
      const page = await request("GET", "/directory", { origin: "https://example.org", cookie: "lang=en" });
      expect(page.headers["access-control-allow-origin"]).toBeUndefined();
      expect(page.headers["cross-origin-resource-policy"]).toBe("same-origin");
      const write = await request(
        "POST",
        "/api/v1/networks/uccn/memberships",
        { origin: "https://example.org", "content-type": "application/json" },
        "{}",
      );
      expect(write.headers["access-control-allow-origin"]).toBeUndefined();
    });
  });
});
