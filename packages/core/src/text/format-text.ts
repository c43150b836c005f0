/**
 * Fills `{name}` placeholders: `formatText('Wait {seconds} seconds', { seconds: 30 })`. A
 * placeholder with no value is left as it is, so a missing value shows instead of vanishing.
 */
export function formatText(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : placeholder,
  );
}
