import { DirectiveGraphError } from '../errors.js';
import type { Command } from './types.js';

const command: Command = {
  name: 'serve',
  summary: 'not built yet',
  usage: 'directive-graph serve',
  async run(): Promise<number> {
    throw new DirectiveGraphError('DG_NOT_IMPLEMENTED', '"serve" is not built yet');
  },
};
export default command;
