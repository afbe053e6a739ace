// The parts every public form shows when it comes back with errors: a summary at the top that links
// to each field (focus moves there with one click or Enter), the message under the field, and the
// field's aria-describedby pointing at both its help and its message.

export interface FieldError {
  field: string;
  message: string;
}

export function ErrorSummary({ title, errors }: { title: string; errors: readonly FieldError[] }) {
  if (!errors.length) return null;
  return (
    <div class="notice" role="alert" id="form-errors">
      <p>{title}</p>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#f-${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorText({ id, errors }: { id: string; errors: readonly FieldError[] }) {
  const e = errors.find((x) => x.field === id);
  return e ? (
    <p class="field-error" id={`err-${id}`}>
      {e.message}
    </p>
  ) : null;
}

/** The ids a field's aria-describedby names: its help text, and its error message when it has one. */
export const describedBy = (id: string, errors: readonly FieldError[], help?: string): string | undefined =>
  [help, errors.some((e) => e.field === id) ? `err-${id}` : undefined].filter(Boolean).join(' ') || undefined;
