import { parse } from '../docs.js';

/** Each task's units as `name [role]`, in document order: what the task-unit round tests compare. */
export const unitsOf = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => `${u.name} [${u.role}]`));

/** Each task's text, in document order. */
export const taskTexts = (text: string): string[] => parse(text).assignments.map((a) => a.text);
