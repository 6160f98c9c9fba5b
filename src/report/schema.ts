import { z } from 'zod';

/**
 * The two report documents as zod schemas: the JSON format writes exactly these, the other formats
 * render them, and `schema/report-*.schema.json` is generated from them (scripts/report-schema.ts,
 * checked by a test), so the types and the published schema have one source.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO 8601 date');

export const ReportLevel = z.enum(['ward', 'district', 'all']);
export type ReportLevel = z.infer<typeof ReportLevel>;

export const OrgRef = z.object({
  key: z.string(),
  name: z.string().nullable(),
  level: z.string().nullable().describe('central | province | district | ward | internal'),
  area: z.string().nullable(),
});

export const DocRef = z.object({
  key: z.string(),
  number: z.string().nullable().describe('as printed (308-TB/QU); null for an unnumbered document'),
  docType: z.string().nullable(),
  title: z.string().nullable().describe('trích yếu'),
  issuedOn: isoDate.nullable(),
  meetingOn: isoDate.nullable().describe('the meeting a Thông báo kết luận reports'),
  status: z.string().nullable().describe('ingested | referenced (only known from citations)'),
  level: z.string().nullable().describe('level of its issuer'),
  issuer: OrgRef.nullable(),
  issuedBy: z.string().nullable().describe('who signs, as the document names it'),
});
export type DocRef = z.infer<typeof DocRef>;

export const Link = z.object({
  to: z.string().describe('key of the directive this one implements (or cites)'),
  type: z.enum(['IMPLEMENTS', 'BASED_ON', 'CITES']),
  sentence: z.string().nullable().describe('the sentence that states the link'),
  statedIn: z.string().nullable(),
  rule: z.string().nullable(),
  confidence: z.number().nullable(),
  resolvedBy: z.string().nullable().describe('set when the link is an inference, not a literal match'),
});

export const TreeNode = z.object({
  directive: DocRef,
  depth: z.number().int().min(0),
  parent: z.string().nullable().describe('key of the parent drawn in the tree (a directive one level up)'),
  links: z.array(Link).describe('every link from this directive to another of the tree'),
  lagDays: z.number().int().nullable().describe('days from the order to this directive'),
});

export const LevelSummary = z.object({
  level: z.string(),
  documents: z.number().int(),
  tasks: z.number().int().nullable().describe('tasks with a unit of this level (ward and district only)'),
  earliest: isoDate.nullable(),
  latest: isoDate.nullable(),
  lagDaysEarliest: z.number().int().nullable(),
  lagDaysLatest: z.number().int().nullable(),
});

export const TaskUnit = z.object({
  key: z.string(),
  name: z.string().nullable(),
  level: z.string().nullable(),
  role: z.string().nullable().describe('lead | support | assigned'),
  directedBy: z.string().nullable().describe('the unit of the same task the document asks to direct this one ("X chỉ đạo Y"): its name; null when the document assigns this unit itself'),
});

export const Mandate = z.object({
  directive: DocRef,
  clause: z.string().nullable(),
  text: z.string(),
});

export const DerivedTask = z.object({
  id: z.string(),
  depth: z.number().int(),
  clause: z.string().nullable(),
  text: z.string(),
  deadline: isoDate.nullable(),
  units: z.array(TaskUnit),
  directive: DocRef.describe('the assigning directive'),
  chain: z.array(z.string()).describe('numbers (or keys) from the order down to the assigning directive'),
  chainKeys: z.array(z.string()),
  mandate: Mandate.nullable().describe('the upstream task that gave the assigning issuer this work'),
});
export type DerivedTask = z.infer<typeof DerivedTask>;

const Ref = z.object({ key: z.string(), number: z.string().nullable() });
const Capped = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), truncated: z.boolean() });

export const Caveats = z.object({
  citations: Capped(z.object({
    reason: z.enum(['issuer-unknown', 'ambiguous']), citing: Ref, target: Ref, relation: z.string(),
    evidence: z.string().nullable(), candidates: z.array(z.string()),
  })),
  inferredLinks: Capped(z.object({
    from: Ref, to: Ref, type: z.string(), sentence: z.string().nullable(), rule: z.string().nullable(),
    confidence: z.number().nullable(), resolvedBy: z.string().nullable(),
  })),
  datesInverted: Capped(z.object({
    implementing: Ref.extend({ date: isoDate }), implemented: Ref.extend({ date: isoDate }), evidence: z.string().nullable(),
  })),
  issuersUnknownArea: Capped(z.object({ key: z.string(), name: z.string().nullable(), directives: z.array(z.string()) })),
  unresolvedUnits: Capped(z.object({ directive: Ref, message: z.string() })),
});
export type Caveats = z.infer<typeof Caveats>;

const Parameters = z.object({
  order: z.string().describe('the reference as given (number or key)'),
  issuer: z.string().nullable(),
  maxDepth: z.number().int(),
});

export const DerivedTasksReport = z.object({
  report: z.literal('derived-tasks'),
  generatedAt: z.string().describe('ISO 8601 date-time'),
  parameters: Parameters.extend({ level: ReportLevel }),
  order: DocRef,
  summary: z.object({
    documents: z.number().int().describe('directives below the order'),
    tasks: z.number().int().describe('tasks at the chosen level'),
    units: z.number().int().describe('distinct units those tasks name'),
    byLevel: z.array(LevelSummary),
  }),
  tree: z.object({ nodes: z.array(TreeNode), truncated: z.boolean() }),
  tasks: z.object({ items: z.array(DerivedTask), total: z.number().int(), truncated: z.boolean() }),
  caveats: Caveats,
});
export type DerivedTasksReport = z.infer<typeof DerivedTasksReport>;

export const CoverageAnswer = z.object({ directive: DocRef, lagDays: z.number().int().nullable() });

export const CoverageUnit = z.object({
  kind: z.enum(['ward', 'assigned']).describe('ward: from the gazetteer; assigned: named by a task of the tree'),
  key: z.string().nullable().describe('organisation key (assigned) or null'),
  code: z.string().nullable().describe('GSO ward code (ward) or null'),
  name: z.string(),
  level: z.string().nullable(),
  district: z.string().nullable(),
  answered: z.boolean().describe('answered by itself, or (a ward) by a commune that absorbed it in the 1 July 2025 reform'),
  answers: z.array(CoverageAnswer).describe('implementing directives of the unit in the tree, earliest first'),
  answeredVia: z.array(z.object({
    successor: z.object({ code: z.string().describe('GSO code on the 2025 map'), name: z.string() }),
    answers: z.array(CoverageAnswer),
  })).describe('a ward: the communes of the 2025 map that absorbed it and answered, each with its implementing directives'),
  taskCount: z.number().int(),
  tasks: z.array(z.object({ directive: z.string(), number: z.string().nullable(), clause: z.string().nullable(), role: z.string().nullable() })),
});
export type CoverageUnit = z.infer<typeof CoverageUnit>;

export const CoverageReport = z.object({
  report: z.literal('coverage'),
  generatedAt: z.string(),
  parameters: Parameters,
  order: DocRef,
  summary: z.object({
    units: z.number().int(),
    answered: z.number().int(),
    notAnswered: z.number().int(),
    documents: z.number().int().describe('directives below the order'),
  }),
  districts: z.array(z.object({ code: z.string(), name: z.string(), wardCount: z.number().int(), answeredWards: z.number().int() })),
  units: z.array(CoverageUnit).describe('not answered first'),
  truncated: z.boolean(),
});
export type CoverageReport = z.infer<typeof CoverageReport>;

/** The published JSON Schemas, by file name under schema/. */
export function reportJsonSchemas(): Record<string, unknown> {
  const titled = (schema: z.ZodType, title: string) => {
    const { $schema, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
    return { $schema, title, ...rest };
  };
  return {
    'report-derived-tasks.schema.json': titled(DerivedTasksReport, 'directive-graph derived-tasks report (directive-graph report derived-tasks --format json)'),
    'report-coverage.schema.json': titled(CoverageReport, 'directive-graph coverage report (directive-graph report coverage --format json)'),
  };
}
