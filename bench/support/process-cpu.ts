/**
 * A process's CPU time so far (user + system), from /proc/<pid>/stat: tells whether a burst was limited by the
 * server's own work or by the machine (load generator, fakes and server share the cores).
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's counters (USER_HZ): 100 on Linux on every common architecture. */
const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}
