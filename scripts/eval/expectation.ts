import { z } from 'zod';

/**
 * The hand-written truth for one document of the evaluation corpus (tests/fixtures/eval/). One
 * file beside each document, same name with `.yaml`, `.yml` or `.json`. Types are inferred here and
 * nowhere else. This module imports nothing from src/: the yardstick must not move with the parser.
 */

export const Style = z.enum(['web-copy', 'html', 'headless', 'news', 'scan', 'clean']);
export type Style = z.infer<typeof Style>;

export const Split = z.enum(['tune', 'holdout']);
export type Split = z.infer<typeof Split>;

export const Level = z.enum(['central', 'province', 'district', 'ward', 'commune']);
export const Family = z.enum(['party', 'state']);

/** An organisation as the text names it; several strings are equally right names of one body. */
export const OrgName = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export type OrgName = z.infer<typeof OrgName>;

export const Relation = z.enum(['implements', 'basis', 'cites']);
export type Relation = z.infer<typeof Relation>;

export const ExpectedCitation = z.union([
  z.object({
    number: z.string().min(1),
    /** Omitted: the text does not let a reader tell the issuer, so it is not scored. */
    issuer: OrgName.optional(),
    relation: Relation,
  }).strict(),
  z.object({
    /** A document cited by name only (a Law, a congress resolution, a Quy chế): kind `named`. */
    name: z.string().min(1),
    issuer: OrgName.optional(),
    relation: Relation,
  }).strict(),
]);
export type ExpectedCitation = z.infer<typeof ExpectedCitation>;

export const Role = z.enum(['lead', 'support', 'assigned']);
export type Role = z.infer<typeof Role>;

/**
 * A unit: its name (or names) alone when its role is `assigned`, else `{ name, role }`. A list of
 * kinds written as one phrase ("các huyện ủy, thị ủy, thành ủy") is one unit or, equally right,
 * one unit per kind: `parts` names those, and a parser that splits the phrase is not penalised.
 */
export const ExpectedUnit = z.union([
  OrgName.transform((name) => ({ name, role: 'assigned' as Role, parts: undefined as OrgName[] | undefined })),
  z.object({ name: OrgName, role: Role.default('assigned'), parts: z.array(OrgName).min(2).optional() }).strict(),
]);
export type ExpectedUnit = z.output<typeof ExpectedUnit>;

export const ExpectedTask = z.object({
  /** Words of the task's text, as printed: a found task matches when its text contains them. */
  anchor: z.string().min(3),
  units: z.array(ExpectedUnit).min(1),
}).strict();
export type ExpectedTask = z.infer<typeof ExpectedTask>;

export const Expectation = z.object({
  style: Style,
  split: Split,
  level: Level,
  family: Family,
  /** Why the document is in the corpus: the patterns it exercises. */
  covers: z.array(z.string().min(1)).min(1),
  /** The document's own identity; null where the text does not give it. */
  document: z.object({
    number: z.string().min(1).nullable(),
    type: z.string().min(1).nullable(),
    date: z.iso.date().nullable(),
    issuer: OrgName.nullable(),
  }).strict(),
  citations: z.array(ExpectedCitation).default([]),
  tasks: z.array(ExpectedTask).default([]),
}).strict();
export type Expectation = z.output<typeof Expectation>;
