import { describe, expect, it } from 'vitest';
import { MAX_NODES } from '../model/plan';
import { validatePlan } from '../validate/validatePlan';
import { byName, failure, file, ofKind, ok } from './test-support/importHelpers';
import { SHOP_COMPOSE } from './test-support/inventoryFixtures';

const COMPOSE = `${SHOP_COMPOSE}  broken:
    image: x
    mem_limit: lots
`;

describe('Compose', () => {
  it('maps services to containers on one new Docker host, with demand, images and links', async () => {
    const r = await ok([file('compose.yaml', COMPOSE)]);
    expect(r.formats).toEqual(['compose']);
    expect(r.plan.name).toBe('shop');
    const [host] = ofKind(r.plan, 'server');
    expect(host).toMatchObject({ name: 'shop Docker host', os: { family: 'linux' } });
    expect(ofKind(r.plan, 'runtime')).toMatchObject([{ engine: 'Docker', parentId: host?.id }]);
    const containers = ofKind(r.plan, 'container');
    expect(containers.map((c) => c.name)).toEqual([
      'shop-web-1',
      'shop-web-2',
      'shop-web-3',
      'shop-api-1',
      'shop-api-2',
      'shop-db-1',
    ]);
    expect(byName(r.plan, 'shop-web-1')).toMatchObject({
      cpu: 0.5,
      ramGiB: 0.5,
      image: 'nginx:1.27',
      service: 'web',
    });
    expect(byName(r.plan, 'shop-api-1')).toMatchObject({
      cpu: 1.5,
      ramGiB: 1,
      image: 'shop-api',
      service: 'api',
    });
    // reservations when there are no limits; the container default CPU when nothing is said
    expect(byName(r.plan, 'shop-db-1')).toMatchObject({ cpu: 0.5, ramGiB: 4 });
    const id = (name: string) => byName(r.plan, name).id;
    expect(r.plan.links.map((l) => [l.from, l.to])).toEqual([
      [id('shop-web-1'), id('shop-api-1')],
      [id('shop-api-1'), id('shop-db-1')],
    ]);
    expect(r.skipped).toEqual({ profiles: 1, invalid: 1 });
    expect(r.warnings).toMatchObject([
      {
        file: 'compose.yaml',
        row: null,
        column: 'services.broken.mem_limit',
        message:
          'service "broken": "lots" is not a memory size (512m, 1g, 4G) above zero — skipped',
      },
    ]);
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it("takes a profile's services when asked", async () => {
    const r = await ok([file('compose.yaml', COMPOSE)], { profile: 'debug' });
    expect(r.plan.nodes.some((n) => n.name === 'shop-debug-1')).toBe(true);
    expect(r.skipped.profiles).toBeUndefined();
  });

  it('names the line of a YAML error', async () => {
    expect(
      await failure([file('compose.yaml', 'services:\n  web:\n    image: [unclosed\n')]),
    ).toMatch(/^compose\.yaml: line \d+: /);
  });

  // Fuzzing: `replicas: 1e308` made containers until memory ran out; 300,000 took seconds to
  // build and was then refused by the plan's node limit.
  it('refuses replicas past what a plan holds, before making a container', async () => {
    const started = performance.now();
    expect(
      await failure([
        file(
          'compose.yaml',
          'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 1e308\n',
        ),
      ]),
    ).toBe(
      `compose.yaml: services.web.deploy.replicas: service "web": 1e+308 replicas bring the plan past the ${MAX_NODES} nodes it holds — refused`,
    );
    // The total counts: two services of 60,000 are refused at the second, named by its `scale`.
    const two = 'services:\n  a:\n    scale: 60000\n  b:\n    scale: 60000\n';
    expect(await failure([file('compose.yaml', two)])).toMatch(
      /^compose\.yaml: services\.b\.scale: service "b": 60000 replicas /,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('makes the Docker host no bigger than a server may be', async () => {
    // 50 × 1,000 CPUs and 50 × 2,000 GiB: the host stops at 4,096 cores and 65,536 GiB.
    const r = await ok([
      file(
        'compose.yaml',
        'services:\n  big:\n    scale: 50\n    cpus: 1000\n    mem_limit: 2000g\n',
      ),
    ]);
    expect(ofKind(r.plan, 'server')).toMatchObject([{ cpuCores: 4096, ramGiB: 65_536 }]);
    expect(ofKind(r.plan, 'container')).toHaveLength(50);
  });
});
