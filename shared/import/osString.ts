/**
 * An operating system from the free text inventories hold: VMware's guest names ("Microsoft
 * Windows Server 2019 (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)"), VMware Tools' reports
 * ("Ubuntu 22.04.3 LTS"), Kubernetes' osImage ("Ubuntu 22.04.4 LTS", "Bottlerocket OS 1.19.2").
 * A string naming no known family is kept whole as family `other`.
 */
import type { Os, OsFamily } from '../model/os';

const FAMILY_WORDS: readonly (readonly [RegExp, OsFamily])[] = [
  [/windows/i, 'windows'],
  [/\b(free|open|net|dragonfly)bsd\b|\bbsd\b/i, 'bsd'],
  [/solaris|\baix\b|hp-?ux|\bunix|sco |openserver|unixware|illumos|smartos/i, 'unix'],
  [
    /linux|ubuntu|debian|cent ?os|red ?hat|\brhel\b|suse|\bsles\b|fedora|rocky|alma|photon|oracle linux|amazon|coreos|flatcar|bottlerocket|talos|alpine|gentoo|mint|arch|container-optimized|mariner|asianux|miracle|turbolinux|mandr|kylin|openeuler|anolis/i,
    'linux',
  ],
];

const NOISE = /\((32|64)-bit\)|\b(32|64)-bit\b|\bx86_64\b|\bamd64\b/gi;

export function parseOsString(text: string): Os | null {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole === '') return null;
  const family = FAMILY_WORDS.find(([re]) => re.test(whole))?.[1];
  if (family === undefined) return { family: 'other', name: whole, version: '' };
  const clean = whole.replace(NOISE, '').replace(/\s+/g, ' ').trim();
  // VMware's "Other 3.x or later Linux": a family, but no name and version to pull apart.
  if (/^other\b/i.test(clean)) return { family, name: clean, version: '' };
  // The version is the first number that follows a word ("Server 2019", "Linux 8", "22.04.3").
  const m = /^(.*?)\s+v?(\d+(?:\.\d+)*)\b/.exec(clean);
  let name = (m ? m[1] : clean) ?? clean;
  const version = m ? (m[2] ?? '') : '';
  name = name
    .replace(/^Microsoft\s+/i, '')
    .replace(/\s*\/\s*$/, '')
    .trim();
  return { family, name: name === '' ? clean : name, version };
}

/** The first OS of `candidates` that says anything (VMware Tools before the configuration file). */
export function firstOs(...candidates: readonly string[]): Os | null {
  for (const c of candidates) {
    const os = parseOsString(c);
    if (os) return os;
  }
  return null;
}
