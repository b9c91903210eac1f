// Fills {placeholders} in the letters' fixed words. On its own so the browser code can use it without the schema.

/** Puts values into a template's {placeholders}, in one pass: a value is never filled again, so an answer typed with
 * braces stays as typed. A placeholder with no value is left for a later pass. */
export function fill(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
