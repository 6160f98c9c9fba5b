import { DirectiveGraphError } from '../errors.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'parse',
  summary: 'not built yet',
  usage: 'directive-graph parse',
  async run(): Promise<number> {
    throw new DirectiveGraphError('DG_NOT_IMPLEMENTED', '"parse" is not built yet');
  },
};
export default command;
