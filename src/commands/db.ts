import { DirectiveGraphError } from '../errors.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'db',
  summary: 'not built yet',
  usage: 'directive-graph db',
  async run(): Promise<number> {
    throw new DirectiveGraphError('DG_NOT_IMPLEMENTED', '"db" is not built yet');
  },
};
export default command;
