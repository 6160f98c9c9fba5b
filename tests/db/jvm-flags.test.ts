import { describe, expect, it } from 'vitest';
import { javaArgs, MAIN_CLASS, TEST_SERVER_LAUNCHER_FLAGS, TUNING_FLAGS, type JavaCommand } from '../../src/db/jvm.js';

/** The JVM command line: launcher flags go after the main class, never among the JVM's options. */
const command: JavaCommand = { heap: '1g', home: '/tmp/h', port: 7688, jar: '/t/e.jar', lib: '/t/lib', separator: ':' };

describe('javaArgs', () => {
  it('starts with the heap and the tuning flags, and passes no JIT flag of its own', () => {
    const args = javaArgs(command);
    expect(args.filter((a) => a.startsWith('-XX:TieredStopAtLevel'))).toEqual([]);
    expect(args.slice(0, 2 + TUNING_FLAGS.length)).toEqual(['-Xms256m', '-Xmx1g', ...TUNING_FLAGS]);
  });

  it('gives the launcher --keep-plans after the main class, and only when asked', () => {
    expect(javaArgs(command)).not.toContain('--keep-plans');
    const args = javaArgs({ ...command, extra: TEST_SERVER_LAUNCHER_FLAGS });
    expect(TEST_SERVER_LAUNCHER_FLAGS).toEqual(['--keep-plans']);
    expect(args.at(-1)).toBe('--keep-plans');
    expect(args.indexOf(MAIN_CLASS)).toBeLessThan(args.indexOf('--keep-plans'));
  });
});
