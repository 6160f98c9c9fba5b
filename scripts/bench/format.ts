/** Number formatting for the tables: enough digits to compare, no false precision. */

export function num(x: number | undefined, digits?: number): string {
  if (x === undefined || !Number.isFinite(x)) return 'n/a';
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

export function ms(x: number | undefined): string {
  return x === undefined ? 'n/a' : `${num(x)} ms`;
}

export function times(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? 'n/a' : `${num(x, x >= 100 ? 0 : x >= 10 ? 1 : 2)}×`;
}

export function mib(bytes: number | undefined): string {
  return bytes === undefined ? 'n/a' : `${num(bytes / 1048576, 1)} MiB`;
}

export function seconds(msValue: number): string {
  return `${num(msValue / 1000, 1)} s`;
}

/** A change in MiB with its sign: "+3.2 MiB", "-0.4 MiB". */
export function signedMib(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return `${v >= 0 ? '+' : '-'}${Math.abs(v).toFixed(1)} MiB`;
}
