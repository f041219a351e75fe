/**
 * The group as a mixed-integer program in CPLEX LP format, for an exact solver (HiGHS): binary
 * x(u,j) puts unit u on host j, binary y(j) opens host j; minimize the hosts opened. Constraints:
 * each unit on one host; per host, vCPU and RAM within capacity × headroom; at most one unit of an
 * anti-affinity set per host; at least the HA volume bound of hosts (k hosts may fail and the rest
 * hold everything at full capacity). Symmetry is broken by opening hosts in order and by putting
 * the largest anti-affinity set (or the largest unit) on the first hosts.
 *
 * The engine's HA restart (a greedy placement) is not linear, so this is a relaxation: its optimum
 * is a lower bound on any layout that passes the HA test, and its layout is tested like any other.
 */
import type { Instance } from './instance';
import { decreasing, Layout } from './layout';
import type { MipAnswer } from './types';

const x = (u: number, j: number): string => `x${u}_${j}`;
const y = (j: number): string => `y${j}`;

/** Writes `name: terms op rhs` with a few terms per line (LP readers cap line length). */
function row(out: string[], name: string, terms: readonly string[], tail: string): void {
  out.push(` ${name}:`);
  for (let i = 0; i < terms.length; i += 12) out.push(`  ${terms.slice(i, i + 12).join(' ')}`);
  out.push(`  ${tail}`);
}

const num = (v: number): string => (Number.isInteger(v) ? String(v) : v.toPrecision(12));

/** The model with `hosts` hosts available and at least `atLeast` opened. */
export function exactModel(inst: Instance, hosts: number, atLeast: number): string {
  const out: string[] = ['Minimize', ' obj:'];
  const ys = Array.from({ length: hosts }, (_, j) => `+ ${y(j)}`);
  for (let i = 0; i < ys.length; i += 12) out.push(`  ${ys.slice(i, i + 12).join(' ')}`);
  out.push('Subject To');
  for (let u = 0; u < inst.size; u++) {
    row(
      out,
      `a${u}`,
      Array.from({ length: hosts }, (_, j) => `+ ${x(u, j)}`),
      '= 1',
    );
  }
  for (let j = 0; j < hosts; j++) {
    const cpu: string[] = [];
    const ram: string[] = [];
    for (let u = 0; u < inst.size; u++) {
      cpu.push(`+ ${num(inst.cpu[u] as number)} ${x(u, j)}`);
      ram.push(`+ ${num(inst.ram[u] as number)} ${x(u, j)}`);
    }
    row(out, `c${j}`, cpu, `- ${num(inst.cap.cpu)} ${y(j)} <= 0`);
    row(out, `r${j}`, ram, `- ${num(inst.cap.ram)} ${y(j)} <= 0`);
    if (j + 1 < hosts) out.push(` o${j}: ${y(j)} - ${y(j + 1)} >= 0`);
  }
  const sets = inst.memberStart.length - 1;
  for (let s = 0; s < sets; s++) {
    const from = inst.memberStart[s] as number;
    const to = inst.memberStart[s + 1] as number;
    for (let j = 0; j < hosts; j++) {
      const terms: string[] = [];
      for (let q = from; q < to; q++) terms.push(`+ ${x(inst.members[q] as number, j)}`);
      row(out, `s${s}_${j}`, terms, '<= 1');
    }
  }
  row(out, 'bound', ys, `>= ${atLeast}`);
  const fixed = firstHosts(inst).filter((_, j) => j < hosts);
  fixed.forEach((u, j) => out.push(` f${u}: ${x(u, j)} = 1`));
  out.push('Binary');
  const names: string[] = [];
  for (let j = 0; j < hosts; j++) names.push(y(j));
  for (let u = 0; u < inst.size; u++) for (let j = 0; j < hosts; j++) names.push(x(u, j));
  for (let i = 0; i < names.length; i += 12) out.push(`  ${names.slice(i, i + 12).join(' ')}`);
  out.push('End', '');
  return out.join('\n');
}

/** Units that may be put on hosts 0, 1, … by symmetry: the largest set, else the largest unit. */
function firstHosts(inst: Instance): number[] {
  let best = -1;
  let bestSize = 1;
  for (let s = 0; s + 1 < inst.memberStart.length; s++) {
    const size = (inst.memberStart[s + 1] as number) - (inst.memberStart[s] as number);
    if (size > bestSize) {
      best = s;
      bestSize = size;
    }
  }
  if (best >= 0)
    return Array.from(inst.members.subarray(inst.memberStart[best], inst.memberStart[best + 1]));
  const order = decreasing(inst);
  return order.length > 0 ? [order[0] as number] : [];
}

/** The solver's layout (hosts renumbered in order), or null when the answer has no solution. */
export function layoutFromAnswer(inst: Instance, hosts: number, answer: MipAnswer): Layout | null {
  if (answer.status !== 'optimal' && answer.status !== 'feasible') return null;
  const layout = new Layout(inst);
  for (let j = 0; j < hosts; j++) layout.addHost();
  for (let u = 0; u < inst.size; u++) {
    let at = -1;
    for (let j = 0; j < hosts && at < 0; j++) if ((answer.values.get(x(u, j)) ?? 0) > 0.5) at = j;
    if (at < 0) return null;
    layout.place(u, at);
  }
  layout.compact();
  // The solver's tolerances are not ours: refuse a layout our own check would not accept.
  for (let u = 0; u < inst.size; u++) if (!layout.fits(u, layout.hostOf[u] as number)) return null;
  return layout;
}
