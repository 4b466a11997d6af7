import { describe, expect, it } from 'vitest';
import { rpcUrl } from '../../../../src-renderer/src/lib/rpc-url.ts';

const at = (href: string) => new URL(href);

describe('rpcUrl', () => {
  it('points at the page’s own host with the page’s token', () => {
    expect(rpcUrl(at('http://127.0.0.1:5123/?token=abc'))).toBe('ws://127.0.0.1:5123/rpc?token=abc');
  });

  it('keeps the display’s own token', () => {
    expect(rpcUrl(at('http://localhost:5123/customer.html?lang=en&token=xyz'))).toBe(
      'ws://localhost:5123/rpc?token=xyz',
    );
  });

  it('uses wss behind https', () => {
    expect(rpcUrl(at('https://till.local/?token=abc'))).toBe('wss://till.local/rpc?token=abc');
  });

  it('escapes the token and sends an empty one when there is none', () => {
    expect(rpcUrl(at('http://127.0.0.1:1/?token=a%2Bb%26c'))).toBe('ws://127.0.0.1:1/rpc?token=a%2Bb%26c');
    expect(rpcUrl(at('http://127.0.0.1:1/'))).toBe('ws://127.0.0.1:1/rpc?token=');
  });
});
