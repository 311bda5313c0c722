import { messageKeys } from "../../../lib/i18n/keys.js";
import type { FieldErrors } from "../../../lib/validation.js";
import type { PageContext } from "../../../views/context.js";

/** What every accounts form view receives: the values typed so far and the errors to show. */
export interface FormViewProps {
  ctx: PageContext;
  values?: Record<string, string | null | undefined>;
  errors?: FieldErrors;
}

const notices = [
  "confirmed",
  "profileSaved",
  "emailSent",
  "emailChanged",
  "passwordChanged",
  "passwordReset",
  "confirmationSent",
  "tokenRevoked",
] as const;
const noticeText = messageKeys("accounts.notice", notices);

/** A one-line confirmation after a redirect (?notice=...), from a fixed list of messages. */
export function Notice({ ctx, notice }: { ctx: PageContext; notice?: string }) {
  const known = notices.find((n) => n === notice);
  if (!known) return null;
  return (
    <div class="notice" role="status">
      <p>{ctx.t(noticeText(known))}</p>
    </div>
  );
}

export function Submit({ label, danger }: { label: string; danger?: boolean }) {
  return (
    <button type="submit" class={danger ? "danger" : undefined}>
      {label}
    </button>
  );
}
