import { z } from 'zod';

/**
 * The questions a researcher asks of the sample corpus (corpus/seeds), as GraphQL. One list feeds
 * both GraphiQL (one tab each, the first one open) and docs/graphql-examples.md
 * (scripts/graphql-examples.ts runs them and writes the real answers), so the page and the docs
 * cannot drift apart. The keys are the seeds' real keys: the examples answer on a fresh `npm start`.
 */
export const ExampleSchema = z.object({
  /** The question, as a researcher asks it. */
  title: z.string().min(1),
  /** What the query shows and why it is written this way (Markdown). */
  why: z.string().min(1),
  /** A named operation: GraphiQL titles the tab with the name. */
  query: z.string().regex(/^query [A-Z]\w* /, 'expected a named query operation'),
  /** The directive the question is about: the explorer opens at it... */
  directiveKey: z.string().startsWith('doc:'),
  /** ...looking this way: DOWN to what implements it, UP to what it implements. */
  direction: z.enum(['UP', 'DOWN']).default('DOWN'),
});
export type Example = z.output<typeof ExampleSchema>;

const KEY_17_CT = 'doc:17/CT-UBND|org:ubnd@p01|2021';
const KEY_100_CV = 'doc:100-CV/DDU|org:dang-uy@w20200|2021';

export const EXAMPLES: readonly Example[] = z.array(ExampleSchema).min(1).parse([
  {
    title: 'Which documents carry out Chỉ thị 17/CT-UBND, directly or through others, and on what evidence?',
    why: '`lineage` DOWN walks from the order to everything that implements it, with the depth of each document and, for every link, the rule that found it and its confidence. An unnumbered document (seed 003) stays under an issuer of unknown area rather than a guess.',
    query: `query CarriedOutBy17CT {
  lineage(key: "${KEY_17_CT}", direction: DOWN) {
    depths { directive { number issuer { name } } depth }
    edges { from { number } to { number } type evidence { rule confidence } }
  }
}`,
    directiveKey: KEY_17_CT,
  },
  {
    title: 'Which ward tasks derive from it, and through which chain?',
    why: '`derivedTasks` walks down from the order and keeps the tasks assigned to ward-level units, each with the chain of directives from the order and the evidence of every link. Paginated: `first`/`after`, `totalCount`.',
    query: `query WardTasksFrom17CT {
  derivedTasks(order: "${KEY_17_CT}", level: WARD, first: 2) {
    totalCount
    nodes {
      task { clause text units { unit { name level } role } }
      directive { number }
      chain { number }
      links { from { number } to { number } evidence { sentence } }
      mandate { text }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    directiveKey: KEY_17_CT,
  },
  {
    title: 'Where does the ward Party committee\'s letter 100-CV/ĐU come from?',
    why: '`lineage` UP walks to what it implements. The seed prints "Quận ủy Liên Chiêu" (a lost diacritic); the link still lands on Quận ủy Liên Chiểu of Đà Nẵng, and nothing of the Hà Nội documents with similar numbers is reached.',
    query: `query WhereDoes100CVComeFrom {
  lineage(key: "${KEY_100_CV}", direction: UP) {
    depths { directive { number issuer { name area } } depth }
    edges { from { number } to { number } type depth evidence { sentence } }
  }
}`,
    directiveKey: KEY_100_CV,
    direction: 'UP',
  },
  {
    title: 'Which documents carry out Chỉ thị 17/CT-UBND, and where do they say so?',
    why: 'The number alone finds the directive and its key (numbers are unique per issuer; an ambiguous one is an error that lists the candidates). `implementedBy` gives each implementing document with the sentence that states the link and its offsets in that document.',
    query: `query FindByNumber17CT {
  directive(number: "17/CT-UBND") {
    key
    number
    docType
    issuedOn
    issuer { name level }
    implementedBy {
      directive { number title issuer { name } }
      evidence { sentence statedIn span }
    }
  }
}`,
    directiveKey: KEY_17_CT,
  },
]);

/** The operation's name: GraphiQL's title for the example's tab. */
export function operationName(example: Example): string {
  return /^query (\w+)/.exec(example.query)?.[1] ?? example.title;
}

/**
 * Where the explorer page shows a directive's cascade: `/?k=<directive key>`, with `&dir=UP` when
 * it looks up (the explorer's own URL state, src/explorer/state.ts; DOWN is its default).
 */
export function explorerUrl(example: Pick<Example, 'directiveKey' | 'direction'>): string {
  const params = new URLSearchParams({ k: example.directiveKey });
  if (example.direction === 'UP') params.set('dir', 'UP');
  return `/?${params}`;
}

/** GraphiQL with a query in a tab of its own: `/graphiql?query=<query>` (GraphiQL's usual parameter). */
export function graphiqlUrl(query: string): string {
  return `/graphiql?query=${encodeURIComponent(query)}`;
}
