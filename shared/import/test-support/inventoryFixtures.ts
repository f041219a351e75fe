/**
 * Inventories the importers' tests and the fuzz seeds (tests/fuzz/importSeeds.ts) both start from,
 * written from the formats' public documentation.
 */

const GiB = 1024 ** 3;

/** As `pvesh get /cluster/resources --output-format json` prints it (fields per the API viewer). */
export const PROXMOX_RESOURCES = [
  {
    id: 'node/pve1',
    type: 'node',
    node: 'pve1',
    status: 'online',
    maxcpu: 32,
    maxmem: 128 * GiB,
    cpu: 0.05,
    mem: 20 * GiB,
    maxdisk: 100 * GiB,
    disk: 5 * GiB,
    level: '',
    uptime: 86400,
    cgroup_mode: 2,
  },
  { id: 'node/pve2', type: 'node', node: 'pve2', status: 'online', maxcpu: 16, maxmem: 64 * GiB },
  {
    id: 'qemu/100',
    type: 'qemu',
    vmid: 100,
    name: 'web',
    node: 'pve1',
    status: 'running',
    maxcpu: 4,
    maxmem: 8 * GiB,
    template: 0,
    hastate: 'started',
    tags: 'prod;web',
  },
  {
    id: 'qemu/101',
    type: 'qemu',
    vmid: 101,
    name: 'batch',
    node: 'pve2',
    status: 'stopped',
    maxcpu: 2,
    maxmem: 4 * GiB,
  },
  {
    id: 'qemu/9000',
    type: 'qemu',
    vmid: 9000,
    name: 'debian-template',
    node: 'pve1',
    status: 'stopped',
    maxcpu: 1,
    maxmem: GiB,
    template: 1,
  },
  {
    id: 'lxc/200',
    type: 'lxc',
    vmid: 200,
    name: 'dns',
    node: 'pve1',
    status: 'running',
    maxcpu: 1,
    maxmem: 512 * 1024 ** 2,
  },
  {
    id: 'lxc/201',
    type: 'lxc',
    vmid: 201,
    name: 'proxy',
    node: 'pve1',
    status: 'running',
    maxcpu: 2,
    maxmem: GiB,
  },
  {
    id: 'lxc/202',
    type: 'lxc',
    vmid: 202,
    name: 'broken',
    node: 'pve2',
    status: 'running',
    maxcpu: 'two',
    maxmem: GiB,
  },
  {
    id: 'storage/pve1/local',
    type: 'storage',
    storage: 'local',
    node: 'pve1',
    status: 'available',
  },
  { id: 'sdn/pve1/localnetwork', type: 'sdn', sdn: 'localnetwork', node: 'pve1' },
  {
    id: 'qemu/300',
    type: 'qemu',
    vmid: 300,
    name: 'elsewhere',
    node: 'pve9',
    maxcpu: 1,
    maxmem: GiB,
  },
];

/** A Compose project of every shape the importer maps; the tests add a broken service to it. */
export const SHOP_COMPOSE = `name: shop
x-logging: &logging
  driver: json-file
services:
  web:
    image: nginx:1.27
    deploy:
      replicas: 3
      resources:
        limits: { cpus: "0.5", memory: 512m }
        reservations: { cpus: "0.25", memory: 256M }
    depends_on: [api]
    logging: *logging
  api:
    build: ./api
    scale: 2
    cpus: 1.5
    mem_limit: 1g
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16
    deploy:
      resources:
        reservations: { memory: 4G }
  debug:
    image: busybox
    profiles: [debug]
`;
