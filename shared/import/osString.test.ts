import { describe, expect, it } from 'vitest';
import { firstOs, parseOsString } from './osString';

describe('parseOsString', () => {
  it.each([
    ['Microsoft Windows Server 2019 (64-bit)', 'windows', 'Windows Server', '2019'],
    ['Microsoft Windows Server 2022 Datacenter', 'windows', 'Windows Server', '2022'],
    ['Microsoft Windows 10 (64-bit)', 'windows', 'Windows', '10'],
    ['Red Hat Enterprise Linux 8 (64-bit)', 'linux', 'Red Hat Enterprise Linux', '8'],
    ['Ubuntu 22.04.3 LTS', 'linux', 'Ubuntu', '22.04.3'],
    ['Ubuntu Linux (64-bit)', 'linux', 'Ubuntu Linux', ''],
    ['Debian GNU/Linux 12 (bookworm)', 'linux', 'Debian GNU/Linux', '12'],
    ['CentOS 7 (64-bit)', 'linux', 'CentOS', '7'],
    ['SUSE Linux Enterprise 15 (64-bit)', 'linux', 'SUSE Linux Enterprise', '15'],
    ['VMware Photon OS (64-bit)', 'linux', 'VMware Photon OS', ''],
    ['Other 3.x or later Linux (64-bit)', 'linux', 'Other 3.x or later Linux', ''],
    ['FreeBSD 13 (64-bit)', 'bsd', 'FreeBSD', '13'],
    ['Oracle Solaris 11 (64-bit)', 'unix', 'Oracle Solaris', '11'],
    ['IBM AIX 7.2', 'unix', 'IBM AIX', '7.2'],
    ['Bottlerocket OS 1.19.2 (aws-k8s-1.29)', 'linux', 'Bottlerocket OS', '1.19.2'],
  ])('%s', (text, family, name, version) =>
    expect(parseOsString(text)).toEqual({ family, name, version }),
  );

  it('keeps an unknown string whole as family other', () => {
    expect(parseOsString('Novell NetWare 6.x')).toEqual({
      family: 'other',
      name: 'Novell NetWare 6.x',
      version: '',
    });
  });

  it('says nothing for an empty string, so the next source is asked', () => {
    expect(parseOsString('  ')).toBeNull();
    expect(firstOs('', 'CentOS 7 (64-bit)')).toEqual({
      family: 'linux',
      name: 'CentOS',
      version: '7',
    });
    expect(firstOs('', '')).toBeNull();
  });
});
