/** The customer display: read-only, its bridge holds a token that may only read the till. */
import { mount } from 'svelte';
import Customer from './Customer.svelte';
import { connectBridge } from './lib/bridge.ts';
import { mountTarget } from './lib/mount-target.ts';
import { Till } from './lib/till.svelte.ts';
import './styles/base.css';
import './styles/customer.css';

mount(Customer, { target: mountTarget(), props: { till: new Till(connectBridge(), { preview: true }) } });
