import { X509Certificate, createPrivateKey, createSign, createVerify } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  generateSigningKey,
  loadOrCreateSigningKey,
  SIGNING_KEY_FILE_NAME,
  SigningKeyFileError,
} from '../../standalone/identity-provider/signing-key';

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-idp-key-'));
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('generateSigningKey', () => {
  it('makes an RSA 2048 key and a self-signed certificate naming the common name', () => {
    const now = new Date('2025-03-01T12:00:00Z');

    const key = generateSigningKey('portal.example identity provider', now);

    const certificate = new X509Certificate(key.certificatePem);
    expect(createPrivateKey(key.privateKeyPem).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(certificate.checkPrivateKey(createPrivateKey(key.privateKeyPem))).toBe(true);
    expect(certificate.subject).toContain('CN=portal.example identity provider');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(new Date(certificate.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(certificate.validTo).getUTCFullYear()).toBe(2035);
  });

  it('signs with the key so that the certificate verifies it', () => {
    const key = generateSigningKey('idp');

    const signature = createSign('RSA-SHA256').update('hello').sign(key.privateKeyPem);

    const verifier = createVerify('RSA-SHA256').update('hello');
    expect(verifier.verify(key.certificatePem, signature)).toBe(true);
  });

  it('makes a different key each time', () => {
    expect(generateSigningKey('idp').privateKeyPem).not.toBe(
      generateSigningKey('idp').privateKeyPem,
    );
  });
});

describe('loadOrCreateSigningKey', () => {
  it('makes a key on first run and stores it readable by its owner only', () => {
    const dir = path.join(dataDir, 'nested', 'idp');

    const key = loadOrCreateSigningKey(dir, 'idp');

    const stored = path.join(dir, SIGNING_KEY_FILE_NAME);
    expect(fs.statSync(stored).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(stored, 'utf8')).toBe(key.privateKeyPem + key.certificatePem);
    expect(fs.readdirSync(dir)).toEqual([SIGNING_KEY_FILE_NAME]);
  });

  it('reuses the stored key afterwards', () => {
    const first = loadOrCreateSigningKey(dataDir, 'idp');

    const second = loadOrCreateSigningKey(dataDir, 'idp');

    expect(second).toEqual(first);
  });

  it('refuses a stored file that holds no certificate', () => {
    const key = generateSigningKey('idp');
    fs.writeFileSync(path.join(dataDir, SIGNING_KEY_FILE_NAME), key.privateKeyPem);

    expect(() => loadOrCreateSigningKey(dataDir, 'idp')).toThrow(SigningKeyFileError);
  });

  it('refuses a stored certificate that belongs to another key', () => {
    const mine = generateSigningKey('idp');
    const theirs = generateSigningKey('idp');
    const file = path.join(dataDir, SIGNING_KEY_FILE_NAME);
    fs.writeFileSync(file, mine.privateKeyPem + theirs.certificatePem);

    expect(() => loadOrCreateSigningKey(dataDir, 'idp')).toThrow(/not for its key/);
  });
});
