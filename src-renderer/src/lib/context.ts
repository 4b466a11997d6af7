/**
 * What every component of a window shares, handed down through Svelte's typed context instead of props:
 * the till's words and the bridge to main. `App.svelte` and `Customer.svelte` provide them.
 */
import { createContext } from 'svelte';
import type { PosApi } from '../../../src-preload/bridge.ts';
import type { Locale } from './locale.svelte.ts';

export const [useI18n, provideI18n] = createContext<Locale>();
export const [useApi, provideApi] = createContext<PosApi>();
