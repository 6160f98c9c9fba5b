import type { Area, DocType, Level, WarningCode } from '../../../src/model/record.js';
import type { ExpectedCitation, ExpectedRecipient, ExpectedTask } from '../factories.js';
import type { z } from 'zod';

/** The complete hand-read expectation of one seed document. */
export interface SeedExpectation {
  file: string;
  key: string;
  number: string | null;
  /** The number as printed (what its span shows). */
  numberText: string | null;
  family: 'party' | 'state' | null;
  docType: DocType;
  issuer: {
    name: string;
    body: string;
    key: string;
    kind: string;
    level: Level;
    area: Area;
    resolvedBy: string | null;
    /** What the issuer's evidence spans show. */
    evidence: string[];
  };
  issuedOn: string | null;
  issuedOnText: string | null;
  place: string | null;
  meetingOn: string | null;
  meetingOnText: string | null;
  title: string | null;
  signer: { name: string; capacity: string | null; position: string | null };
  recipients: ExpectedRecipient[];
  citations: ExpectedCitation[];
  assignments: ExpectedTask[];
  warnings: Array<z.infer<typeof WarningCode>>;
}

export type { WarningCode };
