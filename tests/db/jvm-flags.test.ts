import { describe, expect, it } from 'vitest';
import { javaArgs, MAIN_CLASS, SHORT_LIVED_FLAGS, SHORT_LIVED_LAUNCHER_FLAGS, TUNING_FLAGS, type JavaCommand } from '../../src/db/jvm.js';

/** The JVM command line: extra JVM flags go among the JVM's options, never after the main class. */
const command: JavaCommand = { heap: '1g', home: '/tmp/h', port: 7688, jar: '/t/e.jar', lib: '/t/lib', separator: ':' };

describe('javaArgs', () => {
  it('passes no JIT flag of its own to a server people use', () => {
    const args = javaArgs(command);
    expect(args.filter((a) => a.startsWith('-XX:TieredStopAtLevel'))).toEqual([]);
    expect(args.slice(0, 2 + TUNING_FLAGS.length)).toEqual(['-Xms256m', '-Xmx1g', ...TUNING_FLAGS]);
  });

  it('puts the short-lived flags after the tuning flags, before the class path and the main class', () => {
    const args = javaArgs({ ...command, jvmFlags: SHORT_LIVED_FLAGS });
    expect(SHORT_LIVED_FLAGS).toEqual(['-XX:TieredStopAtLevel=1']);
    expect(args.slice(2 + TUNING_FLAGS.length, 3 + TUNING_FLAGS.length)).toEqual(['-XX:TieredStopAtLevel=1']);
    expect(args.indexOf('-XX:TieredStopAtLevel=1')).toBeLessThan(args.indexOf('-cp'));
    expect(args.indexOf('-cp')).toBeLessThan(args.indexOf(MAIN_CLASS));
  });

  it('gives the launcher --keep-plans after the main class, and only when asked', () => {
    expect(javaArgs(command)).not.toContain('--keep-plans');
    const args = javaArgs({ ...command, extra: SHORT_LIVED_LAUNCHER_FLAGS });
    expect(args.at(-1)).toBe('--keep-plans');
    expect(args.indexOf(MAIN_CLASS)).toBeLessThan(args.indexOf('--keep-plans'));
  });
});
