import { DirectiveGraphError } from '../errors.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'start',
  summary: 'not built yet',
  usage: 'directive-graph start',
  async run(): Promise<number> {
    throw new DirectiveGraphError('DG_NOT_IMPLEMENTED', '"start" is not built yet');
  },
};
export default command;
