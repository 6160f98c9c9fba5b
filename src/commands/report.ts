import { DirectiveGraphError } from '../errors.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'report',
  summary: 'not built yet',
  usage: 'directive-graph report',
  async run(): Promise<number> {
    throw new DirectiveGraphError('DG_NOT_IMPLEMENTED', '"report" is not built yet');
  },
};
export default command;
