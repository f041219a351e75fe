/** The kind icons drawn for Strata (assets/kinds), as URLs the bundler emits or inlines. */
import type { NodeKind } from '../../shared/model/nodes';
import container from '../../assets/kinds/container.svg';
import hypervisor from '../../assets/kinds/hypervisor.svg';
import runtime from '../../assets/kinds/runtime.svg';
import server from '../../assets/kinds/server.svg';
import site from '../../assets/kinds/site.svg';
import vm from '../../assets/kinds/vm.svg';

export const KIND_ICON: Readonly<Record<NodeKind, string>> = { site, server, hypervisor, vm, runtime, container };
