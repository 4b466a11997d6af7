/**
 * The shapes that cross the bridge: what operations answer and events carry, one file per area. Plain
 * data, no behaviour; the contract (contract.ts) says which operation answers which.
 */
export type { DeviceSettings } from '../src-shared/device-settings.ts';
export type { Currency, Money } from '../src-shared/money.ts';
export type * from './device-views.ts';
export * from './sale-views.ts';
export * from './report-views.ts';
export * from './settings-views.ts';
export * from './people-views.ts';
export * from './bill-views.ts';
