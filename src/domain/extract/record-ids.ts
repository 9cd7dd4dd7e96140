/**
 * Record ids derive from the document id and, for a statement, its span, so
 * a correction keeps naming the same record for as long as its text is unchanged.
 */
export function eventIdOf(documentId: string): string {
  return `${documentId}:event`;
}

export function statementIdOf(documentId: string, span: readonly [number, number]): string {
  return `${documentId}:${span[0]}-${span[1]}`;
}
