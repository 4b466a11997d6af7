/** The cashier window. */
import { mount } from 'svelte';
import App from './App.svelte';
import { connectBridge } from './lib/bridge.ts';
import { mountTarget } from './lib/mount-target.ts';
import { Till } from './lib/till.svelte.ts';
import './styles/base.css';

mount(App, { target: mountTarget(), props: { till: new Till(connectBridge()) } });
