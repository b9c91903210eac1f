// The ids around one question's field, named once for the form group that renders them and the fields they describe.

/** The hint is `${id}-hint` and the error message `${id}-error`; both describe the field (or the fieldset). */
export function describedBy(id: string, parts: { hint: boolean; error: boolean }): string | undefined {
  return [parts.hint && `${id}-hint`, parts.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}
