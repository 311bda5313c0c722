import type { Params } from "./locales.js";

/**
 * Fills a message: `{name}` placeholders and ICU `select`s, `{form, select, le {du {bare}} other {de {name}}}`,
 * nested as deep as needed. A placeholder without a value stays as written; a select without the
 * value's branch takes `other`.
 */
export function formatMessage(text: string, params: Params, number: (value: number) => string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) return out + text.slice(i);
    out += text.slice(i, open);
    const close = matching(text, open);
    const inner = text.slice(open + 1, close);
    const select = /^\s*(\w+)\s*,\s*select\s*,/.exec(inner);
    if (select)
      out += chooseBranch(inner.slice(select[0].length), String(params[select[1]] ?? ""), params, number);
    else {
      const value = params[inner];
      out += value === undefined ? `{${inner}}` : typeof value === "number" ? number(value) : value;
    }
    i = close + 1;
  }
  return out;
}

/** The index of the brace closing the one at `open`. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function chooseBranch(branches: string, value: string, params: Params, number: (n: number) => string) {
  const found = new Map<string, string>();
  let i = 0;
  while (i < branches.length) {
    const key = /^\s*(\w+)\s*\{/.exec(branches.slice(i));
    if (!key) break;
    const open = i + key[0].length - 1;
    const close = matching(branches, open);
    found.set(key[1], branches.slice(open + 1, close));
    i = close + 1;
  }
  const chosen = found.get(value) ?? found.get("other") ?? "";
  return formatMessage(chosen, params, number);
}

/** The argument names a message reads, its selects' included. */
export function messageArguments(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]));
}
