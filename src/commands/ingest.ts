import { DirectiveGraphError } from '../errors.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'ingest',
  summary: 'not built yet',
  usage: 'directive-graph ingest',
  async run(): Promise<number> {
    throw new DirectiveGraphError('DG_NOT_IMPLEMENTED', '"ingest" is not built yet');
  },
};
export default command;
