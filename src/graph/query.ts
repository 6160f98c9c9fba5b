/**
 * A query as data: Cypher text with `$name` placeholders and the values for them. Builders in
 * src/graph/write and src/graph/read return these; only src/graph/run.ts hands them to the driver.
 * Values never go into the text: the text of a builder depends only on which builder it is.
 */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

/** Tag for Cypher literals: joins lines and trims the shared indentation, so snapshots stay readable. */
export function cypher(strings: TemplateStringsArray): string {
  const lines = strings.join('').split('\n');
  const body = lines.filter((l) => l.trim() !== '');
  const indent = Math.min(...body.map((l) => l.length - l.trimStart().length));
  return body.map((l) => l.slice(indent).trimEnd()).join('\n');
}
