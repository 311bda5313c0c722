// The import graph of src/ and the rules it must keep (docs/ARCHITECTURE.md, "Boundaries").
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";
import ts from "typescript";

export interface Edge {
  /** The file imported, relative to the root ("src/lib/http.ts"), or the package name. */
  to: string;
  /** `import type`, `export type` or a type position: gone once compiled. */
  typeOnly: boolean;
  /** The imported names that are values, for external packages ("sql" from drizzle-orm). */
  values: string[];
}

export interface SourceFile {
  text: string;
  imports: Edge[];
}

/** Files by path relative to the root, with forward slashes. */
export type Graph = Map<string, SourceFile>;

const extensions = [".ts", ".tsx"];

function resolveSpecifier(from: string, spec: string, exists: (path: string) => boolean): string {
  if (!spec.startsWith(".")) return spec;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, "");
  const candidates = [
    base,
    ...extensions.map((ext) => stem + ext),
    ...extensions.map((ext) => `${base}/index${ext}`),
  ];
  return candidates.find(exists) ?? base;
}

/** Every import, export-from, dynamic import() and import("…") type of one file. */
export function parseImports(
  path: string,
  text: string,
): { spec: string; typeOnly: boolean; values: string[] }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: { spec: string; typeOnly: boolean; values: string[] }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const values: string[] = [];
      if (clause && !clause.isTypeOnly) {
        if (clause.name) values.push("default");
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) values.push("*");
        if (bindings && ts.isNamedImports(bindings))
          for (const element of bindings.elements)
            if (!element.isTypeOnly) values.push((element.propertyName ?? element.name).text);
      }
      // A bare `import "x"` runs x: a value import with no names.
      const typeOnly = clause ? values.length === 0 : false;
      found.push({ spec: node.moduleSpecifier.text, typeOnly, values });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const values =
        node.isTypeOnly || (clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly))
          ? []
          : ["*"];
      found.push({ spec: node.moduleSpecifier.text, typeOnly: values.length === 0, values });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false, values: ["*"] });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ spec: node.argument.literal.text, typeOnly: true, values: [] });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A graph from sources in memory: paths relative to the root, as on disk. */
export function graphFromSources(sources: Record<string, string>): Graph {
  const exists = (path: string) => path in sources;
  const graph: Graph = new Map();
  for (const [path, text] of Object.entries(sources)) {
    const imports = parseImports(path, text).map((i) => ({
      to: resolveSpecifier(path, i.spec, exists),
      typeOnly: i.typeOnly,
      values: i.values,
    }));
    graph.set(path, { text, imports });
  }
  return graph;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (extensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith(".d.ts"))
      out.push(path);
  }
  return out;
}

/** The graph of every TypeScript file under `root`/src. */
export function readGraph(root: string): Graph {
  const sources: Record<string, string> = {};
  for (const file of walk(join(root, "src")))
    sources[relative(root, file).split("\\").join("/")] = readFileSync(file, "utf8");
  return graphFromSources(sources);
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path);
const isTables = (path: string) => /\.tables\.ts$/.test(path);
const isRepo = (path: string) => /\.repo\.ts$/.test(path);
const isIndex = (path: string) => /\/index\.tsx?$/.test(path);
/** "src/modules/directory/places/places.repo.ts" → "directory". */
const moduleOf = (path: string) => path.match(/^src\/modules\/([^/]+)\//)?.[1];
const platformFiles = ["src/app.ts", "src/server.ts", "src/cli.ts"];

export interface Violation {
  rule:
    | "index-only"
    | "lib-db-no-module"
    | "schema-gathers-only"
    | "sql-in-repos"
    | "no-platform-import"
    | "cycle";
  file: string;
  detail: string;
}

/** The rules of docs/ARCHITECTURE.md, checked on a graph; an empty list when all hold. */
export function checkGraph(graph: Graph): Violation[] {
  const violations: Violation[] = [];
  for (const [file, source] of graph) {
    const fromModule = moduleOf(file);
    for (const edge of source.imports) {
      const toModule = moduleOf(edge.to);
      // A module is reached through its index; a tables file may name another's tables for a foreign key,
      // and src/db/schema.ts gathers every tables file.
      if (
        toModule &&
        toModule !== fromModule &&
        !(isIndex(edge.to) && posix.dirname(edge.to) === `src/modules/${toModule}`) &&
        !(isTables(edge.to) && (isTables(file) || file === "src/db/schema.ts"))
      )
        violations.push({
          rule: "index-only",
          file,
          detail: `imports ${edge.to}, not the index of ${toModule}`,
        });
      if (/^src\/(lib|db)\//.test(file) && !isTest(file) && edge.to.startsWith("src/modules/")) {
        if (!(file === "src/db/schema.ts" && isTables(edge.to)))
          violations.push({ rule: "lib-db-no-module", file, detail: `imports ${edge.to}` });
      }
      if (edge.to === "src/db/schema.ts" && !file.startsWith("src/db/"))
        violations.push({
          rule: "schema-gathers-only",
          file,
          detail: "imports src/db/schema.ts: a module's tables are reached through its own files",
        });
      if (fromModule && !isTest(file) && platformFiles.includes(edge.to))
        violations.push({
          rule: "no-platform-import",
          file,
          detail: `imports ${edge.to}: a command receives the platform instead`,
        });
      const sqlAllowed = isRepo(file) || isTables(file) || file.startsWith("src/db/") || isTest(file);
      if (!sqlAllowed && /^drizzle-orm(\/|$)/.test(edge.to) && edge.values.length > 0)
        violations.push({
          rule: "sql-in-repos",
          file,
          detail: `imports ${edge.values.join(", ")} from ${edge.to}: queries belong in a *.repo.ts file`,
        });
    }
    const sqlAllowed = isRepo(file) || file.startsWith("src/db/") || isTest(file);
    if (!sqlAllowed && /\.execute\(\s*["'`]/.test(source.text))
      violations.push({
        rule: "sql-in-repos",
        file,
        detail: "runs SQL text: queries belong in a *.repo.ts file",
      });
  }
  for (const cycle of cycles(graph))
    violations.push({ rule: "cycle", file: cycle[0] as string, detail: [...cycle, cycle[0]].join(" → ") });
  return violations;
}

/** Cycles of imports among the files, type-only ones included, each as the files in it (Tarjan's strongly connected components). */
export function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  // Type-only imports count too: they are erased when compiled, but a cycle of types is still two
  // files that cannot be understood, moved or tested apart (a type belongs with what it describes).
  const next = (file: string) =>
    (graph.get(file)?.imports ?? []).map((e) => e.to).filter((to) => graph.has(to));
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const to of next(file)) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file) as number, index.get(to) as number));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || next(file).includes(file)) found.push(component.reverse());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return found;
}
