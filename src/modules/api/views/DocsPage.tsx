import { apiTagKey } from "../../../lib/api.js";
import { hasMessage } from "../../../lib/i18n/index.js";
import type { PageContext } from "../../../views/context.js";
import {
  childrenOf,
  type DocOperation,
  type DocParameter,
  docTypeLabel,
  type JsonSchema,
  parameterPlaceLabel,
  typeOf,
} from "../api.docs.js";

/** Text of the OpenAPI document, which is written in English: marked as such on other pages. */
function English({ ctx, text }: { ctx: PageContext; text?: string }) {
  if (!text) return null;
  return ctx.locale === "en" ? <>{text}</> : <span lang="en">{text}</span>;
}

/** A message from the catalogue when it has one, else the English text of the OpenAPI document. */
function Described({ ctx, keyName, english }: { ctx: PageContext; keyName: string; english?: string }) {
  return hasMessage(ctx.locale, keyName) ? <>{ctx.t(keyName)}</> : <English ctx={ctx} text={english} />;
}

function TypeLabel({ ctx, schema }: { ctx: PageContext; schema: JsonSchema }) {
  const { type, nullable, choices } = typeOf(schema);
  let label = ctx.t(docTypeLabel(type));
  if (type === "array" && schema.items)
    label = ctx.t("api.type.array", { type: typeName(ctx, schema.items) });
  if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    label = ctx.t("api.type.map", { type: typeName(ctx, schema.additionalProperties) });
  }
  const notes: string[] = [];
  if (choices) notes.push(ctx.t("api.docs.choices", { choices: choices.join(", ") }));
  if (schema.minimum !== undefined && schema.maximum !== undefined) {
    notes.push(ctx.t("api.docs.range", { min: schema.minimum, max: schema.maximum }));
  }
  if (schema.default !== undefined) notes.push(ctx.t("api.docs.default", { value: String(schema.default) }));
  if (nullable) notes.push(ctx.t("api.docs.nullable"));
  return (
    <>
      {label}
      {notes.length > 0 && ` (${notes.join("; ")})`}
    </>
  );
}

function typeName(ctx: PageContext, schema: JsonSchema): string {
  return ctx.t(docTypeLabel(typeOf(schema).type));
}

function Fields({ ctx, schema, depth = 0 }: { ctx: PageContext; schema: JsonSchema; depth?: number }) {
  const fields = childrenOf(schema);
  if (fields.length === 0 || depth > 6) return null;
  return (
    <ul class="api-fields">
      {fields.map((f) => (
        <li key={f.name}>
          <code>{f.name}</code>: <TypeLabel ctx={ctx} schema={f.schema} />
          {f.schema.description && (
            <>
              {" — "}
              <English ctx={ctx} text={f.schema.description} />
            </>
          )}
          <Fields ctx={ctx} schema={f.schema} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}

/** A parameter's text is its operation's own, or the platform's for the shared ones (page, lang...). */
function paramKey(ctx: PageContext, op: DocOperation, p: DocParameter): string {
  const own = `api.${op.id}.param.${p.name}`;
  return hasMessage(ctx.locale, own) ? own : `api.param.${p.name}`;
}

function Parameters({ ctx, op }: { ctx: PageContext; op: DocOperation }) {
  if (op.parameters.length === 0) return <p>{ctx.t("api.docs.noParameters")}</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{`${ctx.t("api.docs.parameters")}: ${op.method} ${op.path}`}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t("api.docs.col.name")}</th>
            <th scope="col">{ctx.t("api.docs.col.in")}</th>
            <th scope="col">{ctx.t("api.docs.col.type")}</th>
            <th scope="col">{ctx.t("api.docs.col.required")}</th>
            <th scope="col">{ctx.t("api.docs.col.description")}</th>
          </tr>
        </thead>
        <tbody>
          {op.parameters.map((p: DocParameter) => (
            <tr key={`${p.in}-${p.name}`}>
              <th scope="row">
                <code>{p.name}</code>
              </th>
              <td>{ctx.t(parameterPlaceLabel(p.in))}</td>
              <td>
                <TypeLabel ctx={ctx} schema={p.schema} />
              </td>
              <td>{ctx.t(p.required ? "api.docs.yes" : "api.docs.no")}</td>
              <td>
                <Described ctx={ctx} keyName={paramKey(ctx, op, p)} english={p.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation({ ctx, op }: { ctx: PageContext; op: DocOperation }) {
  return (
    <section class="api-operation" aria-labelledby={op.id}>
      <h3 id={op.id}>
        <Described ctx={ctx} keyName={`api.${op.id}.summary`} english={op.summary} />
      </h3>
      <p>
        <span class="visually-hidden">{`${ctx.t("api.docs.method")}: `}</span>
        <code>{`${op.method} ${op.path}`}</code>
      </p>
      {op.description && (
        <p>
          <Described ctx={ctx} keyName={`api.${op.id}.description`} english={op.description} />
        </p>
      )}
      <h4>{ctx.t("api.docs.parameters")}</h4>
      <Parameters ctx={ctx} op={op} />
      {op.body && (
        <>
          <h4>{ctx.t("api.docs.body")}</h4>
          <Fields ctx={ctx} schema={op.body} />
        </>
      )}
      <h4>{ctx.t("api.docs.response")}</h4>
      {op.response ? <Fields ctx={ctx} schema={op.response} /> : <p>{ctx.t("api.docs.noResponse")}</p>}
      {op.errors.length > 0 && <p>{ctx.t("api.docs.errorStatuses", { statuses: op.errors.join(", ") })}</p>}
      <h4>{ctx.t("api.docs.example")}</h4>
      <pre>
        <code>{op.curl}</code>
      </pre>
    </section>
  );
}

/** The API reference, written for people, from the same OpenAPI document programs read. */
export function DocsPage({ ctx, operations }: { ctx: PageContext; operations: DocOperation[] }) {
  const tags = [...new Set(operations.map((op) => op.tag))];
  const tagTitle = (tag: string) => (hasMessage(ctx.locale, apiTagKey(tag)) ? ctx.t(apiTagKey(tag)) : tag);
  return (
    <>
      <h1>{ctx.t("api.docs.title")}</h1>
      <p class="lead">{ctx.t("api.docs.lead")}</p>
      <p>
        <a href="/api/openapi.json" type="application/json">
          {ctx.t("api.docs.openapi")}
        </a>
      </p>
      <nav aria-labelledby="api-contents">
        <h2 id="api-contents">{ctx.t("api.docs.contents")}</h2>
        <ul>
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`}>
                <Described ctx={ctx} keyName={`api.${op.id}.summary`} english={op.summary} />
              </a>{" "}
              <code>{`${op.method} ${op.path}`}</code>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{ctx.t("api.docs.conventions")}</h2>
      <p>{ctx.t("api.docs.pagination")}</p>
      <p>{ctx.t("api.docs.translations")}</p>
      <p>{ctx.t("api.docs.errors")}</p>
      <p>{ctx.t("api.docs.auth")}</p>
      <p>{ctx.t("api.docs.caching")}</p>
      <p>{ctx.t("api.docs.cors")}</p>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tagTitle(tag)}</h2>
          {operations
            .filter((op) => op.tag === tag)
            .map((op) => (
              <Operation key={op.id} ctx={ctx} op={op} />
            ))}
        </section>
      ))}
    </>
  );
}
