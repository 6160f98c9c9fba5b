import { cypher, type Query } from '../query.js';
import type { DirectiveRow, OrganizationRow, PersonRow, ReferencedRow, RekeyRow } from './rows.js';

/**
 * Node writers: one UNWIND ... MERGE per kind of node. A cited-only directive never overwrites what
 * an ingested one says about itself; an ingested one overwrites everything (its text is the source).
 */

/**
 * An organisation already in the graph takes a new row's name by the rule of
 * src/ingest/organizations.ts (issuer before unit, literal before inferred, then code-point
 * order), so the name it ends with does not depend on which batch came first.
 */
export function mergeOrganizations(rows: OrganizationRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      OPTIONAL MATCH (old:Organization {key: row.key})
      WITH row, old IS NULL OR CASE
          WHEN row.issuer <> old:Issuer THEN row.issuer
          WHEN (row.resolvedBy IS NULL) <> (old.resolvedBy IS NULL) THEN row.resolvedBy IS NULL
          WHEN row.name <> old.name THEN row.name < old.name
          ELSE coalesce(row.resolvedBy, '') < coalesce(old.resolvedBy, '') END AS rowWins
      MERGE (o:Organization {key: row.key})
      ON CREATE SET o.name = row.name, o.kind = row.kind, o.level = row.level, o.area = row.area,
        o.provinceCode = row.provinceCode, o.districtCode = row.districtCode, o.wardCode = row.wardCode,
        o.collective = row.collective, o.resolvedBy = row.resolvedBy, o.parentKey = row.parentKey,
        o.parentRule = row.parentRule
      ON MATCH SET o.resolvedBy = CASE WHEN row.resolvedBy IS NULL OR o.resolvedBy IS NULL THEN null
          WHEN rowWins THEN row.resolvedBy ELSE o.resolvedBy END,
        o.name = CASE WHEN rowWins THEN row.name ELSE o.name END,
        o.kind = coalesce(o.kind, row.kind), o.level = coalesce(o.level, row.level),
        o.area = coalesce(o.area, row.area), o.provinceCode = coalesce(o.provinceCode, row.provinceCode),
        o.districtCode = coalesce(o.districtCode, row.districtCode), o.wardCode = coalesce(o.wardCode, row.wardCode),
        o.parentRule = CASE WHEN o.parentKey IS NULL THEN row.parentRule ELSE o.parentRule END,
        o.parentKey = coalesce(o.parentKey, row.parentKey)
      FOREACH (_ IN CASE WHEN row.issuer THEN [1] ELSE [] END | SET o:Issuer)
      FOREACH (_ IN CASE WHEN row.unit THEN [1] ELSE [] END | SET o:Unit)
    `,
    params: { rows },
  };
}

export function mergeDirectives(rows: DirectiveRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (d:Directive {key: row.key})
      SET d.status = 'ingested', d.series = row.series, d.numberKey = row.numberKey, d.number = row.number,
        d.docType = row.docType, d.title = row.title, d.issuedOn = date(row.issuedOn),
        d.meetingOn = date(row.meetingOn), d.place = row.place, d.level = row.level, d.family = row.family,
        d.issuerKey = row.issuerKey, d.sourcePath = row.sourcePath, d.sourceSha256 = row.sourceSha256,
        d.encoding = row.encoding, d.ingestedAt = datetime(), d.resolvedBy = coalesce(row.resolvedBy, d.resolvedBy),
        d.searchText = row.searchText, d.warningCodes = row.warningCodes, d.warningMessages = row.warningMessages
    `,
    params: { rows },
  };
}

/** Cited documents: created as `referenced`; an existing node only gets the fields it lacks. */
export function mergeReferenced(rows: ReferencedRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (d:Directive {key: row.key})
      ON CREATE SET d.status = 'referenced', d.series = row.series, d.numberKey = row.numberKey,
        d.number = row.number, d.docType = row.docType, d.title = row.title, d.issuedOn = date(row.issuedOn),
        d.level = row.level, d.issuerKey = row.issuerKey, d.resolvedBy = row.resolvedBy,
        d.searchText = row.searchText
      WITH d, row WHERE d.status = 'referenced'
      SET d.title = coalesce(d.title, row.title), d.issuedOn = coalesce(d.issuedOn, date(row.issuedOn)),
        d.level = coalesce(d.level, row.level), d.searchText = coalesce(d.searchText, row.searchText),
        d.docType = CASE WHEN d.docType = 'Khác' THEN row.docType ELSE d.docType END
    `,
    params: { rows },
  };
}

export function mergePersons(rows: PersonRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (p:Person {key: row.key})
      ON CREATE SET p.name = row.name
    `,
    params: { rows },
  };
}

/**
 * A cited-only node known by a key without year (a citation without date) takes the full key of
 * the document found to be it. Guarded: only a `referenced` node, only when the full key is free.
 */
export function rekeyDirectives(rows: RekeyRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      WHERE d.status = 'referenced' AND NOT EXISTS { MATCH (:Directive {key: row.to}) }
      SET d.key = row.to, d.resolvedBy = row.resolvedBy
    `,
    params: { rows },
  };
}

/** An ingested directive whose file now yields another key goes back to being only cited. */
export function demoteDirectives(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (d:Directive {key: k})
      SET d.status = 'referenced', d.sourcePath = null, d.sourceSha256 = null, d.encoding = null,
        d.ingestedAt = null, d.warningCodes = null, d.warningMessages = null, d.meetingOn = null, d.place = null
    `,
    params: { keys },
  };
}
