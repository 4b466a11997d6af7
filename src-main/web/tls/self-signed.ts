/**
 * The till's own HTTPS certificate for the shop's network: an ECDSA P-256 key and a self-signed
 * certificate naming the addresses it is served under, made with node:crypto alone. Tablets pin it
 * by its SHA-256 fingerprint (shown in Settings and on the launch line), not by a CA.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { bitString, boolean, explicit, implicit, octetString, oid, sequence, set, time, unsignedInteger, utf8String } from './der.ts';

export interface TillCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, as browsers show it: `AB:CD:…`. */
  fingerprint: string;
}

const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));
const VALID_DAYS = 3650;

function ipBytes(address: string): Buffer {
  if (isIP(address) === 4) return Buffer.from(address.split('.').map(Number));
  const [head = '', tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = [...groups(head), ...Array<string>(address.includes('::') ? missing : 0).fill('0'), ...groups(tail)];
  return Buffer.from(all.flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]));
}

function subjectAltNames(names: readonly string[]): Buffer {
  const entries = names.map((name) => (isIP(name) ? implicit(7, ipBytes(name)) : implicit(2, Buffer.from(name, 'ascii'))));
  return sequence(oid('2.5.29.17'), octetString(sequence(...entries)));
}

export function createSelfSignedCertificate(names: readonly string[], now = new Date()): TillCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = sequence(set(sequence(oid('2.5.4.3'), utf8String('PDV till'))));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))),
    unsignedInteger(serial),
    ECDSA_WITH_SHA256,
    name,
    sequence(time(new Date(now.getTime() - 86_400_000)), time(new Date(now.getTime() + VALID_DAYS * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      sequence(
        subjectAltNames(names),
        sequence(oid('2.5.29.19'), boolean(true), octetString(sequence())),
        sequence(oid('2.5.29.37'), octetString(sequence(oid('1.3.6.1.5.5.7.3.1')))),
      ),
    ),
  );
  const der = sequence(tbs, ECDSA_WITH_SHA256, bitString(sign('sha256', tbs, privateKey)));
  const cert = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
  return { cert, key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), fingerprint: new X509Certificate(cert).fingerprint256 };
}

const covers = (certificate: X509Certificate, name: string) =>
  isIP(name) ? certificate.checkIP(name) !== undefined : certificate.checkHost(name) !== undefined;

/** The certificate in `<dataDir>/tls`, made anew only when missing, unreadable, expired or not naming every address. */
export function loadOrCreateCertificate(dataDir: string, names: readonly string[], now = new Date()): TillCertificate {
  const dir = join(dataDir, 'tls');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) {
    try {
      const cert = readFileSync(certFile, 'utf8');
      const key = readFileSync(keyFile, 'utf8');
      const parsed = new X509Certificate(cert);
      const fresh = new Date(parsed.validTo).getTime() > now.getTime() + 30 * 86_400_000;
      if (fresh && names.every((name) => covers(parsed, name)) && parsed.checkPrivateKey(createPrivateKey(key))) {
        return { cert, key, fingerprint: parsed.fingerprint256 };
      }
    } catch {
      // Unreadable: make a new one below.
    }
  }
  const made = createSelfSignedCertificate(names, now);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, made.key, { mode: 0o600 });
  writeFileSync(certFile, made.cert, { mode: 0o600 });
  return made;
}
