const counts = new Intl.NumberFormat('en-GB');

/** A count as the app writes numbers everywhere: "1,234". One formatter, made once. */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "1 statement", "3 statements", "1,234 countries". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
