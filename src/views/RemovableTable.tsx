import type { ComponentChildren } from "preact";
import type { PageContext } from "./context.js";
import { Form } from "./forms.js";

/**
 * A list of named things, each with a button that removes it (a form posting to its own address):
 * API tokens, a network's editors. `headings` names every column, the name's and the button's
 * included; `cells` gives the columns between them.
 */
export function RemovableTable<R extends { id: number | string; name: string }>({
  ctx,
  rows,
  empty,
  headings,
  cells,
  action,
  button,
}: {
  ctx: PageContext;
  rows: R[];
  /** What is said when there is nothing to list. */
  empty: string;
  headings: string[];
  cells: (row: R) => ComponentChildren;
  /** Where the row's button posts, without language prefix. */
  action: (row: R) => string;
  button: (row: R) => ComponentChildren;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {cells(row)}
              <td>
                <Form ctx={ctx} action={ctx.url(action(row))} class="inline-form">
                  {button(row)}
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
