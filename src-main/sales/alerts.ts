/**
 * Alerts the cashier must see whatever screen is showing: a late payment, a reversal, a full disk.
 * Each is announced once as `alert.raised`; the cashier window shows it over any screen.
 */
import { randomUUID } from 'node:crypto';
import type { AlertView } from '../../src-preload/contract.ts';
import type { EventBus } from '../core/events.ts';
import type { Clock } from '../core/ports.ts';

export interface Alerts {
  raise(alert: Omit<AlertView, 'id' | 'at'>): AlertView;
}

export interface AlertsDeps {
  events: EventBus;
  clock: Clock;
}

export function createAlerts({ events, clock }: AlertsDeps): Alerts {
  return {
    raise(alert) {
      const raised: AlertView = { id: randomUUID(), at: new Date(clock.now()).toISOString(), ...alert };
      events.emit('alert.raised', raised);
      return raised;
    },
  };
}
